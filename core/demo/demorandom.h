#pragma once

// The demo generator's own random numbers. std:: distributions differ between standard
// libraries, so they would break "same seed, same data" across platforms; these are
// defined bit for bit here (splitmix64 seeding, xoshiro256**).

#include <QList>
#include <QtGlobal>

#include <cmath>

namespace Patron::DemoRandom {

inline quint64 mix(quint64 z)
{
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// A stream of numbers for one purpose (domain) and one thing (index): every customer has
/// its own stream, so its data does not depend on batch sizes or on what came before.
class Rng
{
public:
    Rng(quint64 seed, quint64 domain, quint64 index)
    {
        quint64 x = mix(seed ^ mix(domain ^ mix(index)));
        for (quint64 &s : m_s) {
            x += 0x9E3779B97F4A7C15ull;
            s = mix(x);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// [0, n)
    int below(int n) { return n <= 0 ? 0 : int(uniform() * n); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : qint64(uniform() * double(n)); }
    /// [lo, hi]
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box–Muller, one value per call).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    /// Log-normal with the given median.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    /// Exponential with the given mean.
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    /// floor(x) or floor(x)+1 so that the expectation is x.
    qint64 roundStochastic(double x)
    {
        const double f = std::floor(x);
        return qint64(f) + (uniform() < x - f ? 1 : 0);
    }

    template<typename List>
    const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

/// Picks indexes in proportion to weights (cumulative table, binary search).
class WeightedIndex
{
public:
    WeightedIndex() = default;
    template<typename List, typename WeightOf>
    WeightedIndex(const List &items, WeightOf weightOf)
    {
        double sum = 0;
        for (const auto &item : items) {
            sum += weightOf(item);
            m_cumulative << sum;
        }
    }
    int pick(Rng &rng) const
    {
        const double x = rng.uniform() * m_cumulative.last();
        qsizetype lo = 0, hi = m_cumulative.size() - 1;
        while (lo < hi) {
            const qsizetype mid = (lo + hi) / 2;
            if (m_cumulative.at(mid) > x)
                hi = mid;
            else
                lo = mid + 1;
        }
        return int(lo);
    }

private:
    QList<double> m_cumulative;
};

} // namespace Patron::DemoRandom
