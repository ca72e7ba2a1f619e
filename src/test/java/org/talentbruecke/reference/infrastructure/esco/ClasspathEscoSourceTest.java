package org.talentbruecke.reference.infrastructure.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentbruecke.reference.application.EscoDataSet;

/** Reading ESCO files shipped as class-path resources. */
class ClasspathEscoSourceTest {

  @TempDir Path root;

  @Test
  void readsTheFilesListedInVersionTxtFromTheClasspath() throws Exception {
    Path folder = Files.createDirectories(root.resolve("reference/esco"));
    EscoFixture.copyTo(folder);
    String listing;
    try (Stream<Path> files = Files.list(folder)) {
      listing =
          files
              .map(f -> "file:        " + f.getFileName())
              .sorted()
              .collect(Collectors.joining("\n"));
    }
    Files.writeString(folder.resolve("VERSION.txt"), "ESCO test data\n\n" + listing + "\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      EscoDataSet data =
          new EscoDistributionReader()
              .read(EscoSource.fromClasspath(loader, "reference/esco"), "classpath");

      assertThat(data.counts().concepts())
          .isEqualTo(new EscoDistributionReader().read(EscoFixture.original()).counts().concepts());
    }
  }

  @Test
  void withoutVersionTxtTheSourceCannotBeListed() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      assertThatThrownBy(
              () ->
                  new EscoDistributionReader()
                      .read(EscoSource.fromClasspath(loader, "nothing"), "x"))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("nothing/VERSION.txt");
    }
  }
}
