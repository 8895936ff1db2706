package org.wiretrace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class KeyedDocsTest {

  private static final String FIELD = "key";

  @Test
  void first_sameDocAsTopTermQueryHit_acrossSegmentsWithDeletesAndUpdates() throws IOException {
    Random random = new Random(13);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int round = 0; round < 6; round++) {
          for (int i = 0; i < 40; i++) {
            String key = "k" + random.nextInt(60);
            if (random.nextInt(4) == 0) {
              writer.deleteDocuments(new Term(FIELD, key));
            } else if (random.nextBoolean()) {
              writer.updateDocument(new Term(FIELD, key), doc(key));
            } else {
              writer.addDocument(doc(key));
            }
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        int found = 0;
        for (int k = 0; k < 70; k++) {
          String key = "k" + k;
          ScoreDoc[] top = searcher.search(new TermQuery(new Term(FIELD, key)), 1).scoreDocs;
          int expected = top.length == 0 ? KeyedDocs.NONE : top[0].doc;
          assertThat(KeyedDocs.first(searcher, FIELD, key)).as(key).isEqualTo(expected);
          found += expected == KeyedDocs.NONE ? 0 : 1;
        }
        assertThat(found).isBetween(10, 60);
      }
    }
  }

  private static Document doc(String key) {
    Document doc = new Document();
    doc.add(new StringField(FIELD, key, Field.Store.NO));
    return doc;
  }
}
