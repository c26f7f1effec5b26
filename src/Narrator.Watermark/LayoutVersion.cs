namespace Narrator.Watermark;

/// <summary>How the coded payload bits are laid over the cells; the sync cells are the same in both.</summary>
internal enum LayoutVersion
{
    /// <summary>
    /// Marks made before December 2026: one coded bit per data cell, in phase with the sync, spread over
    /// 0.5-6.5 kHz, so a telephone line keeps only about half of them.
    /// </summary>
    Spread = 1,

    /// <summary>
    /// Every data cell carries two coded bits, one in phase with the sync and one a quarter of the
    /// sign-flip period later, and the whole code lies twice: once in 0.5-3.4 kHz, inside the band every
    /// channel keeps, and once in 3.4-6.5 kHz.
    /// </summary>
    TelephoneBand = 2,
}
