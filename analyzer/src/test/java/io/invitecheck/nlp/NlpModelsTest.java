package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

class NlpModelsTest {

  @Test
  void aCorruptModelFailsWithItsName() {
    byte[] garbage = "PK\u0003\u0004 this is not a model".getBytes(StandardCharsets.ISO_8859_1);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                NlpModels.readFrom(
                    "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
                    new ByteArrayInputStream(garbage),
                    POSModel::new));
    assertTrue(e.getMessage().contains("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"), e.getMessage());
    assertTrue(e.getMessage().contains("could not be read"), e.getMessage());
  }

  @Test
  void anEmptyStreamFailsWithItsName() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                NlpModels.readFrom(
                    "pos.bin", new ByteArrayInputStream(new byte[0]), POSModel::new));
    assertTrue(
        e.getMessage().startsWith("OpenNLP model pos.bin could not be read"), e.getMessage());
  }
}
