using ServiceStandard.DesignSystem.Build;

// dotnet run --project designsystem/ServiceStandard.DesignSystem.Build [-- [--root DIR] [--out DIR] [--check]]
//   --root   the design system folder (default: the nearest designsystem/ with a package.json)
//   --out    where to write the distributable files (default: ROOT/dist); the generated sources
//            css/index.css and js/all.js are always written into ROOT, beside what they list
//   --check  write nothing; exit 1 if the files in --out or the generated sources differ from a fresh build
// Exit codes: 0 built (or up to date), 1 --check found stale files, 2 the sources have errors.
var root = default(string);
var output = default(string);
var check = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--root" when i + 1 < args.Length:
            root = args[++i];
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--check":
            check = true;
            break;
        default:
            Console.Error.WriteLine($"unknown argument {args[i]}; usage: [--root DIR] [--out DIR] [--check]");
            return 2;
    }
}

root ??= FindDesignSystem(Directory.GetCurrentDirectory());
if (root is null)
{
    Console.Error.WriteLine("no designsystem/package.json found above the current folder; pass --root.");
    return 2;
}

output ??= Path.Combine(root, DesignSystemBuild.DistFolder);
var result = DesignSystemBuild.Run(root);
if (!result.Succeeded)
{
    foreach (var diagnostic in result.Diagnostics)
    {
        Console.Error.WriteLine($"{Path.Combine(root, diagnostic.Location.File)}({diagnostic.Location.Line},{diagnostic.Location.Column}): error {diagnostic.Code}: {diagnostic.Message}");
    }

    return 2;
}

if (check)
{
    var stale = result.StaleFilesIn(output).Select(name => Path.Combine(output, name))
        .Concat(result.StaleGeneratedIn(root).Select(name => Path.Combine(root, name)))
        .ToList();
    foreach (var path in stale)
    {
        Console.Error.WriteLine($"{path} is out of date: run {DesignSystemBuild.RegenerateCommand}");
    }

    return stale.Count == 0 ? 0 : 1;
}

result.WriteTo(output);
result.WriteGeneratedTo(root);
Console.WriteLine($"ServiceStandard Design System v{result.Package!.Version}: wrote {string.Join(", ", result.Files.Select(f => f.Name))} to {output}; {string.Join(", ", result.Generated.Select(f => f.Name))} in {root}");
return 0;

static string? FindDesignSystem(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        foreach (var candidate in new[] { directory.FullName, Path.Combine(directory.FullName, "designsystem") })
        {
            if (File.Exists(Path.Combine(candidate, "package.json")) && Directory.Exists(Path.Combine(candidate, "tokens")))
            {
                return candidate;
            }
        }
    }

    return null;
}
