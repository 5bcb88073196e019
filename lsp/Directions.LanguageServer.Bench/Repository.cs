namespace Directions.LanguageServer.Bench;

/// <summary>Finds the repository (the folder holding Directions.sln) from the current folder or the program's.</summary>
internal static class Repository
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Directions.sln")))
                    return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark inside the repository: Directions.sln was not found above the current folder.");
    }
}
