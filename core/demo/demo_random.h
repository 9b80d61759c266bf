#pragma once

#include <QtGlobal>

#include <iterator>

namespace kontor::demo {

// Deterministic pseudo-random numbers for demo data. std:: distributions are avoided on
// purpose: their output differs between standard libraries, and the same seed must give the
// same database on every platform. xoshiro256** seeded through splitmix64.
//
// Each record gets its own small stream, keyed by (seed, stream, index): record 4711's data
// does not depend on how many random numbers records 0..4710 consumed, so one table can be
// re-derived (e.g. activity times while planning, then the full rows) without replaying others.
class Rng
{
public:
    Rng(quint64 seed, quint64 stream, quint64 index)
    {
        quint64 x = seed ^ (stream * 0x9E3779B97F4A7C15ull);
        x ^= splitmix(index + 0x632BE59BD9B4E019ull);
        for (quint64 &s : m_s)
            s = next64(x);
    }

    static quint64 splitmix(quint64 x) { return next64(x); }

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

    // Uniform in [0, n) by the multiply-shift method (no modulo bias worth noticing here).
    quint32 below(quint32 n) { return n == 0 ? 0 : quint32(((next() >> 32) * quint64(n)) >> 32); }
    qint64 below64(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    // Uniform in [lo, hi], both included.
    int range(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }
    bool chance(int percent) { return int(below(100)) < percent; }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    template<typename Container> const auto &pick(const Container &c)
    {
        return c[below(quint32(std::size(c)))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 next64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 m_s[4];
};

} // namespace kontor::demo
