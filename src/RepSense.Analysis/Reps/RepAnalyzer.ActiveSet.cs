using RepSense.Analysis.Conditioning;
using RepSense.Analysis.Sets;
using RepSense.Analysis.Signal;

namespace RepSense.Analysis.Reps;

public sealed partial class RepAnalyzer
{
    private sealed class ActiveSet(int index, SetModel model, long signalFrom)
    {
        public int Index { get; } = index;
        public SetModel Model { get; } = model;
        public List<Rep> Reps { get; } = new();
        public long LastTurn { get; set; } = long.MinValue;
        public long LastEnd { get; set; } = long.MinValue;
        public bool Established { get; set; }

        /// <summary>Where the set's rhythm counts from: its last turn, or after a hole the turn it is taken to have
        /// had just before the data came back (<see cref="Resume"/>).</summary>
        public long RhythmTurn => Math.Max(LastTurn, _resumeTurn);

        private long _resumeTurn = long.MinValue;

        /// <summary>The gyroscope's bias over the span each hop recomputes, one median per rotation channel.</summary>
        public SlidingMedian[] GyroBiases { get; } = [new(), new(), new()];

        /// <summary>The holes the set was carried across.</summary>
        public List<SignalHole> Holes { get; } = new();

        /// <summary>The set goes on after <paramref name="hole"/>; the next turn is spaced from <paramref name="turn"/>.</summary>
        public void Resume(long turn, SignalHole hole)
        {
            _resumeTurn = turn;
            Holes.Add(hole);
        }

        // The set's signals, kept for tempo analysis and plots (bounded by the set's length). Values up to the last
        // committed rep are final; later ones are replaced by each hop's recomputation.
        private readonly List<double> _counting = new(), _movement = new(), _effort = new();
        private long _signalFrom = signalFrom;

        // The set's conditioned frames from the same first index: final as they arrive, so they have none of the
        // seams the hop-wise recomputed signals have where one hop's span meets the next.
        private readonly List<Frame> _frames = new();

        /// <summary>Appends the frames that arrived since the last call (each hop calls it, long before the history
        /// forgets them).</summary>
        public void RememberFrames(FrameHistory history)
        {
            // A hole the set was carried across holds the last frame before it: no rep lies in it, and the lists
            // stay one value per grid instant.
            while (_frames.Count > 0 && _signalFrom + _frames.Count < history.FirstIndex)
                _frames.Add(_frames[^1] with { TimeS = FrameHistory.TimeOf(_signalFrom + _frames.Count) });
            for (long i = Math.Max(_signalFrom + _frames.Count, history.FirstIndex); i < history.EndIndex; i++)
                _frames.Add(history.At(i));
        }

        public void Remember(long from, SpanSignals values)
        {
            if (_counting.Count == 0) _signalFrom = from;
            long end = _signalFrom + _counting.Count;
            long keepUntil = Math.Max(from, Math.Min(end, LastEnd == long.MinValue ? from : LastEnd));
            if (keepUntil < end)
            {
                int at = (int)(keepUntil - _signalFrom), count = (int)(end - keepUntil);
                _counting.RemoveRange(at, count); _movement.RemoveRange(at, count); _effort.RemoveRange(at, count);
            }
            while (_counting.Count > 0 && _signalFrom + _counting.Count < from) // a hole, held as in RememberFrames
            {
                _counting.Add(_counting[^1]); _movement.Add(_movement[^1]); _effort.Add(_effort[^1]);
            }
            for (long i = Math.Max(keepUntil, from); i < from + values.Counting.Length; i++)
            {
                if (i < _signalFrom || i - _signalFrom != _counting.Count) continue;
                int k = (int)(i - from);
                _counting.Add(values.Counting[k]); _movement.Add(values.Movement[k]); _effort.Add(values.Effort[k]);
            }
        }

        public SetSignals SignalsBetween(long from, long to)
        {
            long a = Math.Max(from, _signalFrom), b = Math.Min(to, _signalFrom + Math.Min(_counting.Count, _frames.Count));
            if (b <= a) return SetSignals.Empty(FrameHistory.TimeOf(from));
            int at = (int)(a - _signalFrom), count = (int)(b - a);
            return new SetSignals(FrameHistory.TimeOf(a), _counting.GetRange(at, count).ToArray(),
                                  _movement.GetRange(at, count).ToArray(), _effort.GetRange(at, count).ToArray())
            {
                Frames = _frames.GetRange(at, count).ToArray(),
            };
        }
    }
}
