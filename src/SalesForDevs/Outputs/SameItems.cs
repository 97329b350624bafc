namespace SalesForDevs.Outputs;

/// <summary>
/// A list as the inputs of a file assembled from parts (<see cref="IOutputCache.Reuse"/>): equal to another when they
/// hold equal items in the same order. With <c>byReference</c>, items are compared by identity, for parts that a
/// cache hands back as the very same objects while they are unchanged.
/// </summary>
internal sealed class SameItems<T>(IReadOnlyList<T> items, bool byReference = false) : IEquatable<SameItems<T>>
{
    public IReadOnlyList<T> Items { get; } = items;

    public bool Equals(SameItems<T>? other)
    {
        if (other is null || other.Items.Count != Items.Count) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Items.Count; i++)
        {
            var same = byReference ? ReferenceEquals(Items[i], other.Items[i]) : comparer.Equals(Items[i], other.Items[i]);
            if (!same) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SameItems<T>);

    public override int GetHashCode() => Items.Count;
}
