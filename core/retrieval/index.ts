/** Chinese-aware hybrid retrieval over clauses: the public surface of core/retrieval. */
export { aliasData, canonicalUnit, expandTerms, groupsOf, SYNONYM_WEIGHT, type AliasGroup, type WeightedTerm } from './aliases.js';
export { Bm25Index, type Bm25Doc, type Bm25Hit, type Bm25Options } from './bm25.js';
export { clauseEmbeddingText, createEmbeddings, HashingEmbeddings, type Embedder } from './embeddings.js';
export { adminPrefixes, buildPlaceIndex, findPlaces, type PlaceIndex } from './places.js';
export { analyzeQuery, findArticles, type ArticleRef, type QueryAnalysis } from './query-analysis.js';
export { createSearcher, defaultListWeights, type Searcher, type SearcherInput, type SearchHit, type SearchOptions } from './search.js';
export { cjkBigrams, isStopword, segment, tagWords, tokenize, tokenizeWords } from './tokenize.js';
export { buildVectorIndex, EF_SEARCH, VECTOR_FILE, VECTOR_META_FILE, VectorIndex, type VectorHit } from './vector-index.js';
