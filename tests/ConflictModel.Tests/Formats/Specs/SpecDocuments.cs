namespace ConflictModel.Tests.Formats.Specs;

/// <summary>Short example documents written for these tests (one or more per format and variant). Invented
/// conflicts and places; no seed text.</summary>
public static class SpecDocuments
{
    public const string MilitaryWiki = """
        Military Wiki
        Battle of Northvale
        Part of the Lakeland War and the Hill Campaign
        Date3 May – 9 June 2015
        (1 month and 6 days)
        LocationNorthvale, Lakeland
        
        Government victory
        
          • Rebels withdraw from the town
        
        Flag of Lakeland.svg Lakeland Army
        
        Hill Militia
        
         Rebel Front
        Commanders and leaders
        Gen. Ana Moss
        (Army commander)
        Col. Ben Ray †
        (Brigade leader)
        Carl Dune
        Dov Fenn (KIA)
        Strength
        1,200 soldiers[1] 800 fighters[2]
        Casualties and losses
        45 killed (3–20 May)[1][2] 120 killed (3 May–9 June)[2]
        12 civilians killed[3]
        
        The Battle of Northvale was fought in 2015.[1] It ended[ citation needed ] in June.
        
        Background
        
        Tension rose in April.[a] Both sides armed.[2]
        
        The battle
        
        First assault
        
        On 3 May, the rebels attacked.[1][3]
        
        Second assault
        
        On 20 May, the army counter-attacked.[2]
        
        
          1. 1.0 1.1 "Rebels attack Northvale". Lake Times. 4 May 2015. Retrieved 5 May 2015.
          2. Army retakes town Hill Post, 21 May 2015
          3. "Civilians flee". Retrieved 6 June 2015.
        
        This page uses Creative Commons Licensed content from Wikipedia (view authors).
        """;

    public const string MilitaryWikiSpacedLabels = """
        Military Wiki
        Siege of Eastport
        Date 1 March 2016 – ongoing
        Location Eastport
        Status Ongoing
        
        Eastport Guard
        
        Coast Raiders
        Casualties and losses
        30 killed
        50 killed
        
        The siege began in March.
        """;

    public const string MilitaryWikiNoLabels = """
        Military Wiki
        Skirmish at Red Ford
        
        The skirmish at Red Ford was a small clash between two patrols in the valley.
        
        Aftermath
        
        Both patrols returned to their bases the same evening.
        """;

    public const string News = """
        Rebels cut the northern road
        
        By Jane Roe
        
        On Feb. 3, rebels cut the **northern** road near Hill Town. Officials said 12 soldiers were killed.
        
        A map of the area can be seen above.
        
        Fighting around the dam
        
        The dam has changed hands twice since March.
        
        Jane Roe is a reporter for the Lake Times covering the war.
        
        Tags: war, dam, , roads
        
          • Sam Pike says:
        
            Good coverage of the fighting.
        
          • Lia Storm says:
        
            Where is the dam exactly?
            It is not on my map.
        
        
        Latest news
        
        Weather
        """;

    public const string Markdown = """
        ---
        subject: Northvale offensive
        description: An offensive by the army
          against the rebels.
        author: Example Author
        pubDate: 2020-01-02 10:00
        tags:
          - Lakeland War
          - |-
            Army
            * Infantry
        date:
          - 3 May – 9 June 2015
        place:
          - Northvale
        ---
        
        The **Northvale offensive** was an offensive.[1]
        
        ## Course
        
        ### First phase
        On 3 May the army advanced
        towards the hills.
        
        ### Second phase
        On 20 May, the rebels __retreated__.
        
        ## See also
         * Battle of Southvale
         * Hill Campaign
        
        ## References
        ## References[object Object]
        [object Object]
        [object Object]
        """;

    public const string MarkdownAliases = """
        ---
        subject: &s Alias bomb
        a: &a ["x", "x", "x"]
        b: [*a, *a, *a]
        nested: {one: {two: {three: deep}}}
        ---
        Body text.
        """;

    public const string MarkdownBadYaml = """
        ---
        subject: [unclosed
        ---
        ## Heading
        Some text.
        """;

    /// <summary>World Library: references first, body reversed (each heading below its paragraphs), a heading missing
    /// from the body (double blank line) restored from the table of contents, a scrambled lead tail, footer.</summary>
    public const string WorldLibrary = """
        World Library  
        Flag as Inappropriate
        Email this Article
        
        Hill Campaign
        
        Hill Campaign
        Part of the Lakeland War
        Date 1 January 2014 – ongoing
        (1 year)
        Location Lakeland
          • Rebels hold the hills
        
        Lakeland Army
        
         Rebel Front
        Casualties and losses
        100+ killed[1] 200+ killed[2]
        
        The Hill Campaign is a campaign in the hills of
        
          1. ^ a b "Hills fighting". Lake Times. 2 January 2014.
          2. ^
          3. ^ Rebels regroup Hill Post, 5 March 2015
        
        
        Casualty counts vary between sources.[3]
        
        
        In March 2015 the rebels regrouped.[3]
        
        Later phase
        
        On 2 February 2014 the army attacked again.
        
        On 1 January 2014 the army attacked.[1]
        
        Early phase
        
        Fighting
        
        Tension grew in 2013.
        
        
        
          • Background 1
          • Fighting 2
            • Early phase 2.1
            • Later phase 2.2
          • Casualties 3
        
        [2].hills and valleys the fought over both sides
        
        This article was sourced from Creative Commons Attribution-ShareAlike License; additional terms may apply.
        Copyright © World Library Foundation. All rights reserved.
        """;

    public const string WikiInfobox = """
        = Battle of Southvale =
        
        Infobox
        - Conflict: Battle of Southvale
        - Partof: the Hill Campaign and the Lakeland War
        - Date: 5–7 August 2016, ()
        - Place: Southvale, Lakeland
        - Result: Rebel victory
        - Territory: Rebels take the bridge
        - Combatant1: Rebel Front, Hill Militia
        - Combatant2: Lakeland Army
        - Commander1: Dan Ash, (field commander), Eli VoleKIA, (deputy)
        - Commander2: Gen. Ana Moss†
        - Units1: * 1st Brigade, ** 20px 2nd Battalion
        - Units2: Guard Regiment
        - Strength1: 500+ fighters (estimated), 3 tanks
        - Strength2: 900 soldiers
        - Casualties1: 40 killed, (by 6 August)
        - Casualties2: 60–70 killed
        - Casualties3: 9 civilians killed
        - Weather: fog
        
        The Battle of Southvale was fought in August 2016.
        
        ==Battle==
        On 5 August, the rebels attacked.
        
        ===Bridge===
        On 6 August, they took the bridge.
        
        ==See also==
        - Hill Campaign
        """;
}
