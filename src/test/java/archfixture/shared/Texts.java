package archfixture.shared;

/** Breaks "nothing uses app except app". */
public class Texts {
  archfixture.app.Settings settings;
}
