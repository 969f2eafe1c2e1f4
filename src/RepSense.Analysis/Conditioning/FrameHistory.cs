namespace RepSense.Analysis.Conditioning;

/// <summary>
/// The most recent frames of one continuous stretch of signal, addressed by their absolute grid index
/// (index = time × <see cref="AnalysisRate.Hertz"/>). Memory is fixed by the capacity, not by the recording's length.
/// Channels are stored apart (acceleration x, y, z, rotation x, y, z) so kernels can read plain spans.
/// </summary>
public sealed class FrameHistory
{
    private readonly double[][] _channels;
    private readonly int _mask;

    /// <param name="capacityFrames">Rounded up to a power of two.</param>
    public FrameHistory(int capacityFrames)
    {
        int cap = 1;
        while (cap < capacityFrames) cap <<= 1;
        _mask = cap - 1;
        _channels = new double[ChannelCount][];
        for (int c = 0; c < ChannelCount; c++) _channels[c] = new double[cap];
    }

    public const int ChannelCount = 6;
    public int Capacity => _mask + 1;

    /// <summary>Index of the oldest frame still held.</summary>
    public long FirstIndex => Math.Max(StartIndex, EndIndex - Capacity);

    /// <summary>Index of the first frame of the current stretch.</summary>
    public long StartIndex { get; private set; }

    /// <summary>One past the newest frame.</summary>
    public long EndIndex { get; private set; }

    public bool IsEmpty => EndIndex == StartIndex;

    /// <summary>Starts a new stretch (after a hole in the recording) at <paramref name="index"/>.</summary>
    public void Restart(long index)
    {
        StartIndex = index;
        EndIndex = index;
    }

    /// <summary>Appends the next frame; its index must follow the newest one.</summary>
    public void Add(in Frame f)
    {
        long index = (long)Math.Round(f.TimeS * AnalysisRate.Hertz);
        if (IsEmpty) { StartIndex = index; EndIndex = index; }
        else if (index != EndIndex) throw new InvalidOperationException($"Frame {index} does not follow frame {EndIndex - 1}.");
        int slot = (int)(index & _mask);
        _channels[0][slot] = f.AxMs2; _channels[1][slot] = f.AyMs2; _channels[2][slot] = f.AzMs2;
        _channels[3][slot] = f.GxRadS; _channels[4][slot] = f.GyRadS; _channels[5][slot] = f.GzRadS;
        EndIndex = index + 1;
    }

    /// <summary>Copies channel <paramref name="channel"/> for indexes [from, to) into <paramref name="destination"/>.</summary>
    public void Copy(int channel, long from, long to, Span<double> destination)
    {
        if (from < FirstIndex || to > EndIndex || to < from)
            throw new ArgumentOutOfRangeException(nameof(from), $"[{from}, {to}) is outside the history [{FirstIndex}, {EndIndex}).");
        // At most two blocks: the ring's slots from the first one up to its end, then from its start.
        var src = _channels[channel];
        int first = (int)(from & _mask), count = (int)(to - from), head = Math.Min(count, Capacity - first);
        src.AsSpan(first, head).CopyTo(destination);
        src.AsSpan(0, count - head).CopyTo(destination[head..]);
    }

    /// <summary>The frame at <paramref name="index"/>, which must be held.</summary>
    public Frame At(long index)
    {
        if (index < FirstIndex || index >= EndIndex)
            throw new ArgumentOutOfRangeException(nameof(index), $"Frame {index} is outside the history [{FirstIndex}, {EndIndex}).");
        int slot = (int)(index & _mask);
        return new Frame(TimeOf(index), _channels[0][slot], _channels[1][slot], _channels[2][slot],
                         _channels[3][slot], _channels[4][slot], _channels[5][slot]);
    }

    public static double TimeOf(long index) => index * AnalysisRate.PeriodS;
    public static long IndexOf(double timeS) => (long)Math.Round(timeS * AnalysisRate.Hertz);
}
