using System.Text;
using ServiceStandard.Fuzz;
using SharpFuzz;

// usage: ServiceStandard.Fuzz <target>            under afl-fuzz (input on stdin, as SharpFuzz runs it)
//        ServiceStandard.Fuzz <target> <file>...  replays files (a crash AFL++ saved, or the corpus)
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: ServiceStandard.Fuzz <{string.Join('|', FuzzTargets.All.Keys)}> [file...]");
    return 2;
}

if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
    {
        target(File.ReadAllText(file));
        Console.WriteLine($"{file}: ok");
    }

    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var reader = new StreamReader(stream, Encoding.UTF8);
    target(reader.ReadToEnd());
});
return 0;
