using ConflictModel.Recognition;

namespace ConflictModel.Tests.Recognition.Entities;

public sealed class EntityRegistryTests
{
    private static readonly EntityRegistry R = EntityRegistry.Default;

    [Theory]
    [InlineData("isis", "ISIS", "ISIL", "IS", "Islamic State", "Daesh", "Islamic State of Iraq and the Levant", "the Islamic State of Iraq and al-Sham")]
    [InlineData("nusra", "al-Nusra Front", "Jabhat al-Nusra", "Nusra", "Al-Nusra Front", "Jabhat al Nusra", "Nusra Front")]
    [InlineData("syrian-army", "Syrian Army", "Syrian Arab Army", "SAA", "government forces", "Syrian government", "regime", "Syrian Armed Forces")]
    [InlineData("fsa", "FSA", "Free Syrian Army")]
    [InlineData("ypg", "YPG", "People's Protection Units", "People’s Protection Units")]
    [InlineData("sdf", "SDF", "Syrian Democratic Forces")]
    [InlineData("ahrar-ash-sham", "Ahrar ash-Sham", "Ahrar al-Sham", "Ahrar as-Sham")]
    [InlineData("islamic-front", "Islamic Front")]
    [InlineData("ndf", "NDF", "National Defence Forces", "National Defense Forces")]
    [InlineData("republican-guard", "Republican Guard")]
    [InlineData("hezbollah", "Hezbollah", "Hizbollah")]
    [InlineData("us-coalition", "US-led coalition", "U.S.-led coalition")]
    [InlineData("sohr", "SOHR", "Syrian Observatory for Human Rights", "the Syrian Observatory of Human Rights", "Syrian Observatory For Human Rights")]
    [InlineData("sana", "SANA", "state news agency SANA")]
    [InlineData("amaq", "Amaq", "Amaq News Agency")]
    [InlineData("al-masdar", "Al-Masdar", "Al-Masdar News", "al Masdar News")]
    [InlineData("ocha", "OCHA")]
    [InlineData("snhr", "Syrian Network for Human Rights", "Syrian Network for Human rights")]
    [InlineData("afp", "AFP")]
    [InlineData("reuters", "Reuters")]
    [InlineData("lwj", "Long War Journal")]
    [InlineData("deir-ez-zor", "Deir ez-Zor", "Deir Ezzor", "Der-Ezzor", "Deir-ez Zour", "Deir Izzor", "Deir Ez-Zor", "DEIR EZ ZOR", "Deir Iz Zor")]
    [InlineData("abu-kamal", "Abu Kamal", "Albu Kamal", "al-Bokamal", "Al-Bukamal", "al Bukamal")]
    [InlineData("mayadin", "Mayadin", "al-Mayadeen", "Al Mayadin", "Mayadeen")]
    [InlineData("raqqa", "Raqqa", "Ar-Raqqah", "Al-Raqqa", "Raqqah", "ar-Raqqa")]
    [InlineData("aleppo", "Aleppo")]
    [InlineData("hasakah", "Hasakah", "Al-Hasakah", "Al Hasakah", "al-Hasaka")]
    [InlineData("palmyra", "Palmyra", "Tadmur")]
    [InlineData("kobani", "Kobanî", "Kobani", "Ayn al-Arab")]
    [InlineData("idlib", "Idlib")]
    [InlineData("homs", "Homs")]
    [InlineData("hama", "Hama")]
    [InlineData("damascus", "Damascus")]
    [InlineData("latakia", "Latakia")]
    [InlineData("mosul", "Mosul")]
    [InlineData("shuhail", "Shuhail", "Al-Shuhail")]
    [InlineData("al-omar-oil-field", "Al-Omar oil field", "al-Omar oilfield")]
    public void Resolve_EveryVariant_ResolvesToOneEntity(string id, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.Equal(id, R.Resolve(name)?.Id);
        }
    }

    [Theory]
    [InlineData("Deir ez-Zor", "darzur")]
    [InlineData("Deir Ezzor", "darzur")]
    [InlineData("Der-Ezzor", "darzur")]
    [InlineData("Deir-ez Zour", "darzur")]
    [InlineData("Deir Izzor", "darzur")]
    [InlineData("al-Bokamal", "bukamal")]
    [InlineData("Al-Bukamal", "bukamal")]
    [InlineData("Ar-Raqqah", "raka")]
    [InlineData("Raqqa", "raka")]
    [InlineData("al-Mayadeen", "mayadin")]
    [InlineData("Mayadin", "mayadin")]
    [InlineData("Al-Ḥasakah", "hasaka")]
    [InlineData("Kobanî", "kubani")]
    [InlineData("al-Mari’ayyi", "mariayi")]
    [InlineData("  ", "")]
    public void Key_FoldsSpellingVariants(string name, string key)
    {
        Assert.Equal(key, EntityRegistry.Key(name));
    }

    [Fact]
    public void FindAll_LongestMatchAndWordBoundaries()
    {
        var ms = R.FindAll("ISIS is strong; the Islamic State of Iraq and the Levant took Deir ez-Zor from the Free Syrian Army and IS fighters fled to al-Bokamal.");
        Assert.Equal(["isis", "isis", "deir-ez-zor", "fsa", "isis", "abu-kamal"], ms.Select(m => m.Entity.Id));
        Assert.Equal("Islamic State of Iraq and the Levant", ms[1].Text);
        Assert.Equal("Deir ez-Zor", ms[2].Text);
        Assert.Equal("Free Syrian Army", ms[3].Text);
        Assert.Equal("IS", ms[4].Text);
        Assert.Equal("al-Bokamal", ms[5].Text);
    }

    [Fact]
    public void FindAll_ShortCapitalAliasDoesNotMatchLowerCaseOrInsideWords()
    {
        Assert.DoesNotContain(R.FindAll("This is what it is, and so it is."), m => m.Entity.Id == "isis");
        Assert.Empty(R.FindAll("his analysis is thorough"));
        var m = Assert.Single(R.FindAll("Fighters of IS advanced."));
        Assert.Equal("IS", m.Text);
    }

    [Theory]
    [InlineData("On 5 May the fighting went on.")]
    [InlineData("Such attacks, as Turkey noted, continued at an even pace.")]
    public void FindAll_EnglishWordsAreNotNames(string text)
    {
        Assert.DoesNotContain(EntityRegistry.Default.FindAll(text), m => m.Entity.Id is "un" or "isis");
        Assert.All(EntityRegistry.Default.FindAll(text), m => Assert.DoesNotContain(' ', m.Text));
    }

    [Fact]
    public void FindAll_ArticleBeforeAName_IsPartOfTheName()
    {
        var ms = EntityRegistry.Default.FindAll("They moved from al-Mayadeen to Al Raqqa and ash-Shuhail.");
        Assert.Equal(["al-Mayadeen", "Al Raqqa", "ash-Shuhail"], ms.Select(m => m.Text));
    }

    [Fact]
    public void Default_NoTwoEntitiesShareANameKey()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach (var e in EntityRegistry.Default.Entities)
        {
            foreach (var name in e.AllNames)
            {
                string key = EntityRegistry.Key(name);
                if (owners.TryGetValue(key, out var other) && other != e.Id)
                {
                    clashes.Add($"{name} ({e.Id}) vs {other}");
                }

                owners.TryAdd(key, e.Id);
            }
        }

        Assert.Empty(clashes);
    }

    [Fact]
    public void Default_EveryNameResolvesToItsEntity()
    {
        foreach (var e in EntityRegistry.Default.Entities)
        {
            foreach (var name in e.AllNames)
            {
                Assert.Equal(e.Id, EntityRegistry.Default.Resolve(name)?.Id);
            }
        }
    }

    [Fact]
    public void With_AddsEntitiesWithoutChangingTheOriginal()
    {
        var more = R.With([new Entity("liwa-test", "Liwa Example", EntityKind.Actor, new EquatableArray<string>(["Example Brigade"]))]);
        Assert.Equal("liwa-test", more.Resolve("example brigade")?.Id);
        Assert.Null(R.Resolve("Example Brigade"));
        Assert.Equal("isis", more.Resolve("Daesh")?.Id);
    }

    [Fact]
    public void WithJson_LoadsEntities()
    {
        var more = R.WithJson("""[{"id":"x-town","canonicalName":"Xtown","kind":"place","aliases":["Al-Xtown","Ex Town"]}]""");
        var e = more.Resolve("al Xtown");
        Assert.NotNull(e);
        Assert.Equal(EntityKind.Place, e!.Kind);
        Assert.Equal("x-town", Assert.Single(more.FindAll("fighting near Ex Town today")).Entity.Id);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[{\"id\":\"a\"}]")]
    [InlineData("[{\"id\":\"a\",\"canonicalName\":\"A\",\"kind\":\"planet\"}]")]
    [InlineData("not json")]
    public void ParseJson_Invalid_ThrowsArgumentException(string json)
    {
        Assert.Throws<ArgumentException>(() => EntityRegistry.ParseJson(json));
    }
}
