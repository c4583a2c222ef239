"""Text similarity between actions: light stemming, the field's phrases and synonyms, and
TF-IDF (sublinear tf, IDF over every action with its outcomes, tasks and objective) with
cosine scores.

Pairs are never formed all-against-all. Prefix filtering (as in Bayardo et al.'s All-Pairs)
finds them exactly: terms are ranked from rarest to commonest, and each action is indexed only
by its rarer terms, stopping where the norm of the commonest terms left over falls below the
threshold, since two actions can only reach the threshold if they share an indexed term. The
candidates come from a sparse product of those prefixes, in row blocks sized by how many
candidates they can produce; a cheap bound drops most of them and the rest are scored exactly.
Nothing above the threshold is missed, and common words cost nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from graphmodel import Node, normalise_name
from queries.actions import plan_of, text_of, texts_of
from queries.vocabulary import BOILERPLATE, DISPLAY, PHRASES, STOP_WORDS, SYNONYM_GROUPS

#: Largest candidate block held in memory at once (non-zeros of the sparse product).
BLOCK_BUDGET = 4_000_000
_CHUNK = 200_000
#: Most cells of one dense area-by-rows score block in `similar_rows`.
_PRODUCT_CELLS = 2_000_000
#: Weight of an action's own words against the outcomes, tasks and objective around it.
FIELD_WEIGHTS = {
    "text": 1.0,
    "tasks": 0.5,
    "outcomes": 0.5,
    "kpi": 0.5,
    "objective": 0.5,
    "theme": 0.5,
}

_WORD = re.compile(r"[a-z0-9]+")
_GAPS = re.compile(r"[^a-z0-9]+")


def _spaced(text: str) -> str:
    """Lower case, apostrophes dropped, every other run of punctuation and space one space."""
    return _GAPS.sub(" ", text.lower().replace("’", "").replace("'", "")).strip()


_PHRASES = {_spaced(p): v for p, v in PHRASES.items()}
_PHRASE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")\b"
)


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """A light, rule-based stem: plurals, -ing/-ed, -ation, -ment, -ly and a final e, so
    "mapping", "mapped" and "maps" meet, as do "organise" and "organisation"."""
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("isation", "ization", "ation", "ment", "ing", "ed", "ly"):
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= 3 and re.search(r"[aeiouy]", base):
            if suffix in ("isation", "ization"):
                base += "is"
            word = base
            doubled = len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz"
            if suffix in ("ing", "ed") and doubled:
                word = word[:-1]
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


_BOILERPLATE_STEMS = frozenset(BOILERPLATE) | {stem(w) for w in BOILERPLATE}
_SYNONYMS = {stem(w): stem(group[0]) for group in SYNONYM_GROUPS for w in group}


def words(text: str, ignore: frozenset[str] = frozenset()) -> Iterator[tuple[str, str]]:
    """(term, surface word) for every meaningful word of `text`, in order; words in
    `ignore` (place names of the corpus) are dropped too."""
    lowered = _PHRASE.sub(lambda m: f" {_PHRASES[m.group(1)]} ", _spaced(text))
    for word in _WORD.findall(lowered):
        if len(word) < 2 or word in STOP_WORDS or word in BOILERPLATE or word in ignore:
            continue
        if any(ch.isdigit() for ch in word):
            continue
        if word in DISPLAY:
            yield word, DISPLAY[word]
            continue
        term = stem(word)
        if term in _BOILERPLATE_STEMS:
            continue
        yield _SYNONYMS.get(term, term), word


def terms(text: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    return [t for t, _ in words(text, ignore)]


def place_words(names: Iterable[str | None]) -> frozenset[str]:
    """The words of region names: every action of a region repeats them, so they say where,
    not what, and would only dilute comparisons across regions."""
    found = set()
    for name in names:
        found.update(w for w in _WORD.findall((name or "").lower()) if w not in STOP_WORDS)
    return frozenset(found)


def sublinear(count: float) -> float:
    return 1.0 + math.log(count) if count >= 1.0 else count


def action_fields(node: Node) -> dict[str, list[str]]:
    """The text of an action that says what need it addresses, by field."""
    return {
        "text": [text_of(node.get("text")) or node.name],
        "tasks": texts_of(node.get("tasks")),
        "outcomes": texts_of(node.get("outcomes")),
        "kpi": texts_of(node.get("kpi")),
        "objective": texts_of(node.get("objective")),
        "theme": texts_of(node.get("theme")),
    }


def _key(value: str | None) -> str:
    return normalise_name(value or "").removeprefix("region ").strip()


@dataclass
class PairSet:
    """Pairs of rows (i < j) at or above a threshold, best first."""

    rows_a: np.ndarray
    rows_b: np.ndarray
    scores: np.ndarray

    def __len__(self) -> int:
        return int(self.scores.size)


@dataclass
class SimilarityIndex:
    """TF-IDF rows of every action, for pairs, lookups and explanations."""

    nodes: list[Node]
    plans: list[str]
    regions: list[str | None]
    themes: list[str | None]
    matrix: sp.csr_matrix
    vocabulary: dict[str, int]
    idf: np.ndarray
    df: np.ndarray
    surface: list[str]
    places: frozenset[str] = frozenset()
    _pairs: dict[tuple[float, int], PairSet] = field(default_factory=dict)

    @classmethod
    def build(cls, actions: Iterable[Node], plan_regions: dict[str, str]) -> SimilarityIndex:
        nodes = sorted(actions, key=lambda n: n.id)
        plans = [plan_of(n) or "" for n in nodes]
        regions = [
            text_of(n.get("region")) or plan_regions.get(p)
            for n, p in zip(nodes, plans, strict=True)
        ]
        themes = [text_of(n.get("theme")) for n in nodes]
        places = place_words([*regions, *plan_regions.values()])
        counts: list[Counter[str]] = []
        spelling: dict[str, Counter[str]] = {}
        # Plans repeat their objective, theme and outcomes on every action, so each distinct
        # text is split into words once.
        split: dict[str, list[tuple[str, str]]] = {}
        for node in nodes:
            bag: Counter[str] = Counter()
            for name, texts in action_fields(node).items():
                for text in texts:
                    found = split.get(text)
                    if found is None:
                        found = split[text] = list(words(text, places))
                    for term, word in found:
                        bag[term] += FIELD_WEIGHTS[name]
                        spelling.setdefault(term, Counter())[word] += 1
            counts.append(bag)
        vocabulary = {t: i for i, t in enumerate(sorted(spelling))}
        df = np.zeros(len(vocabulary), dtype=np.int64)
        for bag in counts:
            for term in bag:
                df[vocabulary[term]] += 1
        n = len(nodes)
        idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
        indptr, indices, data = [0], [], []
        for bag in counts:
            by_col = {vocabulary[t]: c for t, c in bag.items()}
            cols = sorted(by_col)
            weights = [sublinear(by_col[c]) * idf[c] for c in cols]
            norm = math.sqrt(sum(w * w for w in weights)) or 1.0
            indices.extend(cols)
            data.extend(w / norm for w in weights)
            indptr.append(len(indices))
        matrix = sp.csr_matrix(
            (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), indptr),
            shape=(n, len(vocabulary)),
        )
        surface = [
            min(spelling[t].items(), key=lambda item: (-item[1], item[0]))[0]
            for t in sorted(vocabulary, key=vocabulary.__getitem__)
        ]
        return cls(nodes, plans, regions, themes, matrix, vocabulary, idf, df, surface, places)

    def __len__(self) -> int:
        return len(self.nodes)

    # -- one text against everything ------------------------------------------------------

    def vector(self, text: str) -> sp.csr_matrix:
        bag: Counter[str] = Counter(t for t in terms(text, self.places) if t in self.vocabulary)
        cols = sorted(self.vocabulary[t] for t in bag)
        by_col = {self.vocabulary[t]: c for t, c in bag.items()}
        weights = np.array([sublinear(by_col[c]) * self.idf[c] for c in cols], dtype=np.float64)
        norm = float(np.sqrt((weights**2).sum())) or 1.0
        return sp.csr_matrix(
            (weights / norm, np.asarray(cols, dtype=np.int64), [0, len(cols)]),
            shape=(1, len(self.vocabulary)),
        )

    def scores_for(self, vector: sp.csr_matrix) -> np.ndarray:
        if vector.nnz == 0 or not len(self):
            return np.zeros(len(self))
        return np.asarray((self.matrix @ vector.T).todense()).ravel()

    def best(
        self, scores: np.ndarray, min_score: float, limit: int, exclude: Iterable[int] = ()
    ) -> list[tuple[int, float]]:
        scores = scores.copy()
        for row in exclude:
            scores[row] = -1.0
        candidates = np.flatnonzero(scores >= min_score)
        order = sorted(candidates, key=lambda r: (-scores[r], self.nodes[r].id))
        return [(int(r), float(scores[r])) for r in order[:limit]]

    @cached_property
    def rows(self) -> dict[str, int]:
        """Row of each action id."""
        return {node.id: row for row, node in enumerate(self.nodes)}

    @cached_property
    def areas(self) -> tuple[np.ndarray, np.ndarray]:
        """Normalised region and theme of each row ("" when unknown)."""
        regions = np.array([_key(r) for r in self.regions], dtype=object)
        themes = np.array([normalise_name(t or "") for t in self.themes], dtype=object)
        return regions, themes

    @cached_property
    def _area_blocks(self) -> dict[tuple[str, str], tuple[np.ndarray, sp.csr_matrix]]:
        """Rows of each region and each theme, with their slice of the matrix."""
        regions, themes = self.areas
        groups: dict[tuple[str, str], list[int]] = {}
        for row in range(len(self)):
            if regions[row]:
                groups.setdefault(("region", regions[row]), []).append(row)
            if themes[row]:
                groups.setdefault(("theme", themes[row]), []).append(row)
        return {
            key: (np.asarray(rows), self.matrix[np.asarray(rows)]) for key, rows in groups.items()
        }

    def similar_rows(
        self, rows: list[int], min_score: float, limit: int, same_area: bool = False
    ) -> list[list[tuple[int, float]]]:
        """For each of `rows`, the other rows scoring at least `min_score` against it, best
        first; with `same_area`, only rows in the same region or on the same theme (scored
        against those rows alone, so the cost follows the area, not the whole corpus).

        Rows asking about the same area are scored together, one product per area and chunk
        (a product per row made a withdrawal of busy bodies spend seconds in scipy)."""
        regions, themes = self.areas
        asking: dict[tuple[str, str] | None, list[int]] = {}
        for position, row in enumerate(rows):
            if same_area:
                keys = [("region", regions[row]), ("theme", themes[row])]
                for key in keys:
                    if key[1] and key in self._area_blocks:
                        asking.setdefault(key, []).append(position)
            else:
                asking.setdefault(None, []).append(position)
        scored: list[dict[int, float]] = [{} for _ in rows]
        for key, positions in asking.items():
            members, block = (
                self._area_blocks[key] if key is not None else (np.arange(len(self)), self.matrix)
            )
            step = max(1, _PRODUCT_CELLS // max(1, len(members)))
            for start in range(0, len(positions), step):
                chunk = positions[start : start + step]
                vectors = self.matrix[[rows[p] for p in chunk]].T
                values = (block @ vectors).toarray()
                hit_rows, hit_cols = np.nonzero(values >= min_score)
                for member, column in zip(hit_rows.tolist(), hit_cols.tolist(), strict=True):
                    scored[chunk[column]][int(members[member])] = float(values[member, column])
        found = []
        for position, row in enumerate(rows):
            scored[position].pop(row, None)
            ranked = sorted(scored[position].items(), key=lambda item: (-item[1], item[0]))
            found.append(ranked[:limit])
        return found

    def shared_terms(self, a: int, b: int | sp.csr_matrix, top: int = 6) -> list[str]:
        """The terms that explain a score, heaviest first, in their usual spelling."""
        row_a = self.matrix[a]
        row_b = self.matrix[b] if isinstance(b, int | np.integer) else b
        weights_b = dict(zip(row_b.indices.tolist(), row_b.data.tolist(), strict=True))
        shared = [
            (w * weights_b[c], c)
            for c, w in zip(row_a.indices.tolist(), row_a.data.tolist(), strict=True)
            if c in weights_b
        ]
        shared.sort(key=lambda item: (-item[0], self.surface[item[1]]))
        return [self.surface[c] for _, c in shared[:top]]

    def shared_terms_of_pairs(
        self, rows_a: Sequence[int], rows_b: Sequence[int], top: int = 6
    ) -> list[list[str]]:
        """`shared_terms` of many pairs at once, from one element-wise product per chunk
        rather than two row slices per pair (which cost more than the pair search)."""
        found: list[list[str]] = []
        order_of_surface = self._surface_order
        for start in range(0, len(rows_a), _CHUNK):
            a = self.matrix[np.asarray(rows_a[start : start + _CHUNK], dtype=np.int64)]
            b = self.matrix[np.asarray(rows_b[start : start + _CHUNK], dtype=np.int64)]
            both = a.multiply(b).tocsr()
            both.eliminate_zeros()
            pair = np.repeat(np.arange(both.shape[0]), np.diff(both.indptr))
            order = np.lexsort((order_of_surface[both.indices], -both.data, pair))
            pair, columns = pair[order], both.indices[order]
            place = np.arange(pair.size) - both.indptr[pair]
            keep = place < top
            pair, columns = pair[keep], columns[keep]
            cuts = np.searchsorted(pair, np.arange(1, both.shape[0]))
            surface = self.surface
            found.extend([surface[c] for c in chunk.tolist()] for chunk in np.split(columns, cuts))
        return found

    @cached_property
    def _surface_order(self) -> np.ndarray:
        """Rank of each column's surface spelling, the tie-break between equal weights."""
        ranks = np.empty(len(self.surface), dtype=np.int64)
        ranks[np.argsort(np.array(self.surface, dtype=object), kind="stable")] = np.arange(
            len(self.surface)
        )
        return ranks

    # -- every pair ------------------------------------------------------------------------

    def pairs(self, min_score: float) -> PairSet:
        """Every pair of actions in different plans (and different regions, where both are
        known) scoring at least `min_score`, best first; cached per threshold."""
        key = round(float(min_score), 6)
        if key not in self._pairs:
            self._pairs[key] = self._compute_pairs(key)
        return self._pairs[key]

    def _codes(self) -> tuple[np.ndarray, np.ndarray]:
        plan_codes = {p: i for i, p in enumerate(sorted(set(self.plans)))}
        region_codes = {r: i for i, r in enumerate(sorted({_key(r) for r in self.regions if r}))}
        plans = np.array([plan_codes[p] for p in self.plans], dtype=np.int64)
        regions = np.array(
            [region_codes[_key(r)] if r else -1 for r in self.regions], dtype=np.int64
        )
        return plans, regions

    def _prefixes(self, min_score: float) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
        """Each row cut into a prefix of its rarer terms and a suffix of its commonest terms
        that cannot reach `min_score` against any row (terms ranked by document frequency).

        The suffix's reach is bounded two ways, and the smaller bound counts: its norm, and
        the sum of its weights times each term's largest weight in any row. Returns the
        prefixes, and per row the prefix norm and the suffix's reach.
        """
        x = self.matrix
        rank = np.empty(self.df.size, dtype=np.int64)
        rank[np.argsort(self.df, kind="stable")] = np.arange(self.df.size)
        ranked = sp.csr_matrix((x.data.copy(), rank[x.indices], x.indptr.copy()), shape=x.shape)
        ranked.sort_indices()
        top = np.zeros(self.df.size)
        top[rank] = np.asarray(x.max(axis=0).todense()).ravel()
        row_of = np.repeat(np.arange(x.shape[0]), np.diff(ranked.indptr))

        def from_here(values: np.ndarray) -> np.ndarray:
            running = np.concatenate([[0.0], np.cumsum(values)])
            before = running[ranked.indptr[:-1]]
            totals = running[ranked.indptr[1:]] - before
            return totals[row_of] - (running[1:] - before[row_of]) + values

        by_norm = np.sqrt(np.clip(from_here(ranked.data**2), 0.0, None))
        by_top = from_here(ranked.data * top[ranked.indices])
        reach = np.minimum(by_norm, by_top)
        keep = reach >= min_score * (1 - 1e-9) - 1e-12
        prefix = sp.csr_matrix((ranked.data * keep, ranked.indices, ranked.indptr), shape=x.shape)
        prefix.eliminate_zeros()
        prefix_norm = np.sqrt(np.asarray(prefix.multiply(prefix).sum(axis=1)).ravel())
        # The reach of the suffix is the reach from its first term, zero when it is empty.
        suffix_reach = np.zeros(x.shape[0])
        first = np.flatnonzero(~keep)
        if first.size:
            rows = row_of[first]
            starts = np.unique(rows, return_index=True)[1]
            suffix_reach[rows[starts]] = reach[first[starts]]
        return prefix, prefix_norm, suffix_reach

    def _compute_pairs(self, min_score: float) -> PairSet:
        n = len(self)
        empty = PairSet(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
        if n < 2 or self.matrix.nnz == 0:
            return empty
        plans, regions = self._codes()
        prefix, prefix_norm, suffix_reach = self._prefixes(min_score)
        present = (prefix > 0).astype(np.float64)
        load = np.asarray(present @ np.asarray(present.sum(axis=0)).ravel()).ravel()
        found_i: list[np.ndarray] = [np.zeros(0, np.int64)]
        found_j: list[np.ndarray] = [np.zeros(0, np.int64)]
        found_s: list[np.ndarray] = [np.zeros(0)]
        for start, stop in _blocks(load, BLOCK_BUDGET):
            product = (prefix[start:stop] @ prefix[start:].T).tocoo()
            i = product.row.astype(np.int64) + start
            j = product.col.astype(np.int64) + start
            partial = product.data
            ri, rj = regions[i], regions[j]
            keep = (j > i) & (plans[i] != plans[j]) & ((ri < 0) | (rj < 0) | (ri != rj))
            i, j, partial = i[keep], j[keep], partial[keep]
            # x.y = xP.yP + xP.yS + xS.y, and each suffix reaches at most its bound.
            bound = partial + np.minimum(suffix_reach[j], prefix_norm[i]) + suffix_reach[i]
            keep = bound >= min_score - 1e-9
            i, j = i[keep], j[keep]
            score = _row_dots(self.matrix, i, j)
            keep = score >= min_score
            found_i.append(i[keep])
            found_j.append(j[keep])
            found_s.append(score[keep])
        rows_a = np.concatenate(found_i)
        rows_b = np.concatenate(found_j)
        scores = np.concatenate(found_s)
        # Rows are in id order, so ties in score fall back to the ids.
        order = np.lexsort((rows_b, rows_a, -np.round(scores, 6)))
        return PairSet(rows_a[order], rows_b[order], scores[order])

    def clusters(self, pairs: PairSet) -> list[list[int]]:
        """Connected components of the pair graph, biggest first."""
        if not len(pairs):
            return []
        n = len(self)
        graph = sp.coo_matrix(
            (np.ones(len(pairs)), (pairs.rows_a, pairs.rows_b)), shape=(n, n)
        ).tocsr()
        _, labels = connected_components(graph, directed=False)
        involved = np.unique(np.concatenate([pairs.rows_a, pairs.rows_b]))
        groups: dict[int, list[int]] = {}
        for row in involved.tolist():
            groups.setdefault(int(labels[row]), []).append(row)
        return sorted(groups.values(), key=lambda g: (-len(g), self.nodes[g[0]].id))


def _blocks(load: np.ndarray, budget: float) -> Iterator[tuple[int, int]]:
    """Consecutive row ranges whose summed candidate load stays within `budget`."""
    start = 0
    total = 0.0
    for row, cost in enumerate(load.tolist()):
        if row > start and total + cost > budget:
            yield start, row
            start, total = row, 0.0
        total += cost
    if start < load.size:
        yield start, int(load.size)


def _row_dots(matrix: sp.csr_matrix, rows_a: np.ndarray, rows_b: np.ndarray) -> np.ndarray:
    """Dot products of paired rows, in chunks so memory stays bounded."""
    out = np.zeros(rows_a.size, dtype=np.float64)
    if matrix.shape[1] == 0:
        return out
    for start in range(0, rows_a.size, _CHUNK):
        a = matrix[rows_a[start : start + _CHUNK]]
        b = matrix[rows_b[start : start + _CHUNK]]
        out[start : start + _CHUNK] = np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return out
