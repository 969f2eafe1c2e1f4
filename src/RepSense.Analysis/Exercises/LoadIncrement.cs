namespace RepSense.Analysis.Exercises;

/// <summary>The smallest sensible load step for a piece of equipment, in both units (a kilogram gym and a pound gym
/// do not step by converted amounts: barbell 2.5 kg or 5 lb). Zero means the load cannot be stepped (bands,
/// suspension trainers): progress by a harder variation instead.</summary>
public sealed record LoadIncrement(double Kg, double Lb);
