using System.Text;
using RepSense.Ingest.Writers;

namespace RepSense.Ingest.Tests.Writers;

public sealed class RecordingWritersTests : IDisposable
{
    private readonly RepSense.Tests.TempFolder temp = new(); // the shared helper (tests/Shared), by its full name

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Catalog_has_every_supported_format_under_a_unique_name()
    {
        Assert.Equal(["generic", "phyphox", "phyphox-linear", "sensorlogger", "metawear"], RecordingWriters.Names);
        Assert.Same(PhyphoxWriter.Linear, RecordingWriters.Find("PHYPHOX-LINEAR"));
        Assert.Null(RecordingWriters.Find("excel"));
    }

    public static TheoryData<string> WriterNames() => new(RecordingWriters.Names);

    [Theory]
    [MemberData(nameof(WriterNames))]
    public void Output_is_byte_identical_for_the_same_tracks_with_LF_endings_and_no_BOM(string name)
    {
        var writer = RecordingWriters.Find(name)!;
        var tracks = TestTracks.Make(rateHz: 25, gyroRateHz: name is "sensorlogger" or "metawear" ? 50 : null);
        var first = writer.Write(tracks, temp.File(Path.Combine("first", "rec")));
        var second = writer.Write(tracks, temp.File(Path.Combine("second", "rec")));

        Assert.Equal(first.Files.Count, second.Files.Count);
        for (int i = 0; i < first.Files.Count; i++)
        {
            byte[] bytes = File.ReadAllBytes(first.Files[i]);
            Assert.Equal(bytes, File.ReadAllBytes(second.Files[i]));
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{first.Files[i]} starts with a BOM");
        }
    }
}
