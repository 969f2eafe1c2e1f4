using System.Globalization;
using System.Reactive.Linq;
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
/// <para>The phone keeps sending whatever happens to one message, so no message ends the stream. A message that is
/// not of the expected shape is reported (<see cref="IngestProblemKind.MalformedMessage"/>) and dropped as a whole.
/// The app sends a batch again after a network hiccup, so a reading no newer than the last one of its sensor already
/// taken is dropped, and each message that held such readings is reported (<see cref="IngestProblemKind.StaleReadings"/>):
/// readings are taken in the order sent and never reordered, so the samples stay what the phone measured.</para>
/// </remarks>
public static class SensorLoggerPush
{
    /// <summary>The push sensor names read, as the app sends them.</summary>
    public const string TotalAcceleration = "totalacceleration", Accelerometer = "accelerometer", Gravity = "gravity", Gyroscope = "gyroscope";

    /// <summary>
    /// Parses pushed messages (the bodies of the POSTs, in the order received; the first is message 1) into samples in
    /// time order: <see cref="SensorLoggerMessage.Parse"/> on each, then
    /// <see cref="ParseSensorLoggerPush(IObservable{SensorLoggerMessage}, string, IngestDiagnostics)"/>.
    /// </summary>
    /// <param name="messages">The message bodies.</param>
    /// <param name="sourceName">How messages name the source, e.g. "http://127.0.0.1:8000/".</param>
    /// <param name="diagnostics">Receives the recoverable problems.</param>
    public static IObservable<ImuSample> ParseSensorLoggerPush(this IObservable<string> messages, string sourceName, IngestDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Select((body, i) => SensorLoggerMessage.Parse(body, i + 1L)).ParseSensorLoggerPush(sourceName, diagnostics);
    }

    /// <summary>
    /// Turns parsed push messages into samples in time order. A sample is emitted once the gyroscope (and gravity)
    /// readings around its time have arrived, or a second later without them. A message that is not a push, and
    /// readings no newer than their sensor's last, are reported to <paramref name="diagnostics"/> and dropped; the
    /// stream goes on. Cold: each subscription has its own state.
    /// </summary>
    /// <param name="messages">The messages, in the order received.</param>
    /// <param name="sourceName">How messages name the source, e.g. "http://127.0.0.1:8000/".</param>
    /// <param name="diagnostics">Receives the recoverable problems.</param>
    public static IObservable<ImuSample> ParseSensorLoggerPush(this IObservable<SensorLoggerMessage> messages, string sourceName,
        IngestDiagnostics diagnostics)
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

    /// <summary>Whether readings of the sensor <paramref name="name"/> (lower case) are read.</summary>
    internal static bool IsRead(string name) => name is TotalAcceleration or Accelerometer or Gravity or Gyroscope;

    /// <summary>The per-subscription state: the clock's origin, the acceleration chosen, the newest reading taken of
    /// each sensor, the secondary tracks and the acceleration samples waiting for them.</summary>
    private sealed class PushParser(string source, IngestDiagnostics diagnostics, IObserver<ImuSample> downstream)
    {
        /// <summary>How long a sample waits for a gyroscope or gravity reading that does not come.</summary>
        private const double MaxWaitS = 1.0;

        private readonly SecondaryTrack _gyroscope = new(SecondaryKind.RotationRate, GapDetection.DefaultMaxGapS, GapDetection.DefaultMaxGapS);
        private readonly SecondaryTrack _gravity = new(SecondaryKind.Gravity, double.PositiveInfinity, double.PositiveInfinity);
        private readonly Queue<ImuSample> _waiting = new();
        private long? _originNs;
        private string? _accelerationSensor;
        private long _newestAccelerationNs = long.MinValue, _newestGyroscopeNs = long.MinValue, _newestGravityNs = long.MinValue;
        private bool _gyroscopeSeen, _gravitySeen;
        private double _newestS;
        private bool _stopped;

        public void OnMessage(SensorLoggerMessage message)
        {
            if (_stopped) return;
            if (message.Error is { } error)
            {
                diagnostics.Report(IngestProblemKind.MalformedMessage, source, 0, $"{error}; its readings were dropped");
                return;
            }

            var readings = message.Readings;
            _accelerationSensor ??= readings.Any(r => r.Sensor == TotalAcceleration) ? TotalAcceleration
                : readings.Any(r => r.Sensor == Accelerometer) ? Accelerometer : null;
            if (_accelerationSensor is null) return; // nothing to anchor the clock yet
            _originNs ??= readings.First(r => r.Sensor == _accelerationSensor).TimeNs;

            bool gravityIncluded = _accelerationSensor == TotalAcceleration;
            int stale = 0;
            foreach (var r in readings)
            {
                if (r.Sensor == _accelerationSensor)
                {
                    if (!Advance(ref _newestAccelerationNs, r.TimeNs)) stale++;
                    else _waiting.Enqueue(ImuSample.FromAcceleration(Seconds(r.TimeNs), r.Values, gravityIncluded));
                }
                else if (r.Sensor == Gyroscope)
                {
                    if (!Advance(ref _newestGyroscopeNs, r.TimeNs)) stale++;
                    else
                    {
                        _gyroscopeSeen = true;
                        _gyroscope.Push(new ImuSample(Seconds(r.TimeNs), Vec3.Zero, r.Values, true, true));
                    }
                }
                else if (r.Sensor == Gravity && _accelerationSensor == Accelerometer)
                {
                    if (!Advance(ref _newestGravityNs, r.TimeNs)) stale++;
                    else
                    {
                        _gravitySeen = true;
                        _gravity.Push(ImuSample.FromAcceleration(Seconds(r.TimeNs), r.Values, gravityIncluded: true));
                    }
                }
            }
            if (stale > 0)
                diagnostics.Report(IngestProblemKind.StaleReadings, source, 0, string.Create(CultureInfo.InvariantCulture,
                    $"{message.Name}: {stale} reading{(stale == 1 ? " was" : "s were")} no newer than the last of {(stale == 1 ? "its" : "their")} sensor already received (sent again?) and dropped"));
            if (_newestAccelerationNs > long.MinValue) _newestS = Seconds(_newestAccelerationNs);
            Drain(final: false);
        }

        public void OnError(Exception error)
        {
            if (!_stopped) Stop(error);
        }

        public void OnCompleted()
        {
            if (_stopped) return;
            Drain(final: true);
            _stopped = true;
            downstream.OnCompleted();
        }

        /// <summary>Takes <paramref name="timeNs"/> as the sensor's newest when it is newer.</summary>
        private static bool Advance(ref long newestNs, long timeNs)
        {
            if (timeNs <= newestNs) return false;
            newestNs = timeNs;
            return true;
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
    }
}
