namespace RepSense.Log.Store;

/// <summary>One step of the schema: the SQL that takes a database from <see cref="Version"/> − 1 to
/// <see cref="Version"/>. Applied inside the opening transaction, so a database is at one version or the next,
/// never between.</summary>
public sealed record Migration(int Version, string Description, string Sql);
