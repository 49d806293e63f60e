namespace ConflictModel.Formats;

/// <summary>
/// An infobox: the typed fields of a conflict summary box plus every raw key/value (<see cref="Fields"/>).
/// </summary>
/// <param name="Conflict">The conflict name, when the box states one.</param>
/// <param name="PartOf">The larger conflicts (split on " and ", a leading "the" dropped).</param>
/// <param name="Date">The date cell.</param>
/// <param name="DurationText">The parenthesised duration, non-breaking spaces made plain.</param>
/// <param name="Place">The place or location.</param>
/// <param name="Result">The result line.</param>
/// <param name="ResultDetails">The result bullets.</param>
/// <param name="Territory">Territorial changes.</param>
/// <param name="Sides">The sides in column order.</param>
/// <param name="SharedCasualties">Casualty lines that belong to no single side (civilians, unidentified, totals).</param>
/// <param name="Fields">Every raw key/value in document order, unknown keys included.</param>
public sealed record Infobox(
    string? Conflict,
    EquatableArray<string> PartOf,
    InfoboxDate? Date,
    string? DurationText,
    string? Place,
    string? Result,
    EquatableArray<string> ResultDetails,
    string? Territory,
    EquatableArray<InfoboxSide> Sides,
    EquatableArray<InfoboxFigureCell> SharedCasualties,
    EquatableArray<InfoboxField> Fields)
{
    /// <summary>Finds the first raw field with a key (ordinal, case-insensitive).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public InfoboxField? Field(string key)
    {
        foreach (var f in Fields)
        {
            if (string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return f;
            }
        }

        return null;
    }
}

/// <summary>The infobox date cell.</summary>
/// <param name="Text">As written, without its label and without an empty <c>()</c>.</param>
/// <param name="Period">The period, when recognised.</param>
public sealed record InfoboxDate(string Text, UncertainPeriod? Period);

/// <summary>One side (column) of an infobox.</summary>
/// <param name="Column">The 0-based column.</param>
/// <param name="Combatants">Combatant names as written (icons and citation markers removed).</param>
/// <param name="Commanders">Commanders in order.</param>
/// <param name="Units">Units in order, without hierarchy marks.</param>
/// <param name="Strength">Strength cells.</param>
/// <param name="Casualties">Casualty cells.</param>
public sealed record InfoboxSide(
    int Column,
    EquatableArray<string> Combatants,
    EquatableArray<Commander> Commanders,
    EquatableArray<string> Units,
    EquatableArray<InfoboxFigureCell> Strength,
    EquatableArray<InfoboxFigureCell> Casualties)
{
    /// <summary>Gets the names of commanders marked killed in action.</summary>
    public IEnumerable<string> CommandersKilledInAction => Commanders.Where(c => c.KilledInAction).Select(c => c.Name);
}

/// <summary>A commander.</summary>
/// <param name="Name">The name, markers removed.</param>
/// <param name="Role">The parenthesised role, or <see langword="null"/>.</param>
/// <param name="KilledInAction">Whether a killed-in-action mark (<c>KIA</c>, <c>†</c>) was present.</param>
public sealed record Commander(string Name, string? Role, bool KilledInAction)
{
    /// <summary>Gets "Name (role)" or the name alone.</summary>
    public string Display => Role is null ? Name : $"{Name} ({Role})";
}

/// <summary>A strength or casualty cell: its text, its period, and the figures recognised in it.</summary>
/// <param name="Text">The cell text without citation markers (for casualties, without the parenthesised period).</param>
/// <param name="PeriodText">The parenthesised period as written, or <see langword="null"/>.</param>
/// <param name="RawText">The cell as written, citation markers included.</param>
/// <param name="Figures">The figures the shared casualty recogniser found (empty when not recognised).</param>
/// <param name="Citations">Citation markers removed from the cell.</param>
public sealed record InfoboxFigureCell(
    string Text,
    string? PeriodText,
    string RawText,
    EquatableArray<CasualtyFigure> Figures,
    EquatableArray<Citation> Citations);

/// <summary>One raw infobox key/value.</summary>
/// <param name="Key">The key or label as written.</param>
/// <param name="Value">The value as written (multi-line values joined with newlines).</param>
/// <param name="Line">The 1-based line where it starts.</param>
public sealed record InfoboxField(string Key, string Value, int Line);
