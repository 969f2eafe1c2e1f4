using System.Globalization;
using System.Text.Json;

namespace RepSense.Ingest.Live;

/// <summary>
/// One message of Sensor Logger's HTTP push, parsed: the readings of the sensors RepSense reads, or what was wrong
/// with it. A message that is not of the expected shape is a value (<see cref="Error"/>), not an exception: the phone
/// keeps sending, and one bad batch must not end a session. Nothing of a bad message is kept, so a batch is never
/// half read.
/// </summary>
public sealed class SensorLoggerMessage
{
    /// <summary>What a push message must be, as messages and the HTTP answer to a bad one quote it.</summary>
    public const string ExpectedShape =
        "a Sensor Logger push, a JSON object {\"payload\": [{\"name\": …, \"time\": <Unix ns>, \"values\": {\"x\": …, \"y\": …, \"z\": …}}, …]}";

    private SensorLoggerMessage(long index, long? messageId, IReadOnlyList<SensorReading> readings, string? found)
    {
        Index = index;
        MessageId = messageId;
        Readings = readings;
        Error = found is null ? null : $"{Name}: expected {ExpectedShape}, found {found}";
    }

    /// <summary>The message's 1-based place in the order received.</summary>
    public long Index { get; }

    /// <summary>The app's own <c>messageId</c>, when the message has a readable one.</summary>
    public long? MessageId { get; }

    /// <summary>How messages name it: "message 3 (messageId 12)".</summary>
    public string Name => MessageId is { } id
        ? string.Create(CultureInfo.InvariantCulture, $"message {Index} (messageId {id})")
        : string.Create(CultureInfo.InvariantCulture, $"message {Index}");

    /// <summary>Null for a push; otherwise one sentence without its full stop: the message, what was expected and
    /// what was found.</summary>
    public string? Error { get; }

    /// <summary>The readings of the sensors read (<see cref="SensorLoggerPush"/>), in the order sent; empty when
    /// <see cref="Error"/> is set.</summary>
    internal IReadOnlyList<SensorReading> Readings { get; }

    /// <summary>Parses the body of the <paramref name="index"/>-th POST (1-based). Readings of sensors that are not
    /// read (orientation, location, …) are skipped whatever their shape; a read sensor's reading needs a "time" in
    /// Unix nanoseconds and finite numbers x, y and z in "values".</summary>
    public static SensorLoggerMessage Parse(string body, long index)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(body)) return Failed(index, null, "an empty body");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return Failed(index, null, string.Create(CultureInfo.InvariantCulture,
                $"text that is not JSON (at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})"));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Failed(index, null, $"a JSON {Kind(root)}");
            long? messageId = root.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out long n)
                ? n
                : null;
            if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Array)
                return Failed(index, messageId, "an object without a \"payload\" array");

            var readings = new List<SensorReading>();
            int item = 0;
            foreach (var element in payload.EnumerateArray())
            {
                item++;
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("name", out var nameElement) ||
                    nameElement.ValueKind != JsonValueKind.String)
                    return Failed(index, messageId, string.Create(CultureInfo.InvariantCulture, $"payload item {item} without a \"name\""));
                string name = nameElement.GetString()!.ToLowerInvariant();
                if (!SensorLoggerPush.IsRead(name)) continue;
                if (!TryTime(element, out long timeNs))
                    return Failed(index, messageId, string.Create(CultureInfo.InvariantCulture,
                        $"payload item {item} (\"{name}\") without a \"time\" in Unix nanoseconds"));
                if (!TryValues(element, out var values))
                    return Failed(index, messageId, string.Create(CultureInfo.InvariantCulture,
                        $"payload item {item} (\"{name}\") without finite numbers x, y and z in its \"values\""));
                readings.Add(new SensorReading(name, timeNs, values));
            }
            return new SensorLoggerMessage(index, messageId, readings, null);
        }
    }

    private static SensorLoggerMessage Failed(long index, long? messageId, string found) => new(index, messageId, [], found);

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private static bool TryTime(JsonElement reading, out long timeNs)
    {
        timeNs = 0;
        if (!reading.TryGetProperty("time", out var time) || time.ValueKind != JsonValueKind.Number) return false;
        if (time.TryGetInt64(out timeNs)) return true;
        // JSON has one number type: a sender may well write the nanoseconds as 1.7e18.
        if (!time.TryGetDouble(out double ns) || !(Math.Abs(ns) < long.MaxValue)) return false;
        timeNs = (long)ns;
        return true;
    }

    private static bool TryValues(JsonElement reading, out Vec3 values)
    {
        values = default;
        if (!reading.TryGetProperty("values", out var element) || element.ValueKind != JsonValueKind.Object) return false;
        if (!TryNumber(element, "x", out double x) || !TryNumber(element, "y", out double y) || !TryNumber(element, "z", out double z))
            return false;
        values = new Vec3(x, y, z);
        return values.IsFinite;
    }

    private static bool TryNumber(JsonElement values, string name, out double value)
    {
        value = 0;
        return values.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out value);
    }
}
