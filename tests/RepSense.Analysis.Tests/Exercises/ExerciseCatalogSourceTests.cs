using System.Text;
using RepSense.Analysis.Exercises;

namespace RepSense.Analysis.Tests.Exercises;

/// <summary>Every quote in the catalog must be the articles' words: checked against ../shared/seeds when present.</summary>
public class ExerciseCatalogSourceTests
{
    private static IEnumerable<(string Where, SourceRef Source)> AllSources(ExerciseCatalog catalog)
    {
        var g = catalog.Guidance;
        yield return ("guidance", g.WeeklyBackSetsSource);
        yield return ("guidance", g.PullRatioSource);
        yield return ("guidance", g.LateSetCheatRepsSource);
        yield return ("guidance", g.RepByRepProgressSource);
        foreach (var profile in catalog.All)
        {
            foreach (var scheme in profile.Schemes)
                yield return ($"{profile.Name} scheme {scheme}", scheme.Source);
            foreach (var (rule, source) in profile.Tempo.Sources)
                yield return ($"{profile.Name} {rule}", source);
            if (profile.Progression.Source is { } progression)
                yield return ($"{profile.Name} progression", progression);
        }
    }

    [Fact]
    public void Every_quote_appears_verbatim_in_its_article()
    {
        string seeds = SharedFolder.Path("seeds");
        Assert.SkipUnless(Directory.Exists(seeds), $"The seed articles are not at {seeds}.");
        var catalog = ExerciseCatalog.Default;
        var texts = catalog.Articles.Values.ToDictionary(a => a.Id, a => Plain(File.ReadAllText(Path.Combine(seeds, a.File))));

        var missing = AllSources(catalog)
            .Where(x => !texts[x.Source.ArticleId].Contains(Plain(x.Source.Quote), StringComparison.Ordinal))
            .Select(x => $"{x.Where}: \"{x.Source.Quote}\" not in {x.Source.ArticleId}")
            .ToList();
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_article_is_cited()
    {
        var catalog = ExerciseCatalog.Default;
        var cited = AllSources(catalog).Select(x => x.Source.ArticleId).ToHashSet();
        Assert.Equal(catalog.Articles.Keys.Order(), cited.Order());
    }

    /// <summary>Typographic quotes and dashes as ASCII, runs of white space (including no-break spaces) as one space.</summary>
    private static string Plain(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            char mapped = c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => c,
            };
            if (char.IsWhiteSpace(mapped))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(mapped);
        }
        return builder.ToString();
    }
}
