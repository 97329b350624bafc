namespace SalesForDevs.Rendering.Templates;

/// <summary>One kept output of a partial: the values of its key fields, then its include arguments; compared value by value.</summary>
internal readonly struct PartialKey(object?[] values) : IEquatable<PartialKey>
{
    private readonly object?[] _values = values;

    /// <summary>Text, numbers, true/false and null: values that compare by value and that no page can change.</summary>
    public static bool IsScalar(object? value) =>
        value is null or string or bool or int or long or double or float or decimal or short or byte or uint or ulong;

    public bool Equals(PartialKey other)
    {
        if (_values.Length != other._values.Length) return false;
        for (var i = 0; i < _values.Length; i++)
            if (!Equals(_values[i], other._values[i]) || _values[i]?.GetType() != other._values[i]?.GetType()) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is PartialKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values) hash.Add(value);
        return hash.ToHashCode();
    }
}
