/*
 * jbenchalloc: exact allocation counting for jbench (allocs/op and B/op as Go counts them).
 *
 * HotSpot's JVMTI heap sampler with a sampling interval of 0 reports *every* heap allocation that really
 * happens (after escape analysis: scalar-replaced objects are never allocated, so never reported) through
 * the SampledObjectAlloc event, on the allocating thread. This library turns that into four counters:
 *
 *   worker allocations / bytes    : every allocation made by a JMH worker thread ("jmh-worker-N")
 *   measured allocations / bytes  : those of them made while a JMH "*_jmhStub" frame is on the stack,
 *                                   i.e. inside the timed benchmark loop, not in JMH's own per-iteration
 *                                   bookkeeping (result objects, ~17 objects / ~550 B per iteration), not in
 *                                   @Setup/@TearDown of Trial/Iteration level and not in the untimed
 *                                   synchronisation loops around it. This is what makes counts exact even
 *                                   for runs of a few operations (-benchtime=10x).
 *
 * The Java side (dev.jbench.harness.alloc.NativeAllocCounter) loads this library with System.load in the
 * benchmark fork; no -agentpath is needed because can_generate_sampled_object_alloc_events may be added
 * in the live phase.
 *
 * Counting is expensive (a few hundred ns to a few us per allocation: the slow allocation path plus a
 * stack walk), so jbench only ever switches it on in warm-up iterations, never in a measured one.
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
/* The stub frame sits about a dozen frames above the thread's oldest frame; look at the oldest 64. */
#define BOTTOM_FRAMES 64
/* Per-thread direct-mapped cache of "is this method a JMH stub?" answers. */
#define METHOD_CACHE 256
/* HotSpot's default sampling interval (512 KiB), restored when counting stops. */
#define DEFAULT_INTERVAL (512 * 1024)

static jvmtiEnv *jvmti;
static int64_t worker_allocs, worker_bytes, measured_allocs, measured_bytes, failures;

enum { KIND_UNKNOWN = 0, KIND_WORKER = 1, KIND_OTHER = 2 };
static __thread int thread_kind;
static __thread jmethodID cached_method[METHOD_CACHE];
static __thread signed char cached_is_stub[METHOD_CACHE];

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

static int is_stub(jvmtiEnv *env, jmethodID method) {
    unsigned slot = (unsigned) (((uintptr_t) method >> 3) % METHOD_CACHE);
    if (cached_method[slot] == method) {
        return cached_is_stub[slot];
    }
    char *name = NULL;
    int stub = 0;
    if ((*env)->GetMethodName(env, method, &name, NULL, NULL) == JVMTI_ERROR_NONE && name != NULL) {
        stub = ends_with(name, STUB_SUFFIX);
        (*env)->Deallocate(env, (unsigned char *) name);
    }
    cached_method[slot] = method;
    cached_is_stub[slot] = (signed char) stub;
    return stub;
}

/* 1 when a JMH stub frame is among the current thread's oldest frames, 0 when not, -1 on error. */
static int inside_stub(jvmtiEnv *env) {
    jint depth = 0;
    if ((*env)->GetFrameCount(env, NULL, &depth) != JVMTI_ERROR_NONE) return -1;
    jint start = depth > BOTTOM_FRAMES ? depth - BOTTOM_FRAMES : 0;
    jvmtiFrameInfo frames[BOTTOM_FRAMES];
    jint count = 0;
    if ((*env)->GetStackTrace(env, NULL, start, BOTTOM_FRAMES, frames, &count) != JVMTI_ERROR_NONE) return -1;
    for (jint i = count - 1; i >= 0; i--) {
        if (is_stub(env, frames[i].method)) return 1;
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

/* on: sample every allocation; off: back to HotSpot's default interval, event disabled. */
JNIEXPORT jstring JNICALL Java_dev_jbench_harness_alloc_NativeAllocCounter_enable0(JNIEnv *env, jclass cls,
                                                                                   jboolean on) {
    (void) cls;
    if (jvmti == NULL) return (*env)->NewStringUTF(env, "not initialised");
    jvmtiError err;
    if (on) {
        err = (*jvmti)->SetHeapSamplingInterval(jvmti, 0);
        if (err != JVMTI_ERROR_NONE) return error(env, "SetHeapSamplingInterval(0)", err);
        err = (*jvmti)->SetEventNotificationMode(jvmti, JVMTI_ENABLE, JVMTI_EVENT_SAMPLED_OBJECT_ALLOC, NULL);
        if (err != JVMTI_ERROR_NONE) return error(env, "SetEventNotificationMode(ENABLE)", err);
    } else {
        err = (*jvmti)->SetEventNotificationMode(jvmti, JVMTI_DISABLE, JVMTI_EVENT_SAMPLED_OBJECT_ALLOC, NULL);
        if (err != JVMTI_ERROR_NONE) return error(env, "SetEventNotificationMode(DISABLE)", err);
        err = (*jvmti)->SetHeapSamplingInterval(jvmti, DEFAULT_INTERVAL);
        if (err != JVMTI_ERROR_NONE) return error(env, "SetHeapSamplingInterval(default)", err);
    }
    return NULL;
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
