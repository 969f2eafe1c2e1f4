using System.Globalization;
using System.Text;

namespace RepSense.Cli.Tests.Log;

/// <summary>A Strong 2025 export of our own: workouts of deadlift and rows, written from the layout's header.</summary>
internal static class StrongFixture
{
    public const string Header = "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";\"Workout Notes\"";

    public static string Workouts(int workouts, int setsPerExercise, int firstDay = 1)
    {
        var text = new StringBuilder(Header).Append('\n');
        for (int w = 0; w < workouts; w++)
        {
            string date = new DateTime(2025, 1, firstDay + w, 7, 30, 0).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            foreach (string exercise in new[] { "Deadlift (Barbell)", "Bent Over Row (Barbell)" })
                for (int s = 1; s <= setsPerExercise; s++)
                    text.Append($"\"{w + 1}\";\"{date}\";\"Pull\";\"3000\";\"{exercise}\";\"{s}\";\"{80 + w * 2.5}\";\"5\";\"\";\"\";\"\";\"\";\"\"\n");
        }
        return text.ToString();
    }
}
