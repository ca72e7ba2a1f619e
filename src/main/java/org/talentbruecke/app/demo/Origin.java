package org.talentbruecke.app.demo;

import java.util.List;

/**
 * Where generated job seekers come from: country, languages and common first and family names
 * there. The names are real, frequent names; combined at random with an index in the e-mail address
 * under {@code seekers.demo.test} they describe nobody.
 *
 * @param weight relative share among the generated people
 * @param freeMovement EU citizens need no work permit in Germany
 */
record Origin(
    String country,
    List<String> motherTongues,
    String secondLanguage,
    int weight,
    boolean freeMovement,
    List<String> womenNames,
    List<String> menNames,
    List<String> familyNames) {

  /** Origins weighted roughly like the immigration to Region Hannover of the last ten years. */
  static final List<Origin> ALL =
      List.of(
          new Origin(
              "SY",
              List.of("ar"),
              "en",
              18,
              false,
              List.of(
                  "Fatima", "Aisha", "Rana", "Lina", "Nour", "Huda", "Reem", "Dima", "Amal",
                  "Yasmin"),
              List.of(
                  "Ahmad",
                  "Mohammad",
                  "Omar",
                  "Khaled",
                  "Yusuf",
                  "Rami",
                  "Fadi",
                  "Samer",
                  "Bassam",
                  "Tarek"),
              List.of(
                  "Haddad",
                  "Khalil",
                  "Mansour",
                  "Nasser",
                  "Saleh",
                  "Darwish",
                  "Hamdan",
                  "Youssef",
                  "Ibrahim",
                  "Aldakhil")),
          new Origin(
              "UA",
              List.of("uk"),
              "ru",
              16,
              false,
              List.of(
                  "Olena",
                  "Iryna",
                  "Oksana",
                  "Nataliia",
                  "Kateryna",
                  "Yuliia",
                  "Tetiana",
                  "Svitlana",
                  "Halyna",
                  "Mariia"),
              List.of(
                  "Oleksandr",
                  "Andrii",
                  "Dmytro",
                  "Serhii",
                  "Taras",
                  "Mykola",
                  "Volodymyr",
                  "Bohdan",
                  "Yurii",
                  "Ivan"),
              List.of(
                  "Kovalenko",
                  "Shevchenko",
                  "Bondarenko",
                  "Tkachenko",
                  "Kravchenko",
                  "Melnyk",
                  "Boiko",
                  "Marchenko",
                  "Lysenko",
                  "Rudenko")),
          new Origin(
              "TR",
              List.of("tr"),
              "en",
              12,
              false,
              List.of(
                  "Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Merve", "Derya", "Esra", "Hatice",
                  "Gül"),
              List.of(
                  "Mehmet", "Mustafa", "Emre", "Hakan", "Murat", "Burak", "Ahmet", "Serkan",
                  "Yusuf", "Kemal"),
              List.of(
                  "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan",
                  "Koç")),
          new Origin(
              "TR",
              List.of("kmr", "tr"),
              "en",
              3,
              false,
              List.of("Rojda", "Berfin", "Dilan", "Zozan", "Hêvî"),
              List.of("Rojhat", "Baran", "Welat", "Serhat", "Azad"),
              List.of("Aslan", "Tekin", "Güneş", "Bingöl", "Kılıç")),
          new Origin(
              "AF",
              List.of("prs"),
              "en",
              9,
              false,
              List.of(
                  "Zahra", "Mariam", "Parwana", "Shabnam", "Fereshta", "Nargis", "Sima", "Mina"),
              List.of("Farid", "Hamid", "Sohrab", "Jawad", "Mansur", "Naweed", "Rahim", "Wahid"),
              List.of(
                  "Ahmadi", "Rahimi", "Karimi", "Haidari", "Noori", "Sultani", "Amiri", "Sadat")),
          new Origin(
              "IQ",
              List.of("ar"),
              "en",
              5,
              false,
              List.of("Zainab", "Maryam", "Sarah", "Ruqaya", "Hanan", "Israa"),
              List.of("Ali", "Hussein", "Mustafa", "Haider", "Abbas", "Karrar"),
              List.of("Al-Rubaie", "Jabbar", "Kadhim", "Al-Saadi", "Abdullah", "Hamid")),
          new Origin(
              "IQ",
              List.of("ckb"),
              "ar",
              3,
              false,
              List.of("Shilan", "Avin", "Narin", "Shno", "Lana"),
              List.of("Karwan", "Dilshad", "Hawre", "Rebwar", "Shwan"),
              List.of("Aziz", "Othman", "Rashid", "Kareem", "Salih")),
          new Origin(
              "IR",
              List.of("fa"),
              "en",
              5,
              false,
              List.of("Shirin", "Leila", "Nasrin", "Parisa", "Maryam", "Neda"),
              List.of("Reza", "Amir", "Babak", "Dariush", "Behnam", "Saeed"),
              List.of("Moradi", "Hosseini", "Jafari", "Rezaei", "Karimi", "Tehrani")),
          new Origin(
              "PL",
              List.of("pl"),
              "en",
              8,
              true,
              List.of(
                  "Anna",
                  "Katarzyna",
                  "Agnieszka",
                  "Magdalena",
                  "Joanna",
                  "Monika",
                  "Ewa",
                  "Karolina"),
              List.of(
                  "Piotr", "Tomasz", "Krzysztof", "Marek", "Paweł", "Michał", "Łukasz", "Grzegorz"),
              List.of(
                  "Nowak",
                  "Wójcik",
                  "Kowalczyk",
                  "Mazur",
                  "Krawczyk",
                  "Zając",
                  "Król",
                  "Wieczorek")),
          new Origin(
              "RO",
              List.of("ro"),
              "en",
              7,
              true,
              List.of("Ioana", "Elena", "Andreea", "Maria", "Alexandra", "Cristina", "Mihaela"),
              List.of("Andrei", "Mihai", "Ionuț", "Bogdan", "Florin", "Adrian", "Cătălin"),
              List.of("Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantin", "Munteanu")),
          new Origin(
              "KZ",
              List.of("ru"),
              "en",
              5,
              false,
              List.of("Jelena", "Natalja", "Swetlana", "Olga", "Tatjana", "Irina"),
              List.of("Viktor", "Alexander", "Andrej", "Sergej", "Dmitri", "Eugen"),
              List.of("Schmidt", "Wagner", "Becker", "Neumann", "Fischer", "Klein")),
          new Origin(
              "ER",
              List.of("ti"),
              "en",
              4,
              false,
              List.of("Selam", "Senait", "Mehret", "Helen", "Saba", "Luwam"),
              List.of("Tesfay", "Yonas", "Dawit", "Semere", "Filmon", "Robel"),
              List.of("Tesfamariam", "Gebremedhin", "Kidane", "Haile", "Berhane", "Woldu")),
          new Origin(
              "NG",
              List.of("en", "yo"),
              "fr",
              3,
              false,
              List.of("Ngozi", "Adaeze", "Funmilayo", "Chiamaka", "Yetunde"),
              List.of("Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ifeanyi"),
              List.of("Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun")),
          new Origin(
              "IN",
              List.of("hi"),
              "en",
              4,
              false,
              List.of("Priya", "Ananya", "Deepika", "Kavya", "Sneha"),
              List.of("Rahul", "Arjun", "Vikram", "Rohan", "Karthik"),
              List.of("Sharma", "Patel", "Reddy", "Nair", "Iyer")));
}
