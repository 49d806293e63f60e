using ConflictModel.Tests.Support;

namespace ConflictModel.Tests.SupportTests;

public class SharedDataTests
{
    [SharedFact]
    public void Seeds_AreFiveWithGold()
    {
        Assert.Equal(5, SharedData.SeedIds.Count);
        foreach (var id in SharedData.SeedIds)
        {
            Assert.Equal(id + ".txt", SharedData.Gold(id).GetProperty("file").GetString());
        }
    }
}
