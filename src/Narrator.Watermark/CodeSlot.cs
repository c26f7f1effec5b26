namespace Narrator.Watermark;

/// <summary>
/// One place a coded bit rides: a cell, in phase with the sync or in quadrature (its sign flips a
/// quarter of the flip period later), with the sign it is embedded with.
/// </summary>
internal readonly record struct CodeSlot(int Cell, bool Quadrature, int Bit, int Sign);
