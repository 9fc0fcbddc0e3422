namespace Parley.Storage.Sqlite;

/// <summary>
/// The SQLite schema as an ordered list of migrations. Never edit a released step: add a new one.
/// Event columns are copied from the contract JSON so that queries are indexed; the JSON itself
/// is kept whole beside them (articles.analysis_json, event_reports.event_json).
/// </summary>
internal static class SqliteSchema
{
    private const string EventColumns = """
        cameo TEXT NOT NULL, cameo_label TEXT NOT NULL, root TEXT NOT NULL, plover TEXT NOT NULL,
        goldstein REAL NOT NULL, quad_class INTEGER NOT NULL, modality TEXT NOT NULL,
        source_text TEXT, source_code TEXT, source_country TEXT, source_entity TEXT,
        target_text TEXT, target_code TEXT, target_country TEXT, target_entity TEXT,
        date_value TEXT NOT NULL, date_precision TEXT NOT NULL, date_basis TEXT NOT NULL,
        date_first TEXT, date_last TEXT, historical INTEGER NOT NULL, confidence REAL NOT NULL,
        event_json TEXT NOT NULL
        """;

    public static IReadOnlyList<StoreMigration> Migrations { get; } =
    [
        new(1, "articles, merged events and their per-article reports",
        [
            """
            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                title TEXT, published TEXT NOT NULL, published_precision TEXT NOT NULL, published_basis TEXT NOT NULL,
                source TEXT, url TEXT, origin TEXT, stored_at TEXT NOT NULL,
                text TEXT NOT NULL, analysis_json TEXT NOT NULL,
                sentence_count INTEGER NOT NULL, event_count INTEGER NOT NULL)
            """,
            $"""
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                article_id TEXT NOT NULL,
                merge_source TEXT, merge_target TEXT, merge_precision TEXT, unit_min INTEGER, unit_max INTEGER,
                reports INTEGER NOT NULL,
                {EventColumns})
            """,
            $"""
            CREATE TABLE event_reports (
                id INTEGER PRIMARY KEY,
                event_id INTEGER NOT NULL REFERENCES events(id),
                article_id TEXT NOT NULL REFERENCES articles(id),
                local_id TEXT NOT NULL, date_unit INTEGER,
                sentence INTEGER NOT NULL, evidence_text TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
                {EventColumns})
            """,
            "CREATE INDEX ix_reports_event ON event_reports(event_id)",
            "CREATE INDEX ix_reports_article ON event_reports(article_id)",
            "CREATE INDEX ix_events_merge ON events(merge_source, merge_target, root, merge_precision, unit_min)",
        ]),
        new(2, "mentions and claims; query indexes on events",
        [
            """
            CREATE TABLE mentions (
                id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                entity_id TEXT, name TEXT, code TEXT, country TEXT, kind TEXT NOT NULL, metonym INTEGER NOT NULL)
            """,
            """
            CREATE TABLE claims (
                id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id),
                start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
                subject TEXT NOT NULL, office TEXT NOT NULL, asserted TEXT NOT NULL, as_of TEXT,
                verdict TEXT NOT NULL, holder_as_of TEXT, claim_json TEXT NOT NULL)
            """,
            "ALTER TABLE articles ADD COLUMN claim_count INTEGER NOT NULL DEFAULT 0",
            "CREATE INDEX ix_mentions_article ON mentions(article_id)",
            "CREATE INDEX ix_mentions_entity ON mentions(entity_id)",
            "CREATE INDEX ix_claims_article ON claims(article_id)",
            "CREATE INDEX ix_claims_verdict ON claims(verdict)",
            "CREATE INDEX ix_events_source_country ON events(source_country, target_country)",
            "CREATE INDEX ix_events_target_country ON events(target_country, source_country)",
            "CREATE INDEX ix_events_source_code ON events(source_code)",
            "CREATE INDEX ix_events_target_code ON events(target_code)",
            "CREATE INDEX ix_events_root ON events(root)",
            "CREATE INDEX ix_events_cameo ON events(cameo)",
            "CREATE INDEX ix_events_date ON events(date_first)",
            "CREATE INDEX ix_articles_published ON articles(published)",
        ]),
    ];
}
