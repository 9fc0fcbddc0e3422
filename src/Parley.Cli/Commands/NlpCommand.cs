using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>`parley nlp`: train, run and evaluate the language core (tokenizer, splitter, tagger, lemmatizer, parser).</summary>
public sealed class NlpCommand : ICliCommand
{
    public Command Build()
    {
        var command = new Command("nlp", "Train, run and evaluate the language models (tagger, lemmatizer, parser) and the segmenter.");
        command.Subcommands.Add(NlpTrainCommand.Build());
        command.Subcommands.Add(NlpParseCommand.Build());
        command.Subcommands.Add(NlpSegmentCommand.Build());
        command.Subcommands.Add(NlpEvalCommand.Build());
        return command;
    }
}
