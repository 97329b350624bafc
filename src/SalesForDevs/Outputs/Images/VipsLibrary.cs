using System.Reflection;
using System.Runtime.InteropServices;
using NetVips;

namespace SalesForDevs.Outputs.Images;

/// <summary>
/// Starts libvips on first use. NetVips starts it from a module initializer, which the just-in-time runtime runs when
/// NetVips is first touched but a Native AOT sfd would run at every start, loading the 18 MB library into builds that
/// have no image. The native build therefore compiles that initializer to nothing (ILLink.Substitutions.xml in the
/// CLI project) and this does the same work when a copy is first made; where the initializer did run, it does nothing.
/// </summary>
internal static class VipsLibrary
{
    private static readonly Lock Gate = new();

    public static void EnsureStarted()
    {
        lock (Gate)
        {
            if (ModuleInitializer.VipsInitialized || ModuleInitializer.Exception is not null) return;
            // NetVips names its libraries as on Windows, where glib is linked into libvips; elsewhere one shared
            // library holds them all, so every name resolves to it (as NetVips' own resolver does).
            NativeLibrary.SetDllImportResolver(typeof(ModuleInitializer).Assembly, Resolve);
            try
            {
                ModuleInitializer.VipsInitialized = NetVips.NetVips.Init();
                if (!ModuleInitializer.VipsInitialized)
                {
                    ModuleInitializer.Exception = new VipsException("unable to initialize libvips");
                    return;
                }
                ModuleInitializer.Version = (NetVips.NetVips.Version(0, false) << 16) + (NetVips.NetVips.Version(1, false) << 8) + NetVips.NetVips.Version(2, false);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
            {
                ModuleInitializer.Exception = e;
            }
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var name = OperatingSystem.IsWindows() ? "libvips-42.dll" : OperatingSystem.IsMacOS() ? "libvips.42.dylib" : "libvips.so.42";
        return NativeLibrary.TryLoad(name, assembly, searchPath, out var handle) ? handle : 0;
    }
}
