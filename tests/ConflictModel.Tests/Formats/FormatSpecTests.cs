using ConflictModel.Formats;
using ConflictModel.Tests.Formats.Specs;
using NodaTime;

namespace ConflictModel.Tests.Formats;

public sealed class MilitaryWikiSpecTests
{
    private static Article Read(string text) => ArticleReaders.Default.Read(text, "doc");

    [Fact]
    public void Glued_labels_columns_markers_and_references()
    {
        var a = Read(SpecDocuments.MilitaryWiki);
        Assert.Equal(FormatIds.MilitaryWiki, a.Format);
        Assert.Equal("Battle of Northvale", a.Title);
        var ib = Assert.IsType<Infobox>(a.Infobox);
        Assert.Equal(["Lakeland War", "Hill Campaign"], ib.PartOf);
        Assert.Equal("3 May – 9 June 2015", ib.Date!.Text);
        Assert.Equal(new LocalDate(2015, 5, 3), ib.Date.Period!.Value.Start.Earliest);
        Assert.Equal(new LocalDate(2015, 6, 9), ib.Date.Period!.Value.End!.Value.Latest);
        Assert.Equal("1 month and 6 days", ib.DurationText);
        Assert.Equal("Northvale, Lakeland", ib.Place);
        Assert.Equal("Government victory", ib.Result);
        Assert.Equal(["Rebels withdraw from the town"], ib.ResultDetails);
        Assert.Equal(2, ib.Sides.Count);
        Assert.Equal(["Lakeland Army", "Hill Militia"], ib.Sides[0].Combatants);
        Assert.Equal(["Rebel Front"], ib.Sides[1].Combatants);
        Assert.Equal(["Gen. Ana Moss (Army commander)", "Col. Ben Ray (Brigade leader)"], ib.Sides[0].Commanders.Select(c => c.Display));
        Assert.Equal(["Col. Ben Ray"], ib.Sides[0].CommandersKilledInAction);
        Assert.Equal(["Carl Dune", "Dov Fenn"], ib.Sides[1].Commanders.Select(c => c.Display));
        Assert.Equal(["Dov Fenn"], ib.Sides[1].CommandersKilledInAction);
        Assert.Equal("1,200 soldiers", Assert.Single(ib.Sides[0].Strength).Text);
        Assert.Equal("800 fighters", Assert.Single(ib.Sides[1].Strength).Text);
        var c0 = Assert.Single(ib.Sides[0].Casualties);
        Assert.Equal(("45 killed", "3–20 May"), (c0.Text, c0.PeriodText));
        Assert.Equal(["[1]", "[2]"], c0.Citations.Select(c => c.Marker));
        var c1 = Assert.Single(ib.Sides[1].Casualties);
        Assert.Equal(("120 killed", "3 May–9 June"), (c1.Text, c1.PeriodText));
        Assert.Equal("12 civilians killed", Assert.Single(ib.SharedCasualties).Text);
        Assert.Equal(Estimate.Exactly(45), Assert.Single(c0.Figures).Estimate);
        Assert.Equal(CasualtyCategory.Killed, c0.Figures[0].Category);
        Assert.Equal(1200, Assert.Single(ib.Sides[0].Strength[0].Figures).Estimate.Low);
        var civ = Assert.Single(ib.SharedCasualties[0].Figures);
        Assert.Equal((12L, (long?)12, CasualtyParty.Civilians), (civ.Estimate.Low, civ.Estimate.High, civ.Party));
        Assert.Contains(ib.Fields, f => f.Key == "Location" && f.Value == "Northvale, Lakeland");

        Assert.Equal("The Battle of Northvale was fought in 2015. It ended in June.", Assert.Single(a.Lead).Text);
        Assert.Equal(["[1]", "[ citation needed ]"], a.Lead[0].Citations.Select(c => c.Marker));
        Assert.Equal([1, null], a.Lead[0].Citations.Select(c => c.ReferenceNumber));
        Assert.Equal(
            [("Background", 2), ("The battle", 2), ("First assault", 3), ("Second assault", 3)],
            a.Sections.Select(s => (s.Heading, s.Level)));
        Assert.Empty(a.Sections[1].Paragraphs);
        Assert.Equal(["[a]", "[2]"], a.Sections[0].Paragraphs[0].Citations.Select(c => c.Marker));

        Assert.Equal(3, a.References.Count);
        var r1 = a.References[0];
        Assert.Equal((1, "Rebels attack Northvale", "Lake Times"), (r1.Number, r1.Title, r1.Publisher));
        Assert.Equal(new LocalDate(2015, 5, 4), r1.Date!.Value.Earliest);
        Assert.Equal(new LocalDate(2015, 5, 5), r1.Retrieved!.Value.Earliest);
        var r2 = a.References[1];
        Assert.Equal(("Army retakes town", "Hill Post", new LocalDate(2015, 5, 21)), (r2.Title, r2.Publisher, r2.Date!.Value.Earliest!.Value));
        var r3 = a.References[2];
        Assert.Null(r3.Date);
        Assert.Null(r3.Publisher);
        Assert.Equal(new LocalDate(2015, 6, 6), r3.Retrieved!.Value.Earliest);

        Assert.Contains(a.Boilerplate, b => b.Kind == BoilerplateKind.Footer && b.Text.StartsWith("This page uses", StringComparison.Ordinal));
        Assert.Contains(a.Boilerplate, b => b.Kind == BoilerplateKind.SiteChrome && b.Text == "Military Wiki");
        Assert.DoesNotContain(a.Paragraphs, p => p.Text.Contains("Creative Commons", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_top_level_section_ends_a_group_of_subsections()
    {
        const string doc = "Military Wiki\nRaid on Northmoor\n\nThe raid was short.\n\nThe raid\n\nFirst night\n\nOn 1 May the raiders came.\n\nSecond night\n\nOn 2 May they left.\n\nAftermath\n\nThe village was rebuilt.\n";
        var a = ArticleReaders.Default.Read(doc, "d");
        Assert.Equal([("The raid", 2), ("First night", 3), ("Second night", 3), ("Aftermath", 2)], a.Sections.Select(s => (s.Heading, s.Level)));
    }

    [Fact]
    public void A_heading_glued_to_its_paragraph_is_split_but_wrapped_prose_is_not()
    {
        const string doc = "Military Wiki\nRaid on Eastmoor\n\nThe raid on Eastmoor was a night attack by the hill militia against the\nlakeland army depot at Eastmoor in the spring.\n\nThe attack\nOn 1 May the raiders crossed the river at night and reached the depot before dawn, meeting no resistance.\n";
        var a = ArticleReaders.Default.Read(doc, "d");
        Assert.Equal("The raid on Eastmoor was a night attack by the hill militia against the lakeland army depot at Eastmoor in the spring.", a.Lead.Single().Text);
        var s = Assert.Single(a.Sections);
        Assert.Equal("The attack", s.Heading);
        Assert.StartsWith("On 1 May the raiders", s.Paragraphs.Single().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Hill report | Lake Monitor\". Retrieved 2 June 2015.", "Hill report", "Lake Monitor", null, "2 June 2015")]
    [InlineData("Valley falls | News , Region | THE HILL POST", "Valley falls", "THE HILL POST", null, null)]
    [InlineData("[Valley Direct: TOWN FALLS]", "Valley Direct: TOWN FALLS", null, null, null)]
    [InlineData("Town taken, says monitor Reuters Thu Jul 3, 2014", "Town taken, says monitor", "Reuters", "Jul 3, 2014", null)]
    [InlineData("The Hill Alliance Emerges,, Sep 27, 2013", "The Hill Alliance Emerges", null, "Sep 27, 2013", null)]
    [InlineData("\"Town taken\". Lake Times. 4 May 2015. Retrieved 5 May 2015.", "Town taken", "Lake Times", "4 May 2015", "5 May 2015")]
    public void Reference_entries_are_split_into_title_publisher_and_dates(string entry, string title, string? publisher, string? date, string? retrieved)
    {
        var a = ArticleReaders.Default.Read("Military Wiki\nT\n\nText.\n\n  1. 1.0 1.1 " + entry + "\n", "d");
        var r = a.References.Single();
        Assert.Equal((title, publisher, date, retrieved), (r.Title, r.Publisher, r.DateText, r.RetrievedText));
        Assert.Equal(date is null, r.Date is null);
        Assert.Equal(retrieved is null, r.Retrieved is null);
    }

    [Fact]
    public void Spaced_labels_status_and_one_casualty_cell_per_line()
    {
        var a = Read(SpecDocuments.MilitaryWikiSpacedLabels);
        var ib = a.Infobox!;
        Assert.Equal("1 March 2016 – ongoing", ib.Date!.Text);
        Assert.True(ib.Date.Period!.Value.IsOngoing);
        Assert.Null(ib.Date.Period!.Value.End);
        Assert.Equal("Eastport", ib.Place);
        Assert.Equal("Ongoing", ib.Result);
        Assert.Equal(["Eastport Guard"], ib.Sides[0].Combatants);
        Assert.Equal(["Coast Raiders"], ib.Sides[1].Combatants);
        Assert.Equal("30 killed", ib.Sides[0].Casualties.Single().Text);
        Assert.Equal("50 killed", ib.Sides[1].Casualties.Single().Text);
        Assert.Equal("The siege began in March.", a.Lead.Single().Text);
    }

    [Fact]
    public void Bullet_lists_are_list_items_and_a_closing_see_also_is_a_heading()
    {
        const string doc = "Military Wiki\nRaid on Westmoor\n\nThe raid was short.\n\nSee also\n\n  • Battle of Eastmoor\n  • Moor campaign\n\nNotes\n";
        var a = ArticleReaders.Default.Read(doc, "d");
        Assert.Equal([("See also", 2), ("Notes", 2)], a.Sections.Select(s => (s.Heading, s.Level)));
        Assert.Equal(["Battle of Eastmoor", "Moor campaign"], a.Sections[0].Paragraphs.Select(p => p.Text));
        Assert.All(a.Sections[0].Paragraphs, p => Assert.Equal(ParagraphKind.ListItem, p.Kind));
    }

    [Fact]
    public void Without_the_site_header_a_flattened_infobox_is_still_recognised()
    {
        var doc = SpecDocuments.MilitaryWiki[(SpecDocuments.MilitaryWiki.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        var d = FormatDetector.Default.Detect(doc);
        Assert.Equal(FormatIds.MilitaryWiki, d.Format);
        var a = ArticleReaders.Default.Read(doc, "d");
        Assert.Equal("Battle of Northvale", a.Title);
        Assert.Equal(2, a.Infobox!.Sides.Count);
    }

    [Fact]
    public void Strength_given_one_line_per_side_is_split_by_line()
    {
        const string doc = "Military Wiki\nClash at Ford\nDate 2 May 2015\n\nArmy\n\n Rebels\nStrength\n300 soldiers\n90 fighters\n\nThe clash was brief.\n";
        var ib = ArticleReaders.Default.Read(doc, "d").Infobox!;
        Assert.Equal(["300 soldiers", "90 fighters"], ib.Sides.Select(s => s.Strength.Single().Text));
    }

    [Fact]
    public void Missing_date_and_casualty_labels_are_tolerated()
    {
        const string doc = "Military Wiki\nSiege of Oldmill\nPart of the Mill War\n4 March – 2 April 2017\n(4 weeks)\nLocationOldmill\n\nArmy\n\n Raiders\nCommanders and leaders\nGen. Tor Lund\n(commander)\nAbu Sten\n7 killed[1] 19 killed[1]\n3 civilians killed[2]\n\nThe siege of Oldmill lasted four weeks.\n";
        var a = ArticleReaders.Default.Read(doc, "d");
        var ib = a.Infobox!;
        Assert.Equal("4 March – 2 April 2017", ib.Date!.Text);
        Assert.Equal(new LocalDate(2017, 4, 2), ib.Date.Period!.Value.End!.Value.Latest);
        Assert.Equal("4 weeks", ib.DurationText);
        Assert.Equal("Oldmill", ib.Place);
        Assert.Equal(["Gen. Tor Lund (commander)"], ib.Sides[0].Commanders.Select(c => c.Display));
        Assert.Equal(["Abu Sten"], ib.Sides[1].Commanders.Select(c => c.Display));
        Assert.Equal(["7 killed", "19 killed"], ib.Sides.Select(s => s.Casualties.Single().Text));
        Assert.Equal("3 civilians killed", ib.SharedCasualties.Single().Text);
        Assert.Equal("The siege of Oldmill lasted four weeks.", a.Lead.Single().Text);
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0405");
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0406");
    }

    [Fact]
    public void Labels_absent_means_no_infobox_and_prose_is_kept()
    {
        var a = Read(SpecDocuments.MilitaryWikiNoLabels);
        Assert.Equal("Skirmish at Red Ford", a.Title);
        Assert.Null(a.Infobox);
        Assert.StartsWith("The skirmish at Red Ford", a.Lead.Single().Text, StringComparison.Ordinal);
        Assert.Equal("Aftermath", a.Sections.Single().Heading);
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0102");
    }
}

public sealed class NewsSpecTests
{
    [Fact]
    public void Headline_byline_body_bio_tags_comments_and_navigation_are_apart()
    {
        var a = ArticleReaders.Default.Read(SpecDocuments.News, "n");
        Assert.Equal(FormatIds.NewsArticle, a.Format);
        Assert.Equal("Rebels cut the northern road", a.Title);
        Assert.Null(a.Infobox);
        Assert.Equal("Jane Roe", a.Metadata.Author);
        Assert.Equal(["war", "dam", "roads"], a.Metadata.Tags);
        Assert.Equal(2, a.Lead.Count);
        Assert.Equal("On Feb. 3, rebels cut the northern road near Hill Town. Officials said 12 soldiers were killed.", a.Lead[0].Text);
        Assert.Equal("A map of the area can be seen above.", a.Lead[1].Text);
        var s = Assert.Single(a.Sections);
        Assert.Equal(("Fighting around the dam", 2), (s.Heading, s.Level));
        Assert.Equal("The dam has changed hands twice since March.", s.Paragraphs.Single().Text);
        var comments = a.Boilerplate.Where(b => b.Kind == BoilerplateKind.Comment).ToList();
        Assert.Equal(["Sam Pike", "Lia Storm"], comments.Select(c => c.Author));
        Assert.Equal("Good coverage of the fighting.", comments[0].Text);
        Assert.Contains("not on my map", comments[1].Text, StringComparison.Ordinal);
        Assert.Equal(["Latest news", "Weather"], a.Boilerplate.Where(b => b.Kind == BoilerplateKind.SiteChrome).Select(b => b.Text));
        Assert.Contains(a.Boilerplate, b => b.Kind == BoilerplateKind.AuthorBio && b.Text.StartsWith("Jane Roe is a reporter", StringComparison.Ordinal));
        Assert.DoesNotContain(a.Paragraphs, p => p.Text.Contains("reporter", StringComparison.Ordinal) || p.Text.Contains("says", StringComparison.Ordinal));
    }

    [Fact]
    public void A_piped_byline_gives_author_and_publication_date()
    {
        const string doc = "Army enters the valley\n\nBy Jo Park | March 4, 2016 | jo@example.org\n\nThe army entered the valley on Thursday.\n\n3 Comments\n\n  • Al Roe says:\n\n    Finally.\n";
        var a = ArticleReaders.Default.Read(doc, "n", new ReadOptions(FormatIds.NewsArticle));
        Assert.Equal("Jo Park", a.Metadata.Author);
        Assert.Equal("March 4, 2016", a.Metadata.PublicationDateText);
        Assert.Equal(new NodaTime.LocalDate(2016, 3, 4), a.Metadata.PublicationDate!.Value.Earliest);
        Assert.Equal("The army entered the valley on Thursday.", a.Paragraphs.Single().Text);
        Assert.Equal("Al Roe", a.Boilerplate.Single(b => b.Kind == BoilerplateKind.Comment).Author);
    }

    [Fact]
    public void A_headline_directly_followed_by_its_byline_is_still_the_title()
    {
        const string doc = "Army enters the valley\nBy Jo Park\nThe army entered the valley on Thursday.\n";
        var a = ArticleReaders.Default.Read(doc, "n", new ReadOptions(FormatIds.NewsArticle));
        Assert.Equal("Army enters the valley", a.Title);
        Assert.Equal("Jo Park", a.Metadata.Author);
        Assert.Equal("The army entered the valley on Thursday.", a.Paragraphs.Single().Text);
    }

    [Fact]
    public void Two_closing_bios_give_two_authors()
    {
        const string doc = "Valley road reopens\n\nThe road reopened on Monday.\n\nJo Park is a reporter at the Lake Times.\n\nAl Roe is the editor of the Hill Post.\n";
        var a = ArticleReaders.Default.Read(doc, "n", new ReadOptions(FormatIds.NewsArticle));
        Assert.Equal("Jo Park, Al Roe", a.Metadata.Author);
        Assert.Equal("The road reopened on Monday.", a.Paragraphs.Single().Text);
        Assert.Equal(["Jo Park", "Al Roe"], a.Boilerplate.Where(b => b.Kind == BoilerplateKind.AuthorBio).Select(b => b.Author));
    }

    [Fact]
    public void Advertisement_lines_are_chrome()
    {
        const string doc = "Headline here\n\nFirst paragraph.\n\nAdvertisement\n\nSecond paragraph.\n";
        var a = ArticleReaders.Default.Read(doc, "n", new ReadOptions(FormatIds.NewsArticle));
        Assert.Equal(["First paragraph.", "Second paragraph."], a.Paragraphs.Select(p => p.Text));
        Assert.Contains(a.Boilerplate, b => b.Kind == BoilerplateKind.SiteChrome && b.Text == "Advertisement");
    }

    [Fact]
    public void A_long_tags_line_still_ends_the_article()
    {
        var doc = "Headline here\n\nBody text.\n\nTags: " + string.Join(", ", Enumerable.Range(0, 60).Select(i => "tag" + i)) + "\n";
        var a = ArticleReaders.Default.Read(doc, "n", new ReadOptions(FormatIds.NewsArticle));
        Assert.Equal("Body text.", a.Paragraphs.Single().Text);
        Assert.Equal(60, a.Metadata.Tags.Count);
    }

    [Fact]
    public void Emphasis_is_removed_and_spans_still_map_back()
    {
        var a = ArticleReaders.Default.Read(SpecDocuments.News, "n");
        var p = a.Lead[0];
        int at = p.Text.IndexOf("northern road", StringComparison.Ordinal);
        var span = p.ToOriginal(new TextSpan(at, "northern".Length));
        Assert.Equal("northern", SpecDocuments.News.Substring(span.Start, span.Length));
    }
}

public sealed class MarkdownSpecTests
{
    [Fact]
    public void Front_matter_sections_lists_and_junk()
    {
        var a = ArticleReaders.Default.Read(SpecDocuments.Markdown, "m");
        Assert.Equal(FormatIds.MarkdownFrontMatter, a.Format);
        Assert.Equal("Northvale offensive", a.Title);
        Assert.Equal("An offensive by the army against the rebels.", a.Metadata.Description);
        Assert.Equal("Example Author", a.Metadata.Author);
        Assert.Equal("2020-01-02 10:00", a.Metadata.PublicationDateText);
        Assert.Equal(["Lakeland War", "Army\n* Infantry"], a.Metadata.Tags);
        var ib = a.Infobox!;
        Assert.Equal("3 May – 9 June 2015", ib.Date!.Text);
        Assert.Equal(new LocalDate(2015, 6, 9), ib.Date.Period!.Value.End!.Value.Latest);
        Assert.Equal("Northvale", ib.Place);
        Assert.Empty(ib.Sides);
        Assert.Equal("The Northvale offensive was an offensive.", a.Lead.Single().Text);
        Assert.Equal(
            [("Course", 2), ("First phase", 3), ("Second phase", 3), ("See also", 2), ("References", 2)],
            a.Sections.Select(s => (s.Heading, s.Level)));
        Assert.Equal("On 3 May the army advanced towards the hills.", a.Sections[1].Paragraphs.Single().Text);
        Assert.Equal("On 20 May, the rebels retreated.", a.Sections[2].Paragraphs.Single().Text);
        Assert.Equal(["Battle of Southvale", "Hill Campaign"], a.Sections[3].Paragraphs.Select(p => p.Text));
        Assert.All(a.Sections[3].Paragraphs, p => Assert.Equal(ParagraphKind.ListItem, p.Kind));
        Assert.Equal(3, a.UnparsedReferenceEntries);
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0207" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Links_keep_their_text_and_images_are_dropped()
    {
        const string doc = "---\nsubject: Links\n---\nThe [army](https://example.org/army) took ![map](map.png)the hill [2].\n";
        var a = ArticleReaders.Default.Read(doc, "m");
        var p = a.Lead.Single();
        Assert.Equal("The army took the hill .", p.Text);
        var at = p.Text.IndexOf("army", StringComparison.Ordinal);
        var span = p.ToOriginal(new TextSpan(at, 4));
        Assert.Equal("army", doc.Substring(span.Start, span.Length));
        Assert.Equal(2, p.Citations.Single().ReferenceNumber);
    }

    [Fact]
    public void Aliases_are_refused_and_reported()
    {
        var a = ArticleReaders.Default.Read(SpecDocuments.MarkdownAliases, "m");
        Assert.Equal("Alias bomb", a.Title);
        Assert.Equal(3, a.Diagnostics.Count(d => d.Code == "CM0205"));
        Assert.Equal(["x", "x", "x"], a.Metadata.Find("a")!.Values);
        Assert.Equal("deep", a.Metadata.Find("nested.one.two.three")!.Values.Single());
        Assert.Equal("Body text.", a.Lead.Single().Text);
    }

    [Fact]
    public void Invalid_yaml_is_a_diagnostic_and_the_body_is_still_read()
    {
        var a = ArticleReaders.Default.Read(SpecDocuments.MarkdownBadYaml, "m");
        Assert.Contains(a.Diagnostics, d => d.Code == "CM0203" && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("Heading", a.Sections.Single().Heading);
        Assert.Equal("Some text.", a.Sections[0].Paragraphs.Single().Text);
    }

    [Fact]
    public void Deep_nesting_is_limited()
    {
        var deep = "---\nx: " + new string('[', 200) + new string(']', 200) + "\n---\nText.";
        var a = ArticleReaders.Default.Read(deep, "m");
        Assert.Contains(a.Diagnostics, d => d.Code is "CM0204" or "CM0203");
        Assert.Equal("Text.", a.Lead.Single().Text);
    }
}

public sealed class WorldLibrarySpecTests
{
    [Fact]
    public void Reversed_body_restored_headings_references_first_and_footer()
    {
        var a = ArticleReaders.Default.Read(SpecDocuments.WorldLibrary, "w");
        Assert.Equal(FormatIds.WorldLibrary, a.Format);
        Assert.Equal("Hill Campaign", a.Title);
        var ib = a.Infobox!;
        Assert.Equal(["Lakeland War"], ib.PartOf);
        Assert.True(ib.Date!.Period!.Value.IsOngoing);
        Assert.Equal("Lakeland", ib.Place);
        Assert.Null(ib.Result);
        Assert.Equal(["Rebels hold the hills"], ib.ResultDetails);
        Assert.Equal(["Lakeland Army"], ib.Sides[0].Combatants);
        Assert.Equal(["Rebel Front"], ib.Sides[1].Combatants);
        Assert.Equal(["100+ killed", "200+ killed"], ib.Sides.Select(s => s.Casualties.Single().Text));

        Assert.Equal(
            [("Background", 2, false), ("Fighting", 2, true), ("Early phase", 3, true), ("Later phase", 3, true), ("Casualties", 2, false)],
            a.Sections.Select(s => (s.Heading, s.Level, s.HeadingInBody)));
        Assert.Equal(["Tension grew in 2013."], a.Sections[0].Paragraphs.Select(p => p.Text));
        Assert.Empty(a.Sections[1].Paragraphs);
        Assert.Equal(["On 1 January 2014 the army attacked.", "On 2 February 2014 the army attacked again."], a.Sections[2].Paragraphs.Select(p => p.Text));
        Assert.Equal(["In March 2015 the rebels regrouped."], a.Sections[3].Paragraphs.Select(p => p.Text));
        Assert.Equal(["Casualty counts vary between sources."], a.Sections[4].Paragraphs.Select(p => p.Text));

        // paragraphs are numbered in true reading order
        Assert.Equal(Enumerable.Range(0, a.Paragraphs.Count()), a.Paragraphs.Select(p => p.Index));
        Assert.Equal(
            [null, null, "Background", "Early phase", "Early phase", "Later phase", "Casualties"],
            a.ParagraphsWithSections.Select(x => x.Section?.Heading));

        Assert.Equal(2, a.Lead.Count);
        Assert.Equal("The Hill Campaign is a campaign in the hills of", a.Lead[0].Text);
        Assert.Contains(a.Lead[1].Diagnostics, d => d.Code == "CM0302");
        Assert.Contains(a.Lead[0].Diagnostics, d => d.Code == "CM0305");
        Assert.DoesNotContain(a.Sections.SelectMany(s => s.Paragraphs), p => p.Diagnostics.Count > 0);
        Assert.Equal(3, a.References.Count);
        Assert.True(a.References[1].IsEmpty);
        Assert.Equal(("Hills fighting", "Lake Times"), (a.References[0].Title, a.References[0].Publisher));
        Assert.Equal(("Rebels regroup", "Hill Post"), (a.References[2].Title, a.References[2].Publisher));
        Assert.Equal(2, a.Boilerplate.Count(b => b.Kind == BoilerplateKind.Footer));
        Assert.Equal(5, a.Boilerplate.Count(b => b.Kind == BoilerplateKind.TableOfContents));
        Assert.Contains(a.Boilerplate, b => b.Kind == BoilerplateKind.SiteChrome && b.Text == "Email this Article");
    }
}

public sealed class WikiInfoboxSpecTests
{
    [Fact]
    public void Numbered_keys_multi_values_roles_markers_and_unknown_keys()
    {
        var a = ArticleReaders.Default.Read(SpecDocuments.WikiInfobox, "k");
        Assert.Equal(FormatIds.WikiInfobox, a.Format);
        Assert.Equal("Battle of Southvale", a.Title);
        var ib = a.Infobox!;
        Assert.Equal("Battle of Southvale", ib.Conflict);
        Assert.Equal(["Hill Campaign", "Lakeland War"], ib.PartOf);
        Assert.Equal("5–7 August 2016", ib.Date!.Text);
        Assert.Equal(new LocalDate(2016, 8, 7), ib.Date.Period!.Value.End!.Value.Latest);
        Assert.Equal("Southvale, Lakeland", ib.Place);
        Assert.Equal("Rebel victory", ib.Result);
        Assert.Equal("Rebels take the bridge", ib.Territory);
        Assert.Equal(["Rebel Front", "Hill Militia"], ib.Sides[0].Combatants);
        Assert.Equal(["Dan Ash (field commander)", "Eli Vole (deputy)"], ib.Sides[0].Commanders.Select(c => c.Display));
        Assert.Equal(["Eli Vole"], ib.Sides[0].CommandersKilledInAction);
        Assert.Equal(["Gen. Ana Moss"], ib.Sides[1].CommandersKilledInAction);
        Assert.Equal(["1st Brigade", "2nd Battalion"], ib.Sides[0].Units);
        Assert.Equal(["500+ fighters (estimated)", "3 tanks"], ib.Sides[0].Strength.Select(s => s.Text));
        Assert.Equal(("40 killed", "by 6 August"), (ib.Sides[0].Casualties[0].Text, ib.Sides[0].Casualties[0].PeriodText));
        Assert.Equal(("60–70 killed", (string?)null), (ib.Sides[1].Casualties[0].Text, ib.Sides[1].Casualties[0].PeriodText));
        Assert.Equal("9 civilians killed", ib.SharedCasualties.Single().Text);
        var more = Assert.Single(ib.Sides[0].Strength[0].Figures).Estimate;
        Assert.Equal((500L, (long?)null), (more.Low, more.High));
        var range = Assert.Single(ib.Sides[1].Casualties[0].Figures).Estimate;
        Assert.Equal((60L, (long?)70), (range.Low, range.High));
        Assert.Equal("fog", ib.Field("Weather")!.Value);
        Assert.Equal(18, ib.Fields.Count);
        Assert.Equal([("Battle", 2), ("Bridge", 3), ("See also", 2)], a.Sections.Select(s => (s.Heading, s.Level)));
        Assert.Equal(ParagraphKind.ListItem, a.Sections[2].Paragraphs.Single().Kind);
    }
}
