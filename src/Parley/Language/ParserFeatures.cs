using Parley.Language.Models;

namespace Parley.Language;

/// <summary>
/// Zhang and Nivre (2011) style feature templates adapted to the arc-hybrid system: words and
/// tags of the top three stack items and first three buffer items, their outermost children,
/// pairs and triples of them, distances and valencies. Words are lower-cased form hashes, tags
/// the tagger's "UPOS XPOS" classes. Index n is the root.
/// </summary>
internal static class ParserFeatures
{
    public const int Count = 106;
    private static readonly ulong NoWord = FeatureHash.Of("<none>");
    private static readonly ulong RootWord = FeatureHash.Of("<root>");
    private const ulong NoTag = 1000, RootTag = 1001;

    public static void Extract(ParserState st, ulong[] words, int[] tags, Span<ulong> f)
    {
        var n = st.Length;
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2), b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
        ulong W(int i) => i < 0 ? NoWord : i == n ? RootWord : words[i];
        ulong P(int i) => i < 0 ? NoTag : i == n ? RootTag : (ulong)tags[i];
        int L1(int i) => i < 0 ? -1 : st.LeftChild1[i];
        int L2(int i) => i < 0 ? -1 : st.LeftChild2[i];
        int R1(int i) => i < 0 ? -1 : st.RightChild1[i];
        int R2(int i) => i < 0 ? -1 : st.RightChild2[i];
        ulong VL(int i) => i < 0 ? 99UL : (ulong)Math.Min(st.LeftCount[i], 4);
        ulong VR(int i) => i < 0 ? 99UL : (ulong)Math.Min(st.RightCount[i], 4);

        ulong s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1);
        ulong s2p = P(s2), b2p = P(b2), b2w = W(b2);
        ulong s0wp = FeatureHash.Mix(s0w ^ (s0p * 31)), s1wp = FeatureHash.Mix(s1w ^ (s1p * 31)), b0wp = FeatureHash.Mix(b0w ^ (b0p * 31));
        ulong d = Distance(s0, b0), d2 = Distance(s1, s0);
        int s0l = L1(s0), s0r = R1(s0), b0l = L1(b0), s1r = R1(s1), s1l = L1(s1);
        ulong s0lp = P(s0l), s0rp = P(s0r), b0lp = P(b0l), s1rp = P(s1r), s1lp = P(s1l);

        var k = 0;
        f[k++] = FeatureHash.Feature(0, 1);
        f[k++] = FeatureHash.Feature(1, s0w); f[k++] = FeatureHash.Feature(2, s0p); f[k++] = FeatureHash.Feature(3, s0wp);
        f[k++] = FeatureHash.Feature(4, s1w); f[k++] = FeatureHash.Feature(5, s1p); f[k++] = FeatureHash.Feature(6, s1wp);
        f[k++] = FeatureHash.Feature(7, b0w); f[k++] = FeatureHash.Feature(8, b0p); f[k++] = FeatureHash.Feature(9, b0wp);
        f[k++] = FeatureHash.Feature(10, b1w); f[k++] = FeatureHash.Feature(11, b1p); f[k++] = FeatureHash.Feature(12, b1w, b1p);
        f[k++] = FeatureHash.Feature(13, b2p); f[k++] = FeatureHash.Feature(14, s2p); f[k++] = FeatureHash.Feature(15, b2w);
        f[k++] = FeatureHash.Feature(16, s0wp, b0wp); f[k++] = FeatureHash.Feature(17, s0wp, b0w); f[k++] = FeatureHash.Feature(18, s0w, b0wp);
        f[k++] = FeatureHash.Feature(19, s0wp, b0p); f[k++] = FeatureHash.Feature(20, s0p, b0wp); f[k++] = FeatureHash.Feature(21, s0w, b0w);
        f[k++] = FeatureHash.Feature(22, s0p, b0p);
        f[k++] = FeatureHash.Feature(23, s1wp, s0wp); f[k++] = FeatureHash.Feature(24, s1wp, s0w); f[k++] = FeatureHash.Feature(25, s1w, s0wp);
        f[k++] = FeatureHash.Feature(26, s1wp, s0p); f[k++] = FeatureHash.Feature(27, s1p, s0wp); f[k++] = FeatureHash.Feature(28, s1w, s0w);
        f[k++] = FeatureHash.Feature(29, s1p, s0p);
        f[k++] = FeatureHash.Feature(30, b0p, b1p); f[k++] = FeatureHash.Feature(31, b0p, b1p, b2p); f[k++] = FeatureHash.Feature(32, s0p, b0p, b1p);
        f[k++] = FeatureHash.Feature(33, s1p, s0p, b0p); f[k++] = FeatureHash.Feature(34, s2p, s1p, s0p);
        f[k++] = FeatureHash.Feature(35, s0p, s0lp, b0p); f[k++] = FeatureHash.Feature(36, s0p, s0rp, b0p); f[k++] = FeatureHash.Feature(37, s0p, b0p, b0lp);
        f[k++] = FeatureHash.Feature(38, s1p, s0p, s0lp); f[k++] = FeatureHash.Feature(39, s1p, s1rp, s0p); f[k++] = FeatureHash.Feature(40, s1p, s0p, s0rp);
        f[k++] = FeatureHash.Feature(41, s0w, d); f[k++] = FeatureHash.Feature(42, s0p, d); f[k++] = FeatureHash.Feature(43, b0w, d);
        f[k++] = FeatureHash.Feature(44, b0p, d); f[k++] = FeatureHash.Feature(45, s0w, b0w, d); f[k++] = FeatureHash.Feature(46, s0p, b0p, d);
        f[k++] = FeatureHash.Feature(47, s1w, d2); f[k++] = FeatureHash.Feature(48, s1p, d2); f[k++] = FeatureHash.Feature(49, s1p, s0p, d2);
        f[k++] = FeatureHash.Feature(50, s1w, s0w, d2);
        f[k++] = FeatureHash.Feature(51, s0w, VL(s0)); f[k++] = FeatureHash.Feature(52, s0p, VL(s0)); f[k++] = FeatureHash.Feature(53, s0w, VR(s0));
        f[k++] = FeatureHash.Feature(54, s0p, VR(s0)); f[k++] = FeatureHash.Feature(55, b0w, VL(b0)); f[k++] = FeatureHash.Feature(56, b0p, VL(b0));
        f[k++] = FeatureHash.Feature(57, s1w, VR(s1)); f[k++] = FeatureHash.Feature(58, s1p, VR(s1)); f[k++] = FeatureHash.Feature(59, s1p, VL(s1));
        f[k++] = FeatureHash.Feature(60, W(s0l)); f[k++] = FeatureHash.Feature(61, s0lp); f[k++] = FeatureHash.Feature(62, W(s0r));
        f[k++] = FeatureHash.Feature(63, s0rp); f[k++] = FeatureHash.Feature(64, W(b0l)); f[k++] = FeatureHash.Feature(65, b0lp);
        f[k++] = FeatureHash.Feature(66, W(s1r)); f[k++] = FeatureHash.Feature(67, s1rp); f[k++] = FeatureHash.Feature(68, s1lp);
        f[k++] = FeatureHash.Feature(69, P(L2(s0))); f[k++] = FeatureHash.Feature(70, P(R2(s0))); f[k++] = FeatureHash.Feature(71, P(L2(b0)));
        f[k++] = FeatureHash.Feature(72, s0p, s0lp, P(L2(s0))); f[k++] = FeatureHash.Feature(73, s0p, s0rp, P(R2(s0)));
        f[k++] = FeatureHash.Feature(74, b0p, b0lp, P(L2(b0))); f[k++] = FeatureHash.Feature(75, s1p, s1rp, P(R2(s1)));
        f[k++] = FeatureHash.Feature(76, s0p, b1p); f[k++] = FeatureHash.Feature(77, b0w, b1w); f[k++] = FeatureHash.Feature(78, s1p, s0p, s1lp);
        f[k++] = FeatureHash.Feature(79, s0w, b1w);
        // Labels of the children attached so far (Zhang and Nivre's label and label-set templates).
        ulong L(int i) => i < 0 ? 0UL : (ulong)(st.Labels[i] + 1);
        ulong LeftSet(int i) => i < 0 ? 0UL : i == n ? 1UL : st.LeftLabelSet[i] | 2UL;
        ulong RightSet(int i) => i < 0 ? 0UL : i == n ? 1UL : st.RightLabelSet[i] | 2UL;
        f[k++] = FeatureHash.Feature(80, L(s0l)); f[k++] = FeatureHash.Feature(81, L(s0r)); f[k++] = FeatureHash.Feature(82, L(b0l));
        f[k++] = FeatureHash.Feature(83, L(s1r)); f[k++] = FeatureHash.Feature(84, L(L2(s0))); f[k++] = FeatureHash.Feature(85, L(R2(s0)));
        f[k++] = FeatureHash.Feature(86, L(L2(b0)));
        f[k++] = FeatureHash.Feature(87, s0w, LeftSet(s0)); f[k++] = FeatureHash.Feature(88, s0p, LeftSet(s0));
        f[k++] = FeatureHash.Feature(89, s0w, RightSet(s0)); f[k++] = FeatureHash.Feature(90, s0p, RightSet(s0));
        f[k++] = FeatureHash.Feature(91, b0w, LeftSet(b0)); f[k++] = FeatureHash.Feature(92, b0p, LeftSet(b0));
        f[k++] = FeatureHash.Feature(93, s1p, RightSet(s1));
        // Surface neighbours of the pair being joined (the words beside s0, s1 and b0 in the sentence).
        int Beside(int i, int offset) => i < 0 ? -1 : i + offset;
        f[k++] = FeatureHash.Feature(94, s0p, P(Beside(s0, 1)), b0p); f[k++] = FeatureHash.Feature(95, s0p, P(Beside(b0, -1)), b0p);
        f[k++] = FeatureHash.Feature(96, P(Beside(s0, -1)), s0p, b0p); f[k++] = FeatureHash.Feature(97, s1p, P(Beside(s1, 1)), s0p);
        f[k++] = FeatureHash.Feature(98, s1p, P(Beside(s0, -1)), s0p);
        // Third-order words and label pairs.
        f[k++] = FeatureHash.Feature(99, W(L2(s0))); f[k++] = FeatureHash.Feature(100, W(R2(s0))); f[k++] = FeatureHash.Feature(101, W(L2(b0)));
        f[k++] = FeatureHash.Feature(102, s0p, L(s0l), L(s0r)); f[k++] = FeatureHash.Feature(103, b0w, b0p, L(b0l));
        f[k++] = FeatureHash.Feature(104, W(s2)); f[k] = FeatureHash.Feature(105, s1p, L(s1l), L(s1r));
    }

    private static ulong Distance(int a, int b)
    {
        if (a < 0 || b < 0) return 0;
        var d = Math.Abs(b - a);
        return d <= 4 ? (ulong)d : d <= 6 ? 5UL : d <= 10 ? 6UL : 7UL;
    }
}
