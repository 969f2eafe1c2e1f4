using System.Reactive.Linq;
using System.Text.Json;
using RepSense.Ingest.Reading;
using RepSense.Ingest.Streams;

namespace RepSense.Ingest.Live;

/// <summary>
/// Samples from Sensor Logger's HTTP push: the app POSTs JSON messages
/// <c>{"messageId": 7, "sessionId": "…", "deviceId": "…", "payload": [{"name": "accelerometer", "time": &lt;Unix ns&gt;,
/// "values": {"x": …, "y": …, "z": …}}, …]}</c>, a batch of readings of every sensor that is switched on. Phone
/// values are m/s² and rad/s, as in its CSV export.
/// </summary>
/// <remarks>
/// As with a Sensor Logger folder, <c>totalacceleration</c> (gravity included) is the acceleration when the app sends
/// it; otherwise <c>accelerometer</c> (gravity removed) with <c>gravity</c> added back when that is sent too. The
/// <c>gyroscope</c> is interpolated onto the acceleration's timestamps by the same kernel as a recording's gyroscope
/// file. Other sensors (orientation, magnetometer, location, …) are ignored. Time is seconds from the first
/// acceleration reading.
/// </remarks>
public static class SensorLoggerPush
{
    /// <summary>The push sensor names read, as the app sends them.</summary>
    public const string TotalAcceleration = "totalacceleration", Accelerometer = "accelerometer", Gravity = "gravity", Gyroscope = "gyroscope";

    /// <summary>
    /// Parses pushed messages (the bodies of the POSTs, in the order received) into samples in time order. A sample is
    /// emitted once the gyroscope (and gravity) readings around its time have arrived, or a second later without them.
    /// A message that is not Sensor Logger JSON ends the stream with a <see cref="RepSenseException"/> naming the
    /// source and the message's number. Repeated and backwards timestamps are reported to
    /// <paramref name="diagnostics"/> as a file's are. Cold: each subscription has its own state.
    /// </summary>
    /// <param name="messages">The message bodies.</param>
    /// <param name="sourceName">How messages name the source, e.g. "http://127.0.0.1:8000/".</param>
    /// <param name="diagnostics">Receives the recoverable problems.</param>
    public static IObservable<ImuSample> ParseSensorLoggerPush(this IObservable<string> messages, string sourceName, IngestDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Observable.Create<ImuSample>(observer =>
        {
            var parser = new PushParser(sourceName, diagnostics, observer);
            return messages.Subscribe(parser.OnMessage, parser.OnError, parser.OnCompleted);
        });
    }

    /// <summary>One reading of one sensor: Unix nanoseconds and three values.</summary>
    private readonly record struct Reading(string Sensor, long TimeNs, Vec3 Values);

    /// <summary>The per-subscription state: the clock's origin, the acceleration chosen, the secondary tracks and the
    /// acceleration samples waiting for them.</summary>
    private sealed class PushParser(string source, IngestDiagnostics diagnostics, IObserver<ImuSample> downstream)
    {
        /// <summary>How long a sample waits for a gyroscope or gravity reading that does not come.</summary>
        private const double MaxWaitS = 1.0;

        private readonly SampleSequencer _sequencer = new(diagnostics, source);
        private readonly SecondaryTrack _gyroscope = new(SecondaryKind.RotationRate, GapDetection.DefaultMaxGapS, GapDetection.DefaultMaxGapS);
        private readonly SecondaryTrack _gravity = new(SecondaryKind.Gravity, double.PositiveInfinity, double.PositiveInfinity);
        private readonly Queue<ImuSample> _waiting = new();
        private long? _originNs;
        private string? _accelerationSensor;
        private bool _gyroscopeSeen, _gravitySeen;
        private double _newestS;
        private long _messages;
        private bool _stopped;

        public void OnMessage(string body)
        {
            if (_stopped) return;
            _messages++;
            List<Reading> readings;
            try
            {
                readings = Parse(body);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or OverflowException)
            {
                Stop(new RepSenseException(
                    $"{source}: message {_messages} is not a Sensor Logger push (expected {{\"payload\": [{{\"name\", \"time\", \"values\"}}, …]}}): {ex.Message.TrimEnd('.')}.", ex));
                return;
            }

            _accelerationSensor ??= readings.Any(r => r.Sensor == TotalAcceleration) ? TotalAcceleration
                : readings.Any(r => r.Sensor == Accelerometer) ? Accelerometer : null;
            if (_accelerationSensor is null) return; // nothing to anchor the clock yet
            _originNs ??= readings.Where(r => r.Sensor == _accelerationSensor).Min(r => r.TimeNs);

            // Secondary readings first: the acceleration of the same message can then be paired at once.
            foreach (var r in readings.Where(r => r.Sensor == Gyroscope).OrderBy(r => r.TimeNs))
            {
                _gyroscopeSeen = true;
                _gyroscope.Push(new ImuSample(Seconds(r.TimeNs), Vec3.Zero, r.Values, true, true));
            }
            if (_accelerationSensor == Accelerometer)
                foreach (var r in readings.Where(r => r.Sensor == Gravity).OrderBy(r => r.TimeNs))
                {
                    _gravitySeen = true;
                    _gravity.Push(ImuSample.FromAcceleration(Seconds(r.TimeNs), r.Values, gravityIncluded: true));
                }
            bool gravityIncluded = _accelerationSensor == TotalAcceleration;
            foreach (var r in readings.Where(r => r.Sensor == _accelerationSensor).OrderBy(r => r.TimeNs))
            {
                var sample = ImuSample.FromAcceleration(Seconds(r.TimeNs), r.Values, gravityIncluded);
                if (_sequencer.Push(sample, _messages, out var ready)) _waiting.Enqueue(ready);
                _newestS = Math.Max(_newestS, sample.TimeS);
            }
            Drain(final: false);
        }

        public void OnError(Exception error)
        {
            if (!_stopped) Stop(error);
        }

        public void OnCompleted()
        {
            if (_stopped) return;
            if (_sequencer.Flush(out var last)) _waiting.Enqueue(last);
            Drain(final: true);
            _stopped = true;
            downstream.OnCompleted();
        }

        private double Seconds(long timeNs) => (timeNs - _originNs!.Value) * 1e-9;

        private void Drain(bool final)
        {
            double newest = _newestS;
            while (_waiting.Count > 0)
            {
                var sample = _waiting.Peek();
                bool gaveUp = final || newest - sample.TimeS > MaxWaitS;
                if (!gaveUp && ((_gyroscopeSeen && !_gyroscope.IsReadyFor(sample.TimeS)) || (_gravitySeen && !_gravity.IsReadyFor(sample.TimeS))))
                    return;
                _waiting.Dequeue();
                if (_gravitySeen) sample = _gravity.Combine(sample);
                if (_gyroscopeSeen) sample = _gyroscope.Combine(sample);
                downstream.OnNext(sample);
            }
        }

        private void Stop(Exception error)
        {
            _stopped = true;
            downstream.OnError(error);
        }

        private static List<Reading> Parse(string body)
        {
            using var document = JsonDocument.Parse(body);
            var readings = new List<Reading>();
            foreach (var item in document.RootElement.GetProperty("payload").EnumerateArray())
            {
                string name = item.GetProperty("name").GetString()?.ToLowerInvariant() ?? "";
                if (name is not (TotalAcceleration or Accelerometer or Gravity or Gyroscope)) continue;
                var time = item.GetProperty("time");
                long timeNs = time.TryGetInt64(out long ns) ? ns : checked((long)time.GetDouble());
                var values = item.GetProperty("values");
                var vector = new Vec3(values.GetProperty("x").GetDouble(), values.GetProperty("y").GetDouble(), values.GetProperty("z").GetDouble());
                if (vector.IsFinite) readings.Add(new Reading(name, timeNs, vector));
            }
            return readings;
        }
    }
}
