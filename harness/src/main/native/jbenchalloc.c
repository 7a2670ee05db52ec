/*
 * jbenchalloc: exact allocation counting for jbench (allocs/op and B/op as Go counts them).
 *
 * HotSpot's JVMTI heap sampler with a sampling interval of 0 reports *every* heap allocation that really
 * happens (after escape analysis: scalar-replaced objects are never allocated, so never reported) through
 * the SampledObjectAlloc event, on the allocating thread. This library turns that into four counters:
 *
 *   worker allocations / bytes    : every allocation made by a JMH worker thread ("jmh-worker-N")
 *   measured allocations / bytes  : those of them made inside the timed benchmark loop (the nearest frame
 *                                   of a JMH-generated class is the "*_jmhStub"), not in JMH's own per-iteration
 *                                   bookkeeping (result objects, ~17 objects / ~550 B per iteration), not in
 *                                   @Setup/@TearDown of Trial/Iteration level and not in the untimed
 *                                   synchronisation loops around it. This is what makes counts exact even
 *                                   for runs of a few operations (-benchtime=10x).
 *
 * The Java side (dev.jbench.harness.alloc.NativeAllocCounter) loads this library with System.load in the
 * benchmark fork; no -agentpath is needed because can_generate_sampled_object_alloc_events may be added
 * in the live phase.
 *
 * Counting is expensive (about 0.5 us per allocation on a 2-vCPU VM: ~0.45 us for the slow allocation path and
 * the event, ~0.15 us for the short stack walk; more when the allocation is deep below the benchmark method),
 * so jbench only ever switches it on in warm-up iterations, never in a measured one.
 *
 * Counters are plain global 64-bit integers updated with relaxed atomics: readers take snapshots between
 * iterations, when the workers are idle.
 */
#include <jni.h>
#include <jvmti.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define STUB_SUFFIX "_jmhStub"
#define WORKER_NAME "jmh-worker"
/* JMH generates one class "<Benchmark>_<method>_jmhTest" per benchmark method. */
#define GENERATED_SUFFIX "_jmhTest;"
/* Frames read per JVMTI call, and how deep to look for JMH's generated code at most. */
#define WALK_CHUNK_FIRST 2
#define WALK_CHUNK_MAX 64
#define WALK_LIMIT 4096
/* Per-thread direct-mapped cache of method classifications. */
#define METHOD_CACHE 1024
/* HotSpot's default sampling interval (512 KiB), restored when counting stops. */
#define DEFAULT_INTERVAL (512 * 1024)

static jvmtiEnv *jvmti;
static int64_t worker_allocs, worker_bytes, measured_allocs, measured_bytes, failures;

enum { KIND_UNKNOWN = 0, KIND_WORKER = 1, KIND_OTHER = 2 };
static __thread int thread_kind;
static __thread jmethodID cached_method[METHOD_CACHE];
static __thread signed char cached_kind[METHOD_CACHE];

static void add(int64_t *counter, int64_t delta) {
    __atomic_fetch_add(counter, delta, __ATOMIC_RELAXED);
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

static int classify_thread(jvmtiEnv *env, JNIEnv *jni, jthread thread) {
    jvmtiThreadInfo info;
    memset(&info, 0, sizeof info);
    if ((*env)->GetThreadInfo(env, thread, &info) != JVMTI_ERROR_NONE) {
        return KIND_OTHER;
    }
    int kind = (info.name != NULL && strstr(info.name, WORKER_NAME) != NULL) ? KIND_WORKER : KIND_OTHER;
    if (info.name != NULL) (*env)->Deallocate(env, (unsigned char *) info.name);
    if (info.thread_group != NULL) (*jni)->DeleteLocalRef(jni, info.thread_group);
    if (info.context_class_loader != NULL) (*jni)->DeleteLocalRef(jni, info.context_class_loader);
    return kind;
}

enum { METHOD_OTHER = 1, METHOD_STUB = 2, METHOD_JMH_GENERATED = 3 };

/* Classifies a method: the timed loop (JMH's "*_jmhStub"), other code of a JMH-generated "*_jmhTest" class
 * (per-iteration bookkeeping, setup and teardown calls, the untimed synchronisation loops), or anything else. */
static int classify_method(jvmtiEnv *env, jmethodID method) {
    unsigned slot = (unsigned) (((uintptr_t) method >> 3) % METHOD_CACHE);
    if (cached_method[slot] == method) {
        return cached_kind[slot];
    }
    int kind = METHOD_OTHER;
    char *name = NULL;
    if ((*env)->GetMethodName(env, method, &name, NULL, NULL) == JVMTI_ERROR_NONE && name != NULL) {
        if (ends_with(name, STUB_SUFFIX)) {
            kind = METHOD_STUB;
        }
        (*env)->Deallocate(env, (unsigned char *) name);
    }
    if (kind == METHOD_OTHER) {
        jclass declaring = NULL;
        char *signature = NULL;
        if ((*env)->GetMethodDeclaringClass(env, method, &declaring) == JVMTI_ERROR_NONE && declaring != NULL
                && (*env)->GetClassSignature(env, declaring, &signature, NULL) == JVMTI_ERROR_NONE
                && signature != NULL) {
            if (ends_with(signature, GENERATED_SUFFIX)) {
                kind = METHOD_JMH_GENERATED;
            }
            (*env)->Deallocate(env, (unsigned char *) signature);
        }
    }
    cached_method[slot] = method;
    cached_kind[slot] = (signed char) kind;
    return kind;
}

/*
 * 1 when the allocation happens inside the timed loop, 0 when not, -1 when the stack cannot be read.
 * Walks from the allocating frame towards older ones, a chunk at a time, and stops at the first frame of a
 * JMH-generated class: the stub means "measured", any other generated method means "JMH's own". Walking only
 * the few frames above the generated code keeps this cheap (the cost of a walk grows with the frames visited).
 */
static int inside_stub(jvmtiEnv *env) {
    jvmtiFrameInfo frames[WALK_CHUNK_MAX];
    jint chunk = WALK_CHUNK_FIRST;
    for (jint start = 0; start < WALK_LIMIT; start += chunk, chunk = chunk * 2 > WALK_CHUNK_MAX ? WALK_CHUNK_MAX : chunk * 2) {
        jint count = 0;
        jvmtiError err = (*env)->GetStackTrace(env, NULL, start, chunk, frames, &count);
        if (err == JVMTI_ERROR_ILLEGAL_ARGUMENT) return 0; /* start is beyond the oldest frame */
        if (err != JVMTI_ERROR_NONE) return -1;
        for (jint i = 0; i < count; i++) {
            int kind = classify_method(env, frames[i].method);
            if (kind == METHOD_STUB) return 1;
            if (kind == METHOD_JMH_GENERATED) return 0;
        }
        if (count < chunk) return 0;
    }
    return 0;
}

static void JNICALL on_sampled_alloc(jvmtiEnv *env, JNIEnv *jni, jthread thread, jobject object,
                                     jclass klass, jlong size) {
    (void) object;
    (void) klass;
    if (thread_kind == KIND_UNKNOWN) {
        thread_kind = classify_thread(env, jni, thread);
    }
    if (thread_kind != KIND_WORKER) {
        return;
    }
    add(&worker_allocs, 1);
    add(&worker_bytes, size);
    int stub = inside_stub(env);
    if (stub > 0) {
        add(&measured_allocs, 1);
        add(&measured_bytes, size);
    } else if (stub < 0) {
        add(&failures, 1);
    }
}

static jstring error(JNIEnv *env, const char *what, jvmtiError err) {
    char buf[160];
    char *name = NULL;
    if (jvmti != NULL) (*jvmti)->GetErrorName(jvmti, err, &name);
    snprintf(buf, sizeof buf, "%s failed: JVMTI error %d%s%s", what, (int) err,
             name != NULL ? " " : "", name != NULL ? name : "");
    if (name != NULL) (*jvmti)->Deallocate(jvmti, (unsigned char *) name);
    return (*env)->NewStringUTF(env, buf);
}

/* Returns null on success, otherwise a message saying what failed. Idempotent. */
JNIEXPORT jstring JNICALL Java_dev_jbench_harness_alloc_NativeAllocCounter_init0(JNIEnv *env, jclass cls) {
    (void) cls;
    if (jvmti != NULL) return NULL;
    JavaVM *vm = NULL;
    if ((*env)->GetJavaVM(env, &vm) != 0) return (*env)->NewStringUTF(env, "GetJavaVM failed");
    jvmtiEnv *candidate = NULL;
    if ((*vm)->GetEnv(vm, (void **) &candidate, JVMTI_VERSION_11) != JNI_OK || candidate == NULL) {
        return (*env)->NewStringUTF(env, "this JVM has no JVMTI 11 (SampledObjectAlloc needs JDK 11 or later)");
    }
    jvmti = candidate;
    jvmtiCapabilities caps;
    memset(&caps, 0, sizeof caps);
    caps.can_generate_sampled_object_alloc_events = 1;
    jvmtiError err = (*jvmti)->AddCapabilities(jvmti, &caps);
    if (err != JVMTI_ERROR_NONE) {
        jstring msg = error(env, "AddCapabilities(can_generate_sampled_object_alloc_events)", err);
        jvmti = NULL;
        return msg;
    }
    jvmtiEventCallbacks callbacks;
    memset(&callbacks, 0, sizeof callbacks);
    callbacks.SampledObjectAlloc = on_sampled_alloc;
    err = (*jvmti)->SetEventCallbacks(jvmti, &callbacks, sizeof callbacks);
    if (err != JVMTI_ERROR_NONE) {
        jstring msg = error(env, "SetEventCallbacks", err);
        jvmti = NULL;
        return msg;
    }
    return NULL;
}

/*
 * SetHeapSamplingInterval(interval). A thread draws its first sampling distance from the interval in force when
 * it is created, so setting 0 before the JMH worker threads exist (without enabling the event, which costs
 * nothing) makes their first sampled allocation their first allocation once the event is on.
 */
JNIEXPORT jstring JNICALL Java_dev_jbench_harness_alloc_NativeAllocCounter_interval0(JNIEnv *env, jclass cls,
                                                                                     jint interval) {
    (void) cls;
    if (jvmti == NULL) return (*env)->NewStringUTF(env, "not initialised");
    jvmtiError err = (*jvmti)->SetHeapSamplingInterval(jvmti, interval < 0 ? DEFAULT_INTERVAL : interval);
    return err == JVMTI_ERROR_NONE ? NULL : error(env, "SetHeapSamplingInterval", err);
}

/* Switches the SampledObjectAlloc event on or off. */
JNIEXPORT jstring JNICALL Java_dev_jbench_harness_alloc_NativeAllocCounter_event0(JNIEnv *env, jclass cls,
                                                                                  jboolean on) {
    (void) cls;
    if (jvmti == NULL) return (*env)->NewStringUTF(env, "not initialised");
    jvmtiError err = (*jvmti)->SetEventNotificationMode(jvmti, on ? JVMTI_ENABLE : JVMTI_DISABLE,
                                                        JVMTI_EVENT_SAMPLED_OBJECT_ALLOC, NULL);
    return err == JVMTI_ERROR_NONE ? NULL : error(env, "SetEventNotificationMode", err);
}

/* Fills out[0..4] with worker allocs, worker bytes, measured allocs, measured bytes, stack-walk failures. */
JNIEXPORT void JNICALL Java_dev_jbench_harness_alloc_NativeAllocCounter_snapshot0(JNIEnv *env, jclass cls,
                                                                                  jlongArray out) {
    (void) cls;
    jlong values[5];
    values[0] = __atomic_load_n(&worker_allocs, __ATOMIC_RELAXED);
    values[1] = __atomic_load_n(&worker_bytes, __ATOMIC_RELAXED);
    values[2] = __atomic_load_n(&measured_allocs, __ATOMIC_RELAXED);
    values[3] = __atomic_load_n(&measured_bytes, __ATOMIC_RELAXED);
    values[4] = __atomic_load_n(&failures, __ATOMIC_RELAXED);
    (*env)->SetLongArrayRegion(env, out, 0, 5, values);
}
