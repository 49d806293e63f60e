using BenchmarkDotNet.Running;

namespace ConflictModel.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet switcher arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
