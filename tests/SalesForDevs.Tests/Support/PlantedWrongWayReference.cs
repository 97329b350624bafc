// A deliberate wrong-way reference, for ArchitectureTests to prove it catches one: a Linking type naming an Outputs
// type by its short name, which a search for "SalesForDevs.Outputs" does not see. Never called.
namespace SalesForDevs.Linking
{
    internal static class PlantedWrongWayReference
    {
        public static object Use() => Outputs.SiteOutputs.Fresh;
    }
}
