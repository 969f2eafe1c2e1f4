using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using RepSense.Ingest;
using RepSense.Log.Recordings;

namespace RepSense.Log.Tests.Recordings;

public class RecordingHashTests
{
    [Fact]
    public void A_file_hashes_as_the_sha256_of_its_bytes()
    {
        using var temp = new TempFolder();
        string file = temp.Write("set.csv", "t_s,ax_g\n0,1\n");
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("t_s,ax_g\n0,1\n")));
        Assert.Equal(expected, RecordingHash.Compute(file));
    }

    [Fact]
    public void A_folder_and_a_zip_of_the_same_files_hash_alike_wherever_they_are()
    {
        using var temp = new TempFolder();
        temp.Write("a/Accelerometer.csv", "time,x\n1,2\n");
        temp.Write("a/Gyroscope.csv", "time,x\n1,3\n");
        temp.Write("b/session/Gyroscope.csv", "time,x\n1,3\n");
        temp.Write("b/session/Accelerometer.csv", "time,x\n1,2\n");
        ZipFile.CreateFromDirectory(temp.File("a"), temp.File("a.zip"));

        string folder = RecordingHash.Compute(temp.File("a"));
        Assert.Equal(folder, RecordingHash.Compute(temp.File("b/session")));
        Assert.Equal(folder, RecordingHash.Compute(temp.File("a.zip")));
    }

    [Fact]
    public void Changing_one_byte_of_one_member_changes_the_hash()
    {
        using var temp = new TempFolder();
        temp.Write("a/x.csv", "1,2\n");
        temp.Write("b/x.csv", "1,3\n");
        Assert.NotEqual(RecordingHash.Compute(temp.File("a")), RecordingHash.Compute(temp.File("b")));
    }

    [Fact]
    public void A_missing_recording_is_a_readable_error()
    {
        var ex = Assert.Throws<RepSenseException>(() => RecordingHash.Compute("/nonexistent/rec.csv"));
        Assert.Contains("/nonexistent/rec.csv: the recording does not exist", ex.Message);
    }

    [Fact]
    public void A_members_name_and_where_it_ends_are_part_of_the_hash()
    {
        using var temp = new TempFolder();
        temp.Write("renamed-a/Accelerometer.csv", "1,2\n");
        temp.Write("renamed-b/Gyroscope.csv", "1,2\n");
        Assert.NotEqual(RecordingHash.Compute(temp.File("renamed-a")), RecordingHash.Compute(temp.File("renamed-b")));
        // The same bytes split differently between names and contents are a different recording.
        temp.Write("split-a/a", "bc");
        temp.Write("split-b/ab", "c");
        Assert.NotEqual(RecordingHash.Compute(temp.File("split-a")), RecordingHash.Compute(temp.File("split-b")));
    }

    [Fact]
    public void A_zip_that_is_not_one_is_a_readable_error()
    {
        using var temp = new TempFolder();
        string zip = temp.Write("session.zip", "not a zip at all");
        var ex = Assert.Throws<RepSenseException>(() => RecordingHash.Compute(zip));
        Assert.StartsWith($"{zip}: the recording cannot be read (expected a valid .zip: ", ex.Message);
    }
}
