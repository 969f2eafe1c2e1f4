namespace RepSense.Analysis.Exercises;

/// <summary>Where a catalog fact comes from: one of the seed articles and the words in it, so a report can say why a
/// rule applies ("Strict: 'Avoid the temptation of using too much momentum here.' — BarBend").</summary>
/// <param name="ArticleId">Key of a <see cref="SeedArticle"/> in <see cref="ExerciseCatalog.Articles"/>.</param>
/// <param name="Quote">The article's words, verbatim except for typographic quotes and dashes written in ASCII.</param>
/// <param name="Note">How the catalog reads the quote when that is not obvious (a conflict between articles, an
/// inference), else null.</param>
public sealed record SourceRef(string ArticleId, string Quote, string? Note = null);
