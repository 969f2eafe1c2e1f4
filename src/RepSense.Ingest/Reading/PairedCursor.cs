using RepSense.Ingest.Streams;

namespace RepSense.Ingest.Reading;

/// <summary>Merges a secondary file (gyroscope, gravity) into a primary one in a single pass: before each primary
/// sample, reads the secondary just far enough to surround its time, so two files of any length and rate are
/// merged with a few samples in memory. Uses the same kernel as <see cref="Pairing.WithRotationRate"/>.</summary>
internal sealed class PairedCursor(ISampleCursor primary, ISampleCursor secondary, SecondaryTrack track) : ISampleCursor
{
    public bool TryRead(out ImuSample sample)
    {
        if (!primary.TryRead(out var next))
        {
            sample = default;
            return false;
        }
        while (!track.IsReadyFor(next.TimeS))
        {
            if (secondary.TryRead(out var other)) track.Push(other);
            else track.Complete();
        }
        sample = track.Combine(next);
        return true;
    }

    public void Dispose()
    {
        primary.Dispose();
        secondary.Dispose();
    }
}
