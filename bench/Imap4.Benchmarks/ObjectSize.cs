using System.Reflection;
using System.Runtime.CompilerServices;

namespace Imap4.Benchmarks;

/// <summary>Approximate heap size of an object graph (64-bit runtime), by reflection.</summary>
public static class ObjectSize
{
    private static readonly Dictionary<Type, long> InstanceSizes = [];

    public static HashSet<object> Reachable(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, seen, null);
        return seen;
    }

    /// <summary>Sum of the sizes of objects reachable from <paramref name="root"/> and not in <paramref name="exclude"/>.</summary>
    public static long Measure(object root, HashSet<object> exclude)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(root, seen, exclude);
        long total = 0;
        foreach (object o in seen) total += SizeOf(o);
        return total;
    }

    private static void Walk(object? o, HashSet<object> seen, HashSet<object>? exclude)
    {
        if (o is null || o is Type || (exclude is not null && exclude.Contains(o)) || !seen.Add(o)) return;
        Type t = o.GetType();
        if (t == typeof(string)) return;
        if (o is Array array)
        {
            if (!t.GetElementType()!.IsPrimitive)
                foreach (object? e in array) WalkValue(e, seen, exclude);
            return;
        }
        WalkFields(o, t, seen, exclude);
    }

    private static void WalkFields(object o, Type t, HashSet<object> seen, HashSet<object>? exclude)
    {
        for (Type? c = t; c is not null; c = c.BaseType)
            foreach (FieldInfo f in c.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                if (!f.FieldType.IsPrimitive && !f.FieldType.IsPointer) WalkValue(f.GetValue(o), seen, exclude);
    }

    private static void WalkValue(object? value, HashSet<object> seen, HashSet<object>? exclude)
    {
        if (value is null) return;
        if (value.GetType().IsValueType) WalkFields(value, value.GetType(), seen, exclude); // inline struct: its references
        else Walk(value, seen, exclude);
    }

    private static long SizeOf(object o)
    {
        if (o is string s) return Align(22 + (2L * s.Length));
        if (o is Array a)
        {
            Type e = a.GetType().GetElementType()!;
            long element = e.IsValueType ? Marshal(e) : 8;
            return Align(24 + (element * a.Length));
        }
        Type t = o.GetType();
        if (!InstanceSizes.TryGetValue(t, out long size))
        {
            RuntimeHelpers.GetUninitializedObject(t); // load the type first
            long before = GC.GetAllocatedBytesForCurrentThread();
            RuntimeHelpers.GetUninitializedObject(t);
            size = GC.GetAllocatedBytesForCurrentThread() - before;
            InstanceSizes[t] = size;
        }
        return size;
    }

    private static long Marshal(Type t) => t == typeof(byte) || t == typeof(bool) ? 1 : t == typeof(char) || t == typeof(short) ? 2
        : t == typeof(int) || t == typeof(uint) || t == typeof(float) ? 4 : 8;

    private static long Align(long n) => (n + 7) & ~7L;
}
