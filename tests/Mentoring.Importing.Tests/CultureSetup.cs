using System.Globalization;
using System.Runtime.CompilerServices;

namespace Mentoring.Importing.Tests;

/// <summary>Tests read English messages unless they choose a culture: pin the default UI culture for every test thread.</summary>
internal static class CultureSetup
{
    [ModuleInitializer]
    internal static void PinEnglish()
    {
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
    }
}
