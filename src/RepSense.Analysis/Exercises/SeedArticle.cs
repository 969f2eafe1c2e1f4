namespace RepSense.Analysis.Exercises;

/// <summary>One of the five back-training articles the catalog is built from (../shared/seeds).</summary>
/// <param name="Id">Short key used by <see cref="SourceRef.ArticleId"/>, e.g. "barbend".</param>
/// <param name="File">The seed file name, e.g. "001_8f3e0da7b38ac1c1.txt".</param>
/// <param name="Title">Publisher and title, for reports.</param>
public sealed record SeedArticle(string Id, string File, string Title);
