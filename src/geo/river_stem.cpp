// A river's point halfway along its stem (see river_stem.hpp).
#include "placeline/geo/river_stem.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <queue>
#include <tuple>

namespace placeline::geo {

namespace {

double km(const LonLat& a, const LonLat& b) {
    constexpr double rad = 3.14159265358979323846 / 180;
    double p1 = a.lat * rad, p2 = b.lat * rad;
    double h = std::pow(std::sin((p2 - p1) / 2), 2) +
               std::cos(p1) * std::cos(p2) * std::pow(std::sin((b.lon - a.lon) * rad / 2), 2);
    return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

double length(const RiverPart& p) {
    double out = 0;
    for (size_t i = 1; i < p.size(); ++i) out += km(p[i - 1], p[i]);
    return out;
}

// The graph of a river: nodes are the parts' ends (ends that meet are one node), edges the parts
// and the bridges across gaps.
struct Edge {
    size_t a, b;
    double km;
    RiverPart line;  // from node a to node b
};

struct Graph {
    std::vector<LonLat> nodes;
    std::vector<Edge> edges;

    size_t node(const LonLat& p) {
        for (size_t i = 0; i < nodes.size(); ++i)
            if (std::abs(nodes[i].lon - p.lon) < 1e-3 && std::abs(nodes[i].lat - p.lat) < 1e-3) return i;
        nodes.push_back(p);
        return nodes.size() - 1;
    }

    // Pieces that do not meet are joined by their closest ends, closest first, until one piece is
    // left (Kruskal's order: every bridge is the shortest that joins two pieces still apart).
    void bridge_gaps() {
        std::vector<size_t> parent(nodes.size());
        std::iota(parent.begin(), parent.end(), 0);
        std::function<size_t(size_t)> root = [&](size_t x) { return parent[x] == x ? x : parent[x] = root(parent[x]); };
        for (const Edge& e : edges) parent[root(e.a)] = root(e.b);
        std::vector<std::tuple<double, size_t, size_t>> links;
        for (size_t i = 0; i < nodes.size(); ++i)
            for (size_t j = i + 1; j < nodes.size(); ++j)
                if (root(i) != root(j)) links.emplace_back(km(nodes[i], nodes[j]), i, j);
        std::sort(links.begin(), links.end());
        for (auto [d, i, j] : links)
            if (root(i) != root(j)) {
                parent[root(i)] = root(j);
                edges.push_back({i, j, d, {nodes[i], nodes[j]}});
            }
    }

    // Shortest ways from `from`: each node's distance and the edge it is reached by.
    void shortest(size_t from, std::vector<double>& dist, std::vector<size_t>& via) const {
        const double inf = std::numeric_limits<double>::infinity();
        dist.assign(nodes.size(), inf);
        via.assign(nodes.size(), edges.size());
        using Item = std::pair<double, size_t>;
        std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
        dist[from] = 0;
        queue.push({0, from});
        while (!queue.empty()) {
            auto [d, u] = queue.top();
            queue.pop();
            if (d > dist[u]) continue;
            for (size_t k = 0; k < edges.size(); ++k) {
                const Edge& e = edges[k];
                if (e.a != u && e.b != u) continue;
                size_t v = e.a == u ? e.b : e.a;
                if (d + e.km < dist[v]) dist[v] = d + e.km, via[v] = k, queue.push({dist[v], v});
            }
        }
    }
};

size_t farthest(const std::vector<double>& dist) {
    size_t best = 0;
    for (size_t i = 1; i < dist.size(); ++i)
        if (std::isfinite(dist[i]) && dist[i] > dist[best]) best = i;
    return best;
}

}  // namespace

bool river_stem_point(const std::vector<RiverPart>& parts, LonLat& out) {
    Graph g;
    for (const RiverPart& p : parts) {
        if (p.empty()) continue;
        size_t a = g.node(p.front()), b = g.node(p.back());
        g.edges.push_back({a, b, length(p), p});
    }
    if (g.nodes.empty()) return false;
    g.bridge_gaps();
    // The longest of the shortest ways between two ends, found by two sweeps: the node farthest
    // from any node is one end of it (exact on a tree, which a river's graph nearly always is).
    std::vector<double> dist;
    std::vector<size_t> via;
    g.shortest(0, dist, via);
    size_t source = farthest(dist);
    g.shortest(source, dist, via);
    size_t mouth = farthest(dist);
    // The stem's lines from the source to the mouth.
    std::vector<RiverPart> stem;
    for (size_t n = mouth; n != source;) {
        const Edge& e = g.edges[via[n]];
        RiverPart line = e.line;
        if (e.b != n) std::reverse(line.begin(), line.end());  // now from the node before n to n
        n = e.b == n ? e.a : e.b;
        stem.push_back(std::move(line));
    }
    std::reverse(stem.begin(), stem.end());
    if (stem.empty()) {  // one point, or a loop: its first point
        out = g.nodes[source];
        return true;
    }
    double half = dist[mouth] / 2, walked = 0;
    for (const RiverPart& line : stem)
        for (size_t i = 1; i < line.size(); ++i) {
            double step = km(line[i - 1], line[i]);
            if (walked + step >= half) {
                double t = step > 0 ? (half - walked) / step : 0;
                out = {line[i - 1].lon + t * (line[i].lon - line[i - 1].lon),
                       line[i - 1].lat + t * (line[i].lat - line[i - 1].lat)};
                return true;
            }
            walked += step;
        }
    out = stem.back().back();
    return true;
}

}  // namespace placeline::geo
