using ConflictModel.Recognition;
using NodaTime;
using NodaTime.Text;

namespace ConflictModel.Tests.Recognition.Dates;

/// <summary>A table of date expressions written for these tests (not taken from the seeds), each with the mention text
/// the recogniser must find and its expected earliest and latest day (<c>null</c> = open end).</summary>
public sealed class DateExpressionTableTests
{
    // context: "-" narrative with nothing known; "h:a/b" narrative with a document period; "news:d" news with a
    // reference date; "ref:d" narrative with a reference date.
    public static TheoryData<string, string, string, string, string> Rows() => new()
    {
        // absolute days, day-month and month-day, abbreviations with and without dots
        { "h:2014-04-10/2014-07-14", "On 10 April, the group attacked the town.", "On 10 April", "2014-04-10", "2014-04-10" },
        { "-", "The group attacked the town on 10 April 2014.", "on 10 April 2014", "2014-04-10", "2014-04-10" },
        { "-", "During a briefing on Jan. 29, 2016, the colonel spoke.", "on Jan. 29, 2016", "2016-01-29", "2016-01-29" },
        { "-", "On Sept 3, 2015 the army advanced.", "On Sept 3, 2015", "2015-09-03", "2015-09-03" },
        { "-", "The convoy left on 3rd March 2015.", "on 3rd March 2015", "2015-03-03", "2015-03-03" },
        { "-", "The convoy left on the 3rd of March 2015.", "on the 3rd of March 2015", "2015-03-03", "2015-03-03" },
        { "-", "It was signed on March 3rd, 2015 in the city.", "on March 3rd, 2015", "2015-03-03", "2015-03-03" },
        { "-", "It was signed on 15th January 2017.", "on 15th January 2017", "2017-01-15", "2017-01-15" },
        { "-", "It was signed on January 15th, 2017.", "on January 15th, 2017", "2017-01-15", "2017-01-15" },
        { "-", "The report (2014-07-01) said so.", "2014-07-01", "2014-07-01", "2014-07-01" },
        { "-", "The siege ended on Feb. 29, 2016.", "on Feb. 29, 2016", "2016-02-29", "2016-02-29" },
        { "-", "At 10:30 on 5 May 2014 a bomb exploded.", "on 5 May 2014", "2014-05-05", "2014-05-05" },
        { "-", "On Tuesday, 5 May 2015, the town fell.", "On Tuesday, 5 May 2015", "2015-05-05", "2015-05-05" },
        { "-", "On 2 June 2014 in the city the group took the base.", "On 2 June 2014", "2014-06-02", "2014-06-02" },

        // months and years
        { "-", "It happened in April 2014.", "in April 2014", "2014-04-01", "2014-04-30" },
        { "-", "The campaign began in Sept. 2016.", "in Sept. 2016", "2016-09-01", "2016-09-30" },
        { "-", "The raid of Dec. 2015 was the largest.", "Dec. 2015", "2015-12-01", "2015-12-31" },
        { "-", "The town fell in 2014.", "in 2014", "2014-01-01", "2014-12-31" },
        { "-", "Bombings continued throughout 2016.", "throughout 2016", "2016-01-01", "2016-12-31" },
        { "-", "In February 2016, talks resumed.", "In February 2016", "2016-02-01", "2016-02-29" },
        { "h:2014-04-10/2014-07-14", "In June the front was quiet.", "In June", "2014-06-01", "2014-06-30" },
        { "-", "In 2014, fighting spread. In May, the army withdrew.", "In May", "2014-05-01", "2014-05-31" },

        // ranges and spans
        { "-", "Fighting raged on 10–11 April 2014.", "on 10–11 April 2014", "2014-04-10", "2014-04-11" },
        { "h:2014-04-10/2014-07-14", "Fighting raged 10-11 April near the river.", "10-11 April", "2014-04-10", "2014-04-11" },
        { "h:2014-04-10/2014-07-14", "From 30 April until 10 May, the rebels held out.", "From 30 April until 10 May", "2014-04-30", "2014-05-10" },
        { "h:2014-04-10/2014-07-14", "From 10 to 11 May, the group advanced.", "From 10 to 11 May", "2014-05-10", "2014-05-11" },
        { "-", "Tension rose between 18–23 September 2013.", "between 18–23 September 2013", "2013-09-18", "2013-09-23" },
        { "h:2014-01-01/2014-12-31", "Between 10 and 12 February, the group withdrew.", "Between 10 and 12 February", "2014-02-10", "2014-02-12" },
        { "-", "Between 28 June 2014 and 28 April 2015, 2,154 people were executed.", "Between 28 June 2014 and 28 April 2015", "2014-06-28", "2015-04-28" },
        { "-", "Between 3 January and 28 June 2014, many died.", "Between 3 January and 28 June 2014", "2014-01-03", "2014-06-28" },
        { "-", "Date: 10 April – 14 July 2014", "10 April – 14 July 2014", "2014-04-10", "2014-07-14" },
        { "-", "Date: 2 January 2014 – ongoing", "2 January 2014 – ongoing", "2014-01-02", "null" },
        { "-", "Date: 23 July – 28 August 2014", "23 July – 28 August 2014", "2014-07-23", "2014-08-28" },
        { "-", "Date: 3–13 December 2014, ()", "3–13 December 2014", "2014-12-03", "2014-12-13" },
        { "-", "The offensive lasted from 2012 to 2014.", "from 2012 to 2014", "2012-01-01", "2014-12-31" },
        { "-", "The siege (2014–2017) ended.", "2014–2017", "2014-01-01", "2017-12-31" },
        { "-", "The 2014–15 winter was harsh.", "2014–15", "2014-01-01", "2015-12-31" },
        { "-", "Talks were held April–June 2014.", "April–June 2014", "2014-04-01", "2014-06-30" },
        { "-", "Talks were held Jan.–Mar. 2016.", "Jan.–Mar. 2016", "2016-01-01", "2016-03-31" },
        { "-", "It ran from December 2014 to January 2015.", "from December 2014 to January 2015", "2014-12-01", "2015-01-31" },
        { "h:2014-12-03/2014-12-13", "In fighting between 25 and 27 December, 40 died.", "between 25 and 27 December", "2014-12-25", "2014-12-27" },
        { "-", "Strikes were reported on 3 and 4 March 2015.", "on 3 and 4 March 2015", "2015-03-03", "2015-03-04" },
        { "news:2017-01-25", "Other statements on Jan. 19 and Jan. 20 showed the fighting.", "on Jan. 19 and Jan. 20", "2017-01-19", "2017-01-20" },
        { "-", "Clashes on Jan. 19–20, 2016 left many dead.", "on Jan. 19–20, 2016", "2016-01-19", "2016-01-20" },

        // parts of months and years, seasons
        { "-", "In early February 2015, the group advanced.", "In early February 2015", "2015-02-01", "2015-02-10" },
        { "h:2015-01-01/2015-12-31", "Mid-March, the army captured the salt mine.", "Mid-March", "2015-03-11", "2015-03-20" },
        { "h:2015-01-01/2015-12-31", "The town fell in mid-March.", "in mid-March", "2015-03-11", "2015-03-20" },
        { "-", "The rebels left in late May 2014.", "in late May 2014", "2014-05-21", "2014-05-31" },
        { "-", "The rebels left in late February 2016.", "in late February 2016", "2016-02-21", "2016-02-29" },
        { "h:2014-01-01/2014-12-31", "In late-July the town fell.", "In late-July", "2014-07-21", "2014-07-31" },
        { "h:2014-01-01/2014-12-31", "At the beginning of October, 29 soldiers were killed.", "At the beginning of October", "2014-10-01", "2014-10-10" },
        { "h:2014-01-01/2014-12-31", "By the end of November, the base had fallen.", "By the end of November", "null", "2014-11-30" },
        { "-", "On 3 May 2014 the siege began; at the end of the month it was lifted.", "at the end of the month", "2014-05-21", "2014-05-31" },
        { "-", "The siege has lasted since mid-2014.", "since mid-2014", "2014-05-01", "null" },
        { "-", "Food ran out in mid-2014.", "in mid-2014", "2014-05-01", "2014-08-31" },
        { "-", "The group expanded in early 2016.", "in early 2016", "2016-01-01", "2016-04-30" },
        { "-", "The group shrank in late 2015.", "in late 2015", "2015-09-01", "2015-12-31" },
        { "-", "The town fell in mid-to-late March 2015.", "in mid-to-late March 2015", "2015-03-11", "2015-03-31" },
        { "-", "The town fell in early to mid 2015.", "in early to mid 2015", "2015-01-01", "2015-08-31" },
        { "-", "The campaign ran from 1 January 2015 to present.", "from 1 January 2015 to present", "2015-01-01", "null" },
        { "-", "Raids took place February 10 to 12, 2015.", "February 10 to 12, 2015", "2015-02-10", "2015-02-12" },
        { "-", "The front moved in summer 2014.", "in summer 2014", "2014-06-01", "2014-08-31" },
        { "-", "In the summer of 2014, the group besieged the town.", "In the summer of 2014", "2014-06-01", "2014-08-31" },
        { "-", "The front froze in winter 2014.", "in winter 2014", "2014-12-01", "2015-02-28" },
        { "-", "Talks resumed in spring 2015.", "in spring 2015", "2015-03-01", "2015-05-31" },

        // bounds
        { "h:2014-04-10/2014-07-14", "By 26 April, some 1,500 rebels were engaged.", "By 26 April", "null", "2014-04-26" },
        { "h:2014-04-10/2014-07-14", "By late May, 3,000 fighters were involved.", "By late May", "null", "2014-05-31" },
        { "-", "The city has been divided since July 2014.", "since July 2014", "2014-07-01", "null" },
        { "h:2014-12-03/2014-12-13", "Since the start of the offensive, 86 soldiers died.", "Since the start of the offensive", "2014-12-03", "null" },
        { "h:2014-12-03/2014-12-13", "The army said 50 died since the start of the ISIL offensive.", "since the start of the ISIL offensive", "2014-12-03", "null" },
        { "-", "Around 10 August 2014, the group began its push.", "Around 10 August 2014", "2014-08-10", "2014-08-10" },
        { "-", "It was built before 5 May 2014.", "before 5 May 2014", "null", "2014-05-04" },
        { "-", "It was rebuilt after 5 May 2014.", "after 5 May 2014", "2014-05-06", "null" },
        { "-", "The road stayed closed until 10 June 2014.", "until 10 June 2014", "null", "2014-06-10" },
        { "-", "The fort was built c. 1990.", "c. 1990", "1990-01-01", "1990-12-31" },

        // time of day in front
        { "-", "On the evening of 2 January 2014, forces attacked.", "On the evening of 2 January 2014", "2014-01-02", "2014-01-02" },
        { "h:2014-12-03/2014-12-13", "At midnight on 12 December, a convoy arrived.", "At midnight on 12 December", "2014-12-12", "2014-12-12" },
        { "h:2014-12-03/2014-12-13", "During the early morning of 6 December, the group attacked.", "During the early morning of 6 December", "2014-12-06", "2014-12-06" },
        { "h:2014-07-23/2014-08-28", "Late in the evening on 23 July, the group attacked.", "Late in the evening on 23 July", "2014-07-23", "2014-07-23" },
        { "h:2014-07-23/2014-08-28", "During the night of 25 July, the base was shelled.", "During the night of 25 July", "2014-07-25", "2014-07-25" },
        { "-", "They struck in the early hours of 14 July 2014.", "in the early hours of 14 July 2014", "2014-07-14", "2014-07-14" },

        // relative dates, chained within the text
        { "h:2014-04-10/2014-07-14", "On 1 May, rebels took the town. The next day, the group returned.", "The next day", "2014-05-02", "2014-05-02" },
        { "h:2014-04-10/2014-07-14", "On 1 May, rebels took it. The next day, the group took the field, and two days later the town.", "two days later", "2014-05-04", "2014-05-04" },
        { "h:2014-04-10/2014-07-14", "On 10 April, the group attacked. A counter-attack the same day failed.", "the same day", "2014-04-10", "2014-04-10" },
        { "h:2014-12-03/2014-12-13", "On 5 December, the group took the village. Later that day, the army struck.", "Later that day", "2014-12-05", "2014-12-05" },
        { "h:2014-12-03/2014-12-13", "On 5 December, the group took it. The army bombed it that day.", "that day", "2014-12-05", "2014-12-05" },
        { "h:2014-01-01/2014-12-31", "By 23 January, the group was in control; the following day it advanced.", "the following day", "2014-01-24", "2014-01-24" },
        { "h:2014-04-10/2014-07-14", "On 11 April, SOHR confirmed executions carried out the previous day.", "the previous day", "2014-04-10", "2014-04-10" },
        { "h:2014-12-03/2014-12-31", "On 17 December, the army struck. Three days later, a new assault began.", "Three days later", "2014-12-20", "2014-12-20" },
        { "h:2014-01-01/2014-12-31", "On 3 February, rebels attacked. The day before, five fighters died.", "The day before", "2014-02-02", "2014-02-02" },
        { "h:2014-12-03/2014-12-13", "On 8 December, 40 were killed during the previous three days.", "during the previous three days", "2014-12-05", "2014-12-07" },
        { "h:2014-04-10/2014-07-14", "26 fighters were killed in the second day of fighting.", "in the second day of fighting", "2014-04-11", "2014-04-11" },
        { "h:2014-04-10/2014-07-14", "The town fell on the third day of the siege.", "on the third day of the siege", "2014-04-12", "2014-04-12" },
        { "-", "On 29 April 2015, fighting erupted where it had stopped the previous month.", "the previous month", "2015-03-01", "2015-03-31" },
        { "h:2014-06-01/2014-06-30", "By 17 June, the group imposed its rule; three days later it left.", "three days later", "2014-06-20", "2014-06-20" },
        { "h:2014-01-01/2014-12-31", "On 7 January, it was revealed that they had died during the previous evening.", "during the previous evening", "2014-01-06", "2014-01-06" },
        { "-", "On 3 May 2014 the town fell. The next morning the army returned.", "The next morning", "2014-05-04", "2014-05-04" },
        { "-", "On 3 May 2014 the town fell. That night the army returned.", "That night", "2014-05-03", "2014-05-03" },
        { "-", "On 3 May 2014 the town fell. A week later the army returned.", "A week later", "2014-05-10", "2014-05-10" },
        { "-", "On 3 May 2014 the town fell. Two weeks later the army returned.", "Two weeks later", "2014-05-17", "2014-05-17" },
        { "-", "On 3 May 2014 the town fell. A month later the army returned.", "A month later", "2014-06-01", "2014-06-30" },
        { "-", "In March 2014 the town fell. The following year the army returned.", "The following year", "2015-01-01", "2015-12-31" },
        { "-", "On 3 May 2014 the town fell, and that year the army returned.", "that year", "2014-01-01", "2014-12-31" },

        // year carried forward, rollover, flashbacks
        { "h:2014-12-03/2014-12-13", "On 30 December, the army attacked. On 2 January, the group withdrew.", "On 2 January", "2015-01-02", "2015-01-02" },
        { "-", "On 5 August 2014 they attacked. On 25 November 2013, they had taken it. On 14 August they left.", "On 14 August", "2014-08-14", "2014-08-14" },
        { "-", "On 5 January 2014 they rescued a man held since December 2013. On 6 January, they left.", "On 6 January", "2014-01-06", "2014-01-06" },
        { "-", "In 2014, the group grew. On 10 April, it attacked.", "On 10 April", "2014-04-10", "2014-04-10" },

        // halves, quarters, weeks, decades, lists, hedged leads
        { "-", "The offensive stalled in the first half of 2015.", "in the first half of 2015", "2015-01-01", "2015-06-30" },
        { "-", "Prices rose in the second half of 2015.", "in the second half of 2015", "2015-07-01", "2015-12-31" },
        { "-", "Losses peaked in the third quarter of 2016.", "in the third quarter of 2016", "2016-07-01", "2016-09-30" },
        { "-", "Talks began in the first week of March 2015.", "in the first week of March 2015", "2015-03-01", "2015-03-07" },
        { "-", "Talks ended in the last week of February 2016.", "in the last week of February 2016", "2016-02-23", "2016-02-29" },
        { "-", "The town was contested throughout the 1990s.", "throughout the 1990s", "1990-01-01", "1999-12-31" },
        { "-", "The group formed in the early 2000s.", "in the early 2000s", "2000-01-01", "2003-12-31" },
        { "-", "Raids took place in March and April 2015.", "in March and April 2015", "2015-03-01", "2015-04-30" },
        { "-", "Raids took place in 2014 and 2015.", "in 2014 and 2015", "2014-01-01", "2015-12-31" },
        { "-", "The attack happened on or about 10 August 2014.", "on or about 10 August 2014", "2014-08-10", "2014-08-10" },
        { "-", "The report was filed on or before 3 June 2015.", "on or before 3 June 2015", "null", "2015-06-03" },
        { "-", "As of 5 June 2015, the front held.", "As of 5 June 2015", "2015-06-05", "2015-06-05" },
        { "-", "The fighting lasted from late December 2014 to early January 2015.", "from late December 2014 to early January 2015", "2014-12-21", "2015-01-10" },
        { "-", "The fighting lasted from mid-May to early June 2015.", "from mid-May to early June 2015", "2015-05-11", "2015-06-10" },
        { "-", "Clashes on Sept. 30–Oct. 2, 2016 left many dead.", "on Sept. 30–Oct. 2, 2016", "2016-09-30", "2016-10-02" },
        { "h:2014-07-01/2014-07-31", "On the night of 25–26 July, the base was shelled.", "On the night of 25–26 July", "2014-07-25", "2014-07-26" },
        { "-", "The report is dated 2015/03/04.", "2015/03/04", "2015-03-04", "2015-03-04" },
        { "-", "The rebels have fought the group since March 2011.", "since March 2011", "2011-03-01", "null" },
        { "-", "The campaign (March 2011 – present) goes on.", "March 2011 – present", "2011-03-01", "null" },
        { "h:2014-01-01/2014-12-31", "August saw heavy fighting.", "August", "2014-08-01", "2014-08-31" },
        { "-", "On 3 May 2014 the town fell. A few days later the army returned.", "A few days later", "2014-05-05", "2014-05-07" },
        { "-", "On 3 May 2014 the town fell. Several days later the army returned.", "Several days later", "2014-05-06", "2014-05-10" },
        { "-", "In March 2014 the town fell; later in the month the army returned.", "later in the month", "2014-03-01", "2014-03-31" },

        // news anchoring
        { "news:2017-01-20", "On Jan. 15, the group launched an offensive.", "On Jan. 15", "2017-01-15", "2017-01-15" },
        { "news:2017-01-20", "On Jan 15 the group launched an offensive.", "On Jan 15", "2017-01-15", "2017-01-15" },
        { "news:2017-01-20", "On Dec. 30, the group launched an offensive.", "On Dec. 30", "2016-12-30", "2016-12-30" },
        { "news:2017-01-20", "The group launched an offensive in March.", "in March", "2016-03-01", "2016-03-31" },
        { "news:2017-01-20", "Officials said yesterday that the road was cut.", "yesterday", "2017-01-19", "2017-01-19" },
        { "news:2017-01-20", "The road was cut today.", "today", "2017-01-20", "2017-01-20" },
        { "news:2017-01-20", "The road was cut on Monday.", "on Monday", "2017-01-16", "2017-01-16" },
        { "news:2017-01-20", "The road was cut two days ago.", "two days ago", "2017-01-18", "2017-01-18" },
        { "news:2017-01-20", "The road was cut last month.", "last month", "2016-12-01", "2016-12-31" },
        { "news:2017-01-20", "The jets bombed the wells this month.", "this month", "2017-01-01", "2017-01-31" },
        { "news:2017-01-20", "The jets bombed the wells this year.", "this year", "2017-01-01", "2017-12-31" },
        { "ref:2017-01-20", "In the city, the group attacked on Jan. 16.", "on Jan. 16", "2017-01-16", "2017-01-16" },
        { "ref:2014-12-31", "On 10 April, the group attacked.", "On 10 April", "2014-04-10", "2014-04-10" },
        { "ref:2014-12-31", "On 10 April, the group attacked; by late May it held the town.", "by late May", "null", "2014-05-31" },
        { "ref:2015-02-15", "On 20 December the siege began. On 27 January it ended.", "On 27 January", "2015-01-27", "2015-01-27" },
        { "news:2017-01-20", "The road was cut last week.", "last week", "2017-01-13", "2017-01-19" },
        { "news:2017-01-20", "The road will reopen next week.", "next week", "2017-01-21", "2017-01-27" },
        { "news:2017-01-20", "Strikes were carried out earlier this month.", "earlier this month", "2017-01-01", "2017-01-31" },
        { "news:2017-01-20", "In the past three days, 40 were killed.", "In the past three days", "2017-01-17", "2017-01-20" },
        { "news:2017-01-20", "The town fell a year ago.", "a year ago", "2016-01-01", "2016-12-31" },
        { "news:2017-01-20", "The town fell two weeks ago.", "two weeks ago", "2017-01-06", "2017-01-06" },
        { "news:2017-01-20", "The town was shelled last night.", "last night", "2017-01-19", "2017-01-19" },
        { "news:2017-01-20", "Clashes late last month left 40 dead.", "late last month", "2016-12-21", "2016-12-31" },
        { "news:2017-01-18", "Old tanks from the 1980s were used; on Wednesday the shelling stopped.", "on Wednesday", "2017-01-18", "2017-01-18" },
        { "-", "In 2014 the group grew. The next day nothing happened.", "The next day", "null", "null" },
        { "-", "In 2014 the group grew. The following year it shrank.", "The following year", "2015-01-01", "2015-12-31" },
        { "news:2017-01-20", "The town was shelled this morning.", "this morning", "2017-01-20", "2017-01-20" },
        { "-", "On 3 May 2014 the town fell. 48 hours later the army returned.", "48 hours later", "2014-05-05", "2014-05-05" },
        { "-", "On 3 May 2014 the town fell. 36 hours later the army returned.", "36 hours later", "2014-05-04", "2014-05-05" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Expression_ResolvesToExpectedDays(string context, string text, string target, string earliest, string latest)
    {
        var mentions = DateRecognizer.Default.Recognize(text, Context(context));
        var m = Assert.Single(mentions, x => x.Text == target);
        Assert.Equal(Parse(earliest), m.Date.Earliest);
        Assert.Equal(Parse(latest), m.Date.Latest);
    }

    public static TheoryData<string, string> NotDates() => new()
    {
        { "They may attack the town.", "may" },
        { "In October 29 soldiers were killed.", "29" },
        { "By late May, 3,000 fighters were involved.", "3,000" },
        { "2,014 fighters were involved.", "2,014" },
        { "2014 fighters were involved.", "2014" },
        { "The group held 95% of the city.", "95" },
        { "The group held 50 percent of the city.", "50" },
        { "About 20 fighters were killed.", "20" },
        { "Between 10 and 15 soldiers died.", "10" },
        { "The fighters marched 12 km to the town.", "12" },
        { "He said the march on the town would begin.", "march" },
        { "The ratio was 3.5 to 1.", "3.5" },
        { "On 31 February the town fell.", "31 February" },
        { "The convoy of 13–14 trucks arrived.", "13" },
        { "Resolution 2254 was adopted.", "2254" },
        { "The attack began at 1800 hours.", "1800" },
        { "The Sunday Times reported the attack.", "Sunday" },
        { "Jan Egeland said aid was blocked.", "Jan" },
        { "April Glaspie met the president.", "April" },
        { "The 17th and 93rd Brigades attacked.", "17th" },
        { "Between 20 and 30 fighters were killed.", "20" },
        { "May God protect them, he said.", "May" },
    };

    [Theory]
    [MemberData(nameof(NotDates))]
    public void NotADate_IsNotRecognised(string text, string notDate)
    {
        int at = text.IndexOf(notDate, StringComparison.Ordinal);
        var mentions = DateRecognizer.Default.Recognize(text, new DateContext(DateAnchorMode.Narrative, null,
            UncertainDate.InYear(2014)));
        Assert.DoesNotContain(mentions, m => m.Span.Start < at + notDate.Length && m.Span.End > at && m.Kind != DateMentionKind.Duration);
    }

    [Theory]
    [InlineData("The siege lasted three months.", "three months", 0, 3, 0)]
    [InlineData("The offensive (2 years, 2 weeks and 5 days) goes on.", "2 years, 2 weeks and 5 days", 2, 0, 19)]
    [InlineData("In the two and a half years since, they clashed.", "two and a half years", 2, 6, 0)]
    [InlineData("The offensive (3 months, 2 weeks and 1 day) ended.", "3 months, 2 weeks and 1 day", 0, 3, 15)]
    public void Duration_IsRecognisedAsDuration(string text, string target, int years, int months, int days)
    {
        var m = Assert.Single(DateRecognizer.Default.Recognize(text, DateContext.Default), x => x.Text == target);
        Assert.Equal(DateMentionKind.Duration, m.Kind);
        Assert.False(m.IsResolved);
        var d = m.Duration!.Normalize();
        Assert.Equal((years, months, days), (d.Years, d.Months, (int)d.Days + (7 * d.Weeks)));
    }

    [Fact]
    public void BetweenIsOneOf_FromToLasts()
    {
        var ctx = new DateContext(DateAnchorMode.Narrative, null, UncertainDate.InYear(2014));
        var between = Assert.Single(DateRecognizer.Default.Recognize("Between 10 and 12 February, the group withdrew.", ctx));
        var from = Assert.Single(DateRecognizer.Default.Recognize("From 10 to 12 February, the group withdrew.", ctx));
        Assert.Null(between.Period);
        Assert.Equal(DateStatedAs.OneOfRange, between.Date.StatedAs);
        Assert.Equal(DateMentionKind.DayRange, between.Kind);
        Assert.NotNull(from.Period);
        Assert.Equal(new LocalDate(2014, 2, 10), from.Period!.Value.Start.Earliest);
        Assert.Equal(new LocalDate(2014, 2, 12), from.Period!.Value.End!.Value.Latest);
        Assert.Equal(between.Date.Earliest, from.Date.Earliest);
        Assert.Equal(between.Date.Latest, from.Date.Latest);
    }

    [Fact]
    public void NoYearAnywhere_IsKeptUnresolvedWithDiagnostic()
    {
        var m = Assert.Single(DateRecognizer.Default.Recognize("On 10 April, the group attacked.", DateContext.Default));
        Assert.Equal("On 10 April", m.Text);
        Assert.False(m.IsResolved);
        Assert.Equal(DateYearSource.Unknown, m.YearSource);
        Assert.Equal("CM0402", m.Diagnostic!.Code);
    }

    [Fact]
    public void YearFromLaterMention_IsMarkedInferred()
    {
        var ms = DateRecognizer.Default.Recognize("On 10 April, the group attacked. The war of 2014 went on.", DateContext.Default);
        var m = Assert.Single(ms, x => x.Text == "On 10 April");
        Assert.Equal(new LocalDate(2014, 4, 10), m.Date.Earliest);
        Assert.True(m.Date.YearInferred);
        Assert.Equal(DateYearSource.Inferred, m.YearSource);
        Assert.Equal(DiagnosticSeverity.Warning, m.Diagnostic!.Severity);
    }

    [Fact]
    public void PresentInferredFromDurationSince_AnchorsYearlessDates()
    {
        var paragraphs = new[]
        {
            "On Jan. 15, the group launched an offensive. The city has been divided since July 2014. In the two and half years since, they clashed.",
            "An infographic produced in early January listed attacks throughout 2016.",
            "The jets bombed the wells this month.",
        };
        var ms = DateRecognizer.Default.RecognizeParagraphs(paragraphs, DateContext.Default);
        var jan15 = Assert.Single(ms[0], x => x.Text == "On Jan. 15");
        Assert.Equal(new LocalDate(2017, 1, 15), jan15.Date.Earliest);
        Assert.Equal(DateYearSource.Inferred, jan15.YearSource);
        Assert.True(jan15.Date.YearInferred);
        Assert.Equal(new LocalDate(2017, 1, 1), Assert.Single(ms[1], x => x.Text == "in early January").Date.Earliest);
        Assert.Equal(new LocalDate(2016, 12, 31), Assert.Single(ms[1], x => x.Text == "throughout 2016").Date.Latest);
        Assert.Equal(new LocalDate(2017, 1, 31), Assert.Single(ms[2]).Date.Latest);
    }

    [Fact]
    public void PresentInferredFromOngoingPeriodAndItsDuration()
    {
        var ms = DateRecognizer.Default.RecognizeParagraphs(
            ["Date 2 January 2014 – ongoing (2 years, 2 weeks and 5 days)", "The jets bombed the wells this month."],
            DateContext.Default);
        var thisMonth = Assert.Single(ms[1]);
        Assert.Equal(new LocalDate(2016, 1, 1), thisMonth.Date.Earliest);
        Assert.Equal(new LocalDate(2016, 1, 31), thisMonth.Date.Latest);
        Assert.Equal(DateYearSource.Inferred, thisMonth.YearSource);
    }

    [Fact]
    public void ExtremeDates_DoNotThrow()
    {
        var contexts = new[]
        {
            new DateContext(DateAnchorMode.Narrative, null, UncertainDate.FromBounds(new LocalDate(1, 1, 1), new LocalDate(1, 12, 31))),
            new DateContext(DateAnchorMode.Narrative, new LocalDate(9999, 12, 31), UncertainDate.InYear(9999)),
            DateContext.News(new LocalDate(1, 1, 1)),
            DateContext.News(new LocalDate(9999, 12, 31)),
        };
        const string text = "On 5 January, x. Three days later y; the previous day; 999 days later; the following year; next week; " +
                            "In 9999, z. On 31 December 9999 the next day. since 1000 (999 years, 999 years and 999 days since) the day before.";
        foreach (var ctx in contexts)
        {
            var ms = DateRecognizer.Default.RecognizeParagraphs([text, "On 2 January, then 999 days earlier, the same day."], ctx);
            Assert.Equal(2, ms.Count);
            Assert.NotEmpty(ms[0]);
        }
    }

    [Fact]
    public void RelativeInNewParagraph_UsesPreviousParagraph_UnlessTimeMovedOn()
    {
        var ctx = new DateContext(DateAnchorMode.Narrative, null, UncertainDate.InYear(2014));
        var ms = DateRecognizer.Default.RecognizeParagraphs(
            ["On 26 July, the group took the base.", "On the same day, the group took the town.", "Later, the army said the previous day had been calm."],
            ctx);
        var same = Assert.Single(ms[1]);
        Assert.Equal(new LocalDate(2014, 7, 26), same.Date.Earliest);
        Assert.Equal("CM0404", same.Diagnostic!.Code);
        var previous = Assert.Single(ms[2]);
        Assert.Equal("the previous day", previous.Text);
        Assert.False(previous.IsResolved);
    }

    [Fact]
    public void ParsePeriod_ReadsInfoboxCells()
    {
        var r = DateRecognizer.Default;
        var a = r.ParsePeriod("10 April – 14 July 2014", DateContext.Default)!.Value;
        Assert.Equal((new LocalDate(2014, 4, 10), new LocalDate(2014, 7, 14)), (a.Start.Earliest!.Value, a.End!.Value.Latest!.Value));
        var b = r.ParsePeriod("3–13 December 2014, ()", DateContext.Default)!.Value;
        Assert.Equal("3–13 December 2014", b.Text);
        Assert.Equal(new LocalDate(2014, 12, 13), b.End!.Value.Latest);
        var c = r.ParsePeriod("2 January 2014 – ongoing", DateContext.Default)!.Value;
        Assert.True(c.IsOngoing);
        Assert.Null(c.End);
        Assert.Equal("2014-01-02/..", Edtf.Format(c));
        var d = r.ParsePeriod("Date10 April – 14 July 2014", DateContext.Default)!.Value;
        Assert.Equal(new LocalDate(2014, 4, 10), d.Start.Earliest);
        var e = r.ParsePeriod("23 July – 28 August 2014", DateContext.Default)!.Value;
        Assert.Equal("2014-07-23/2014-08-28", Edtf.Format(e));
        Assert.Null(r.ParsePeriod("unknown", DateContext.Default));
        Assert.Null(r.ParsePeriod(string.Empty, DateContext.Default));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>("text", () => DateRecognizer.Default.Recognize(null!, DateContext.Default));
        Assert.Throws<ArgumentNullException>("context", () => DateRecognizer.Default.Recognize("x", null!));
        Assert.Throws<ArgumentNullException>("paragraphs", () => DateRecognizer.Default.RecognizeParagraphs(null!, DateContext.Default));
        Assert.Throws<ArgumentException>("paragraphs", () => DateRecognizer.Default.RecognizeParagraphs(["a", null!], DateContext.Default));
    }

    [Fact]
    public void Spans_PointAtTheText()
    {
        const string text = "After clashes, on 7 August 2014 and again the next day, the group advanced.";
        foreach (var m in DateRecognizer.Default.Recognize(text, DateContext.Default))
        {
            Assert.Equal(m.Text, m.Span.Slice(text));
        }

        Assert.Equal(2, DateRecognizer.Default.Recognize(text, DateContext.Default).Count);
    }

    internal static DateContext Context(string code)
    {
        if (code == "-")
        {
            return DateContext.Default;
        }

        int colon = code.IndexOf(':', StringComparison.Ordinal);
        string kind = code[..colon];
        string value = code[(colon + 1)..];
        switch (kind)
        {
            case "h":
                var parts = value.Split('/');
                return new DateContext(DateAnchorMode.Narrative, null,
                    UncertainDate.FromBounds(Parse(parts[0]), Parse(parts[1])));
            case "news":
                return DateContext.News(Parse(value)!.Value);
            case "ref":
                return new DateContext(DateAnchorMode.Narrative, Parse(value));
            default:
                throw new ArgumentException($"unknown context code '{code}'", nameof(code));
        }
    }

    private static LocalDate? Parse(string s) => s == "null" ? null : LocalDatePattern.Iso.Parse(s).Value;
}
