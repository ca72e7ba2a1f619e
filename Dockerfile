# Talentbrücke: build with Maven, run on Payara Micro as one jar. Kept in step with bin/run.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests \
 && java -jar target/payara-micro.jar --deploy target/talentbruecke.war --contextroot / \
         --nocluster --outputUberJar target/talentbruecke-app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app talentbruecke \
 && mkdir -p /app /data && chown talentbruecke /data \
 && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/talentbruecke-app.jar /app/talentbruecke.jar
USER talentbruecke
ENV TALENTBRUECKE_DATA=/data \
    TALENTBRUECKE_PORT=8080 \
    TALENTBRUECKE_DEMO=false
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:${TALENTBRUECKE_PORT}/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/talentbruecke.jar --port ${TALENTBRUECKE_PORT} --nocluster"]
