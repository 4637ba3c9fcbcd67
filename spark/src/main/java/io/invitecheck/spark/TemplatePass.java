package io.invitecheck.spark;

import io.invitecheck.campaign.CampaignSummary;
import io.invitecheck.campaign.MassTemplates;
import io.invitecheck.cli.BatchRecords;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The mail-merge templates of a batch, found on the cluster with the same result as {@code batch}.
 *
 * <p>{@code batch} clusters drafts online, in input order: each draft is looked up under its 20 LSH
 * band keys and joins the clusters it is similar to, or founds a new one. The result depends on the
 * order, so it cannot be computed by merging partial results. But two drafts that share no band
 * key, directly or through a chain of other drafts, never meet: the batch's clustering is the union
 * of the clusterings of the connected components of the "shares a band key" graph, each run on its
 * own drafts in input order. So:
 *
 * <ol>
 *   <li>each draft's band keys, in parallel ({@link MassTemplates#bandKeys});
 *   <li>group by key; every key with two or more drafts gives edges from its first line to the
 *       others;
 *   <li>connected components by iterative min-label propagation (each round one join and one
 *       reduce; rounds = the components' diameter, two or three for templates);
 *   <li>group each component's drafts and replay the batch's own clustering ({@link
 *       MassTemplates.Builder}) on them in input order, in parallel over components.
 * </ol>
 *
 * A draft that shares no key with any other is alone in its cluster and skipped. The unit of
 * parallelism in the last step is a component: a template sent to a million recipients is one
 * component replayed by one task (about 60 µs a draft).
 */
final class TemplatePass {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TemplatePass.class);

  private TemplatePass() {}

  /** A cluster of two or more drafts, serializable. */
  record TemplateRow(int size, String sample, int[] lines, boolean mass) implements Serializable {
    private static final long serialVersionUID = 1L;

    CampaignSummary.Template toTemplate() {
      return new CampaignSummary.Template(
          size, sample, Arrays.stream(lines).boxed().toList(), mass);
    }

    static TemplateRow of(CampaignSummary.Template t) {
      return new TemplateRow(
          t.size(), t.sample(), t.lines().stream().mapToInt(Integer::intValue).toArray(), t.mass());
    }
  }

  /**
   * What the pass found.
   *
   * @param massByLine for each draft in a mass template, its template
   * @param templates every cluster of two or more drafts
   */
  record Result(JavaPairRDD<Long, TemplateRow> massByLine, JavaRDD<TemplateRow> templates) {}

  /** One component's output: its mass-template drafts and its templates. */
  private record Component(List<Tuple2<Long, TemplateRow>> mass, List<TemplateRow> templates)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Clusters drafts given as line → (record text, CSV header or null).
   *
   * @param minSize clusters from this size on are mass templates
   */
  static Result run(JavaPairRDD<Long, Tuple2<String, String>> drafts, int minSize) {
    JavaPairRDD<Long, Long> keyLine =
        drafts.flatMapToPair(
            d -> {
              long[] keys = MassTemplates.bandKeys(BatchRecords.draft(d._2()._1(), d._2()._2()));
              List<Tuple2<Long, Long>> out = new ArrayList<>(keys.length);
              Arrays.stream(keys).distinct().forEach(k -> out.add(new Tuple2<>(k, d._1())));
              return out.iterator();
            });
    JavaPairRDD<Long, Long> edges =
        keyLine
            .groupByKey()
            .flatMapToPair(
                g -> {
                  List<Long> lines = new ArrayList<>();
                  g._2().forEach(lines::add);
                  List<Tuple2<Long, Long>> out = new ArrayList<>();
                  if (lines.size() >= 2) {
                    long first = lines.stream().mapToLong(Long::longValue).min().getAsLong();
                    for (long l : lines) {
                      if (l != first) {
                        out.add(new Tuple2<>(first, l));
                      }
                    }
                  }
                  return out.iterator();
                })
            .distinct();
    JavaPairRDD<Long, Long> links =
        edges.union(edges.mapToPair(Tuple2::swap)).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels = components(links);

    JavaRDD<Component> parts =
        labels
            .join(drafts)
            .mapToPair(x -> new Tuple2<>(x._2()._1(), new Tuple2<>(x._1(), x._2()._2())))
            .groupByKey()
            .map(c -> replay(c._2(), minSize))
            .persist(StorageLevel.MEMORY_AND_DISK());
    links.unpersist(false);
    return new Result(
        parts.flatMapToPair(c -> c.mass().iterator()),
        parts.flatMap(c -> c.templates().iterator()));
  }

  /** Line → the smallest line of its connected component, for every line with a link. */
  private static JavaPairRDD<Long, Long> components(JavaPairRDD<Long, Long> links) {
    JavaPairRDD<Long, Long> labels =
        links
            .keys()
            .distinct()
            .mapToPair(v -> new Tuple2<>(v, v))
            .persist(StorageLevel.MEMORY_AND_DISK());
    int rounds = 0;
    while (true) {
      JavaPairRDD<Long, Long> next =
          links
              .join(labels)
              .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
              .union(labels)
              .reduceByKey(Math::min)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(labels).filter(x -> !x._2()._1().equals(x._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      rounds++;
      if (changed == 0) {
        LOG.info("template components: {} rounds of label propagation", rounds);
        return labels;
      }
    }
  }

  /** The batch's own clustering of one component's drafts, in input order. */
  private static Component replay(
      Iterable<Tuple2<Long, Tuple2<String, String>>> members, int minSize) {
    List<Tuple2<Long, Tuple2<String, String>>> sorted = new ArrayList<>();
    members.forEach(sorted::add);
    sorted.sort((a, b) -> Long.compare(a._1(), b._1()));
    MassTemplates.Builder b = MassTemplates.builder(minSize);
    for (Tuple2<Long, Tuple2<String, String>> m : sorted) {
      b.add(Math.toIntExact(m._1()), BatchRecords.draft(m._2()._1(), m._2()._2()));
    }
    MassTemplates templates = b.build();
    List<Tuple2<Long, TemplateRow>> mass = new ArrayList<>();
    for (Tuple2<Long, Tuple2<String, String>> m : sorted) {
      Optional<CampaignSummary.Template> t = templates.template(Math.toIntExact(m._1()));
      t.ifPresent(x -> mass.add(new Tuple2<>(m._1(), TemplateRow.of(x))));
    }
    List<TemplateRow> all = templates.templates().stream().map(TemplateRow::of).toList();
    return new Component(mass, new ArrayList<>(all));
  }
}
