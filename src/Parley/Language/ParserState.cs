namespace Parley.Language;

/// <summary>
/// An arc-hybrid configuration over a sentence of n words with the root as word n at the end of
/// the buffer: SHIFT pushes b0; LEFT makes b0 the head of s0 and pops it; RIGHT makes s1 the head
/// of s0 and pops it. The root only takes the last word on the stack, so every parse has one root.
/// Tracks the two outermost children on each side of every word, and the arc labels, for the
/// feature templates.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0, Left = 1, Right = 2, Transitions = 3;

    public int Length;
    public int[] Stack = new int[16];
    public int StackSize;
    public int Buffer;
    public int[] Heads = new int[16];
    public int[] LeftChild1 = new int[16], LeftChild2 = new int[16], RightChild1 = new int[16], RightChild2 = new int[16];
    public int[] LeftCount = new int[16], RightCount = new int[16];
    /// <summary>
    /// The arc label of each attached word (-1 before attachment), and the labels of each word's
    /// left and right children as 64-bit sets (label numbers above 63 share bits with lower ones:
    /// a feature, not an exact set).
    /// </summary>
    public int[] Labels = new int[16];
    public ulong[] LeftLabelSet = new ulong[16], RightLabelSet = new ulong[16];

    public void Reset(int length)
    {
        Length = length;
        if (Heads.Length < length + 1)
        {
            var size = (length + 1) * 2;
            Stack = new int[size]; Heads = new int[size];
            LeftChild1 = new int[size]; LeftChild2 = new int[size]; RightChild1 = new int[size]; RightChild2 = new int[size];
            LeftCount = new int[size]; RightCount = new int[size];
            Labels = new int[size]; LeftLabelSet = new ulong[size]; RightLabelSet = new ulong[size];
        }
        StackSize = 0;
        Buffer = 0;
        for (var i = 0; i <= length; i++)
        {
            Heads[i] = -1;
            LeftChild1[i] = LeftChild2[i] = RightChild1[i] = RightChild2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            Labels[i] = -1;
            LeftLabelSet[i] = RightLabelSet[i] = 0;
        }
    }

    /// <summary>Makes this state a copy of <paramref name="other"/> (beam search branches states).</summary>
    public void CopyFrom(ParserState other)
    {
        var n = other.Length + 1;
        if (Heads.Length < n)
        {
            Reset(other.Length);
        }
        Length = other.Length;
        StackSize = other.StackSize;
        Buffer = other.Buffer;
        Array.Copy(other.Stack, Stack, StackSize);
        Array.Copy(other.Heads, Heads, n);
        Array.Copy(other.LeftChild1, LeftChild1, n); Array.Copy(other.LeftChild2, LeftChild2, n);
        Array.Copy(other.RightChild1, RightChild1, n); Array.Copy(other.RightChild2, RightChild2, n);
        Array.Copy(other.LeftCount, LeftCount, n); Array.Copy(other.RightCount, RightCount, n);
        Array.Copy(other.Labels, Labels, n);
        Array.Copy(other.LeftLabelSet, LeftLabelSet, n); Array.Copy(other.RightLabelSet, RightLabelSet, n);
    }

    public bool IsTerminal => Buffer == Length && StackSize == 0;
    public int S(int depth) => depth < StackSize ? Stack[StackSize - 1 - depth] : -1;
    public int B(int offset) => Buffer + offset <= Length ? Buffer + offset : -1;

    public bool IsValid(int transition) => transition switch
    {
        Shift => Buffer < Length,
        Left => StackSize >= 1 && (Buffer < Length || StackSize == 1),
        Right => StackSize >= 2,
        _ => false,
    };

    /// <summary>The head and dependent the arc transition would join (s0 is always the dependent).</summary>
    public int HeadFor(int transition) => transition == Left ? Buffer : Stack[StackSize - 2];
    public int Dependent => Stack[StackSize - 1];

    /// <summary>Applies a transition; <paramref name="label"/> is the arc label of LEFT and RIGHT (ignored for SHIFT).</summary>
    public void Apply(int transition, int label = -1)
    {
        switch (transition)
        {
            case Shift:
                Stack[StackSize++] = Buffer++;
                break;
            case Left:
                AddArc(Buffer, Stack[--StackSize], label);
                break;
            default:
                var dependent = Stack[--StackSize];
                AddArc(Stack[StackSize - 1], dependent, label);
                break;
        }
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var labelBit = label < 0 ? 0UL : 1UL << (label & 63);
        if (dependent < head)
        {
            LeftLabelSet[head] |= labelBit;
            LeftCount[head]++;
            if (LeftChild1[head] < 0 || dependent < LeftChild1[head]) { LeftChild2[head] = LeftChild1[head]; LeftChild1[head] = dependent; }
            else if (LeftChild2[head] < 0 || dependent < LeftChild2[head]) LeftChild2[head] = dependent;
        }
        else
        {
            RightLabelSet[head] |= labelBit;
            RightCount[head]++;
            if (RightChild1[head] < 0 || dependent > RightChild1[head]) { RightChild2[head] = RightChild1[head]; RightChild1[head] = dependent; }
            else if (RightChild2[head] < 0 || dependent > RightChild2[head]) RightChild2[head] = dependent;
        }
    }

    /// <summary>Gold arcs made unreachable by the transition (the arc-hybrid dynamic oracle); gold heads use n for the root.</summary>
    public int Cost(int transition, int[] gold)
    {
        var cost = 0;
        switch (transition)
        {
            case Shift:
            {
                var b0 = Buffer;
                for (var k = 0; k < StackSize; k++)
                {
                    var s = Stack[k];
                    if (gold[s] == b0) cost++;
                    if (k < StackSize - 1 && gold[b0] == s) cost++;
                }
                return cost;
            }
            case Left:
            {
                var s0 = Stack[StackSize - 1];
                var h = gold[s0];
                if (h != Buffer && ((StackSize >= 2 && h == Stack[StackSize - 2]) || h > Buffer)) cost++;
                for (var d = Buffer; d < Length; d++) if (gold[d] == s0) cost++;
                return cost;
            }
            default:
            {
                var s0 = Stack[StackSize - 1];
                var h = gold[s0];
                if (h != Stack[StackSize - 2] && h >= Buffer) cost++;
                for (var d = Buffer; d < Length; d++) if (gold[d] == s0) cost++;
                return cost;
            }
        }
    }
}
