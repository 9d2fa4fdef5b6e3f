# syntax=docker/dockerfile:1
# BuddyVerse container image: the same jar, JVM options and AOT cache as the
# golden AMI (packer/), for running the aws profile in a container.
#   docker build -t buddyverse .
#   docker run --env-file buddyverse.env -p 8080:8080 buddyverse
# See packer/README.md ("Container image") for the environment variables.

# --- build: the Maven wrapper on a JDK 25 ------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
# Tests run in CI, not in the image build.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package \
    && java -Djarmode=tools -jar target/buddyverse.jar extract --layers --destination /extracted

# --- run: JRE 25, non-root, extracted layers, AOT cache ------------------------
FROM eclipse-temurin:25-jre
# Same fixed uid/gid as the AMI's service user, so files on a shared volume
# (EFS) keep one owner whichever way the app runs.
RUN groupadd --system --gid 2100 buddyverse \
    && useradd --system --uid 2100 --gid buddyverse --no-create-home \
        --home-dir /opt/buddyverse --shell /usr/sbin/nologin buddyverse \
    && install -d -o buddyverse -g buddyverse -m 0750 /mnt/efs
WORKDIR /opt/buddyverse
COPY packer/files/jvm.options /opt/buddyverse/jvm.options
# Least to most often changed, one image layer each.
COPY --from=build /extracted/dependencies/ /opt/buddyverse/app/
COPY --from=build /extracted/spring-boot-loader/ /opt/buddyverse/app/
COPY --from=build /extracted/snapshot-dependencies/ /opt/buddyverse/app/
COPY --from=build /extracted/application/ /opt/buddyverse/app/
# Train the AOT cache with this image's JVM, the service's options and class
# path, and the aot-training profile (no database; the context refreshes and
# the JVM exits). MaxRAMPercentage sizes the heap from the container's limit.
RUN java @/opt/buddyverse/jvm.options \
        -XX:AOTCacheOutput=/opt/buddyverse/app/buddyverse.aot \
        -Dspring.context.exit=onRefresh \
        -Dspring.profiles.active=aws,aot-training \
        -jar /opt/buddyverse/app/buddyverse.jar \
    && test -s /opt/buddyverse/app/buddyverse.aot

USER buddyverse
ENV SPRING_PROFILES_ACTIVE=aws \
    SERVER_PORT=8080 \
    BUDDY_STORAGE_ROOT=/mnt/efs \
    LANG=C.UTF-8
EXPOSE 8080
ENTRYPOINT ["java", "@/opt/buddyverse/jvm.options", \
    "-XX:AOTCache=/opt/buddyverse/app/buddyverse.aot", \
    "-jar", "/opt/buddyverse/app/buddyverse.jar"]
