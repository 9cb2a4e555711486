import {createRequire as __translintCreateRequire} from 'node:module';
import {fileURLToPath as __translintFileURLToPath} from 'node:url';
import {dirname as __translintDirname} from 'node:path';
const require = __translintCreateRequire(import.meta.url);
const __filename = __translintFileURLToPath(import.meta.url);
const __dirname = __translintDirname(__filename);
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-6PBI5QBR.js";

// node_modules/hunspell-asm/dist/cjs/lib/node/hunspell.js
var require_hunspell = __commonJS({
  "node_modules/hunspell-asm/dist/cjs/lib/node/hunspell.js"(exports, module) {
    var Module = (function() {
      var _scriptDir = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : void 0;
      if (typeof __filename !== "undefined") _scriptDir = _scriptDir || __filename;
      return (function(Module2) {
        Module2 = Module2 || {};
        var Module2 = typeof Module2 !== "undefined" ? Module2 : {};
        Module2["preRun"] = function() {
          Module2.FS = { filesystems: FS.filesystems, stat: FS.stat, isDir: FS.isDir, isFile: FS.isFile, mkdir: FS.mkdir, mount: FS.mount, writeFile: FS.writeFile, unlink: FS.unlink, unmount: FS.unmount, rmdir: FS.rmdir };
        };
        var moduleOverrides = {};
        var key;
        for (key in Module2) {
          if (Module2.hasOwnProperty(key)) {
            moduleOverrides[key] = Module2[key];
          }
        }
        var arguments_ = [];
        var thisProgram = "./this.program";
        var quit_ = function(status, toThrow) {
          throw toThrow;
        };
        var ENVIRONMENT_IS_WEB = false;
        var ENVIRONMENT_IS_WORKER = false;
        var ENVIRONMENT_IS_NODE = true;
        if (Module2["ENVIRONMENT"]) {
          throw new Error("Module.ENVIRONMENT has been deprecated. To force the environment, use the ENVIRONMENT compile-time option (for example, -s ENVIRONMENT=web or -s ENVIRONMENT=node)");
        }
        var scriptDirectory = "";
        function locateFile(path3) {
          if (Module2["locateFile"]) {
            return Module2["locateFile"](path3, scriptDirectory);
          }
          return scriptDirectory + path3;
        }
        var read_, readBinary;
        var nodeFS;
        var nodePath;
        if (ENVIRONMENT_IS_NODE) {
          if (!(typeof process === "object" && typeof __require === "function")) throw new Error("not compiled for this environment (did you build to HTML and try to run it not on the web, or set ENVIRONMENT to something - like node - and run it someplace else - like on the web?)");
          scriptDirectory = __dirname + "/";
          read_ = function shell_read(filename, binary) {
            var ret = tryParseAsDataURI(filename);
            if (ret) {
              return binary ? ret : ret.toString();
            }
            if (!nodeFS) nodeFS = __require("fs");
            if (!nodePath) nodePath = __require("path");
            filename = nodePath["normalize"](filename);
            return nodeFS["readFileSync"](filename, binary ? null : "utf8");
          };
          readBinary = function readBinary2(filename) {
            var ret = read_(filename, true);
            if (!ret.buffer) {
              ret = new Uint8Array(ret);
            }
            assert(ret.buffer);
            return ret;
          };
          if (process["argv"].length > 1) {
            thisProgram = process["argv"][1].replace(/\\/g, "/");
          }
          arguments_ = process["argv"].slice(2);
          process["on"]("uncaughtException", function(ex) {
            if (!(ex instanceof ExitStatus)) {
              throw ex;
            }
          });
          quit_ = function(status) {
            process["exit"](status);
          };
          Module2["inspect"] = function() {
            return "[Emscripten Module object]";
          };
        } else {
          throw new Error("environment detection error");
        }
        var out = Module2["print"] || console.log.bind(console);
        var err = Module2["printErr"] || console.warn.bind(console);
        for (key in moduleOverrides) {
          if (moduleOverrides.hasOwnProperty(key)) {
            Module2[key] = moduleOverrides[key];
          }
        }
        moduleOverrides = null;
        if (Module2["arguments"]) arguments_ = Module2["arguments"];
        if (!Object.getOwnPropertyDescriptor(Module2, "arguments")) Object.defineProperty(Module2, "arguments", { configurable: true, get: function() {
          abort("Module.arguments has been replaced with plain arguments_");
        } });
        if (Module2["thisProgram"]) thisProgram = Module2["thisProgram"];
        if (!Object.getOwnPropertyDescriptor(Module2, "thisProgram")) Object.defineProperty(Module2, "thisProgram", { configurable: true, get: function() {
          abort("Module.thisProgram has been replaced with plain thisProgram");
        } });
        if (Module2["quit"]) quit_ = Module2["quit"];
        if (!Object.getOwnPropertyDescriptor(Module2, "quit")) Object.defineProperty(Module2, "quit", { configurable: true, get: function() {
          abort("Module.quit has been replaced with plain quit_");
        } });
        assert(typeof Module2["memoryInitializerPrefixURL"] === "undefined", "Module.memoryInitializerPrefixURL option was removed, use Module.locateFile instead");
        assert(typeof Module2["pthreadMainPrefixURL"] === "undefined", "Module.pthreadMainPrefixURL option was removed, use Module.locateFile instead");
        assert(typeof Module2["cdInitializerPrefixURL"] === "undefined", "Module.cdInitializerPrefixURL option was removed, use Module.locateFile instead");
        assert(typeof Module2["filePackagePrefixURL"] === "undefined", "Module.filePackagePrefixURL option was removed, use Module.locateFile instead");
        assert(typeof Module2["read"] === "undefined", "Module.read option was removed (modify read_ in JS)");
        assert(typeof Module2["readAsync"] === "undefined", "Module.readAsync option was removed (modify readAsync in JS)");
        assert(typeof Module2["readBinary"] === "undefined", "Module.readBinary option was removed (modify readBinary in JS)");
        assert(typeof Module2["setWindowTitle"] === "undefined", "Module.setWindowTitle option was removed (modify setWindowTitle in JS)");
        if (!Object.getOwnPropertyDescriptor(Module2, "read")) Object.defineProperty(Module2, "read", { configurable: true, get: function() {
          abort("Module.read has been replaced with plain read_");
        } });
        if (!Object.getOwnPropertyDescriptor(Module2, "readAsync")) Object.defineProperty(Module2, "readAsync", { configurable: true, get: function() {
          abort("Module.readAsync has been replaced with plain readAsync");
        } });
        if (!Object.getOwnPropertyDescriptor(Module2, "readBinary")) Object.defineProperty(Module2, "readBinary", { configurable: true, get: function() {
          abort("Module.readBinary has been replaced with plain readBinary");
        } });
        var STACK_ALIGN = 16;
        stackSave = stackRestore = stackAlloc = function() {
          abort("cannot use the stack before compiled code is ready to run, and has provided stack access");
        };
        function dynamicAlloc(size) {
          assert(DYNAMICTOP_PTR);
          var ret = HEAP32[DYNAMICTOP_PTR >> 2];
          var end = ret + size + 15 & -16;
          if (end > _emscripten_get_heap_size()) {
            abort("failure to dynamicAlloc - memory growth etc. is not supported there, call malloc/sbrk directly");
          }
          HEAP32[DYNAMICTOP_PTR >> 2] = end;
          return ret;
        }
        function getNativeTypeSize(type) {
          switch (type) {
            case "i1":
            case "i8":
              return 1;
            case "i16":
              return 2;
            case "i32":
              return 4;
            case "i64":
              return 8;
            case "float":
              return 4;
            case "double":
              return 8;
            default: {
              if (type[type.length - 1] === "*") {
                return 4;
              } else if (type[0] === "i") {
                var bits = parseInt(type.substr(1));
                assert(bits % 8 === 0, "getNativeTypeSize invalid bits " + bits + ", type " + type);
                return bits / 8;
              } else {
                return 0;
              }
            }
          }
        }
        function warnOnce(text) {
          if (!warnOnce.shown) warnOnce.shown = {};
          if (!warnOnce.shown[text]) {
            warnOnce.shown[text] = 1;
            err(text);
          }
        }
        function convertJsFunctionToWasm(func, sig) {
          if (typeof WebAssembly.Function === "function") {
            var typeNames = { "i": "i32", "j": "i64", "f": "f32", "d": "f64" };
            var type = { parameters: [], results: sig[0] == "v" ? [] : [typeNames[sig[0]]] };
            for (var i = 1; i < sig.length; ++i) {
              type.parameters.push(typeNames[sig[i]]);
            }
            return new WebAssembly.Function(type, func);
          }
          var typeSection = [1, 0, 1, 96];
          var sigRet = sig.slice(0, 1);
          var sigParam = sig.slice(1);
          var typeCodes = { "i": 127, "j": 126, "f": 125, "d": 124 };
          typeSection.push(sigParam.length);
          for (var i = 0; i < sigParam.length; ++i) {
            typeSection.push(typeCodes[sigParam[i]]);
          }
          if (sigRet == "v") {
            typeSection.push(0);
          } else {
            typeSection = typeSection.concat([1, typeCodes[sigRet]]);
          }
          typeSection[1] = typeSection.length - 2;
          var bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0].concat(typeSection, [2, 7, 1, 1, 101, 1, 102, 0, 0, 7, 5, 1, 1, 102, 0, 0]));
          var module2 = new WebAssembly.Module(bytes);
          var instance = new WebAssembly.Instance(module2, { "e": { "f": func } });
          var wrappedFunc = instance.exports["f"];
          return wrappedFunc;
        }
        function addFunctionWasm(func, sig) {
          var table = wasmTable;
          var ret = table.length;
          try {
            table.grow(1);
          } catch (err2) {
            if (!(err2 instanceof RangeError)) {
              throw err2;
            }
            throw "Unable to grow wasm table. Use a higher value for RESERVED_FUNCTION_POINTERS or set ALLOW_TABLE_GROWTH.";
          }
          try {
            table.set(ret, func);
          } catch (err2) {
            if (!(err2 instanceof TypeError)) {
              throw err2;
            }
            assert(typeof sig !== "undefined", "Missing signature argument to addFunction");
            var wrapped = convertJsFunctionToWasm(func, sig);
            table.set(ret, wrapped);
          }
          return ret;
        }
        function removeFunctionWasm(index) {
        }
        var funcWrappers = {};
        function dynCall(sig, ptr, args) {
          if (args && args.length) {
            assert(args.length == sig.length - 1);
            assert("dynCall_" + sig in Module2, "bad function pointer type - no table for sig '" + sig + "'");
            return Module2["dynCall_" + sig].apply(null, [ptr].concat(args));
          } else {
            assert(sig.length == 1);
            assert("dynCall_" + sig in Module2, "bad function pointer type - no table for sig '" + sig + "'");
            return Module2["dynCall_" + sig].call(null, ptr);
          }
        }
        var tempRet0 = 0;
        var setTempRet0 = function(value) {
          tempRet0 = value;
        };
        var wasmBinary2;
        if (Module2["wasmBinary"]) wasmBinary2 = Module2["wasmBinary"];
        if (!Object.getOwnPropertyDescriptor(Module2, "wasmBinary")) Object.defineProperty(Module2, "wasmBinary", { configurable: true, get: function() {
          abort("Module.wasmBinary has been replaced with plain wasmBinary");
        } });
        var noExitRuntime;
        if (Module2["noExitRuntime"]) noExitRuntime = Module2["noExitRuntime"];
        if (!Object.getOwnPropertyDescriptor(Module2, "noExitRuntime")) Object.defineProperty(Module2, "noExitRuntime", { configurable: true, get: function() {
          abort("Module.noExitRuntime has been replaced with plain noExitRuntime");
        } });
        if (typeof WebAssembly !== "object") {
          abort("No WebAssembly support found. Build with -s WASM=0 to target JavaScript instead.");
        }
        function setValue(ptr, value, type, noSafe) {
          type = type || "i8";
          if (type.charAt(type.length - 1) === "*") type = "i32";
          switch (type) {
            case "i1":
              HEAP8[ptr >> 0] = value;
              break;
            case "i8":
              HEAP8[ptr >> 0] = value;
              break;
            case "i16":
              HEAP16[ptr >> 1] = value;
              break;
            case "i32":
              HEAP32[ptr >> 2] = value;
              break;
            case "i64":
              tempI64 = [value >>> 0, (tempDouble = value, +Math_abs(tempDouble) >= 1 ? tempDouble > 0 ? (Math_min(+Math_floor(tempDouble / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math_ceil((tempDouble - +(~~tempDouble >>> 0)) / 4294967296) >>> 0 : 0)], HEAP32[ptr >> 2] = tempI64[0], HEAP32[ptr + 4 >> 2] = tempI64[1];
              break;
            case "float":
              HEAPF32[ptr >> 2] = value;
              break;
            case "double":
              HEAPF64[ptr >> 3] = value;
              break;
            default:
              abort("invalid type for setValue: " + type);
          }
        }
        function getValue(ptr, type, noSafe) {
          type = type || "i8";
          if (type.charAt(type.length - 1) === "*") type = "i32";
          switch (type) {
            case "i1":
              return HEAP8[ptr >> 0];
            case "i8":
              return HEAP8[ptr >> 0];
            case "i16":
              return HEAP16[ptr >> 1];
            case "i32":
              return HEAP32[ptr >> 2];
            case "i64":
              return HEAP32[ptr >> 2];
            case "float":
              return HEAPF32[ptr >> 2];
            case "double":
              return HEAPF64[ptr >> 3];
            default:
              abort("invalid type for getValue: " + type);
          }
          return null;
        }
        var wasmMemory;
        var wasmTable = new WebAssembly.Table({ "initial": 350, "maximum": 350 + 0, "element": "anyfunc" });
        var ABORT = false;
        var EXITSTATUS = 0;
        function assert(condition, text) {
          if (!condition) {
            abort("Assertion failed: " + text);
          }
        }
        function getCFunc(ident) {
          var func = Module2["_" + ident];
          assert(func, "Cannot call unknown function " + ident + ", make sure it is exported");
          return func;
        }
        function ccall(ident, returnType, argTypes, args, opts) {
          var toC = { "string": function(str) {
            var ret2 = 0;
            if (str !== null && str !== void 0 && str !== 0) {
              var len = (str.length << 2) + 1;
              ret2 = stackAlloc(len);
              stringToUTF8(str, ret2, len);
            }
            return ret2;
          }, "array": function(arr) {
            var ret2 = stackAlloc(arr.length);
            writeArrayToMemory(arr, ret2);
            return ret2;
          } };
          function convertReturnValue(ret2) {
            if (returnType === "string") return UTF8ToString(ret2);
            if (returnType === "boolean") return Boolean(ret2);
            return ret2;
          }
          var func = getCFunc(ident);
          var cArgs = [];
          var stack = 0;
          assert(returnType !== "array", 'Return type should not be "array".');
          if (args) {
            for (var i = 0; i < args.length; i++) {
              var converter = toC[argTypes[i]];
              if (converter) {
                if (stack === 0) stack = stackSave();
                cArgs[i] = converter(args[i]);
              } else {
                cArgs[i] = args[i];
              }
            }
          }
          var ret = func.apply(null, cArgs);
          ret = convertReturnValue(ret);
          if (stack !== 0) stackRestore(stack);
          return ret;
        }
        function cwrap(ident, returnType, argTypes, opts) {
          return function() {
            return ccall(ident, returnType, argTypes, arguments, opts);
          };
        }
        var ALLOC_NONE = 3;
        function allocate2(slab, types, allocator, ptr) {
          var zeroinit, size;
          if (typeof slab === "number") {
            zeroinit = true;
            size = slab;
          } else {
            zeroinit = false;
            size = slab.length;
          }
          var singleType = typeof types === "string" ? types : null;
          var ret;
          if (allocator == ALLOC_NONE) {
            ret = ptr;
          } else {
            ret = [_malloc, stackAlloc, dynamicAlloc][allocator](Math.max(size, singleType ? 1 : types.length));
          }
          if (zeroinit) {
            var stop;
            ptr = ret;
            assert((ret & 3) == 0);
            stop = ret + (size & ~3);
            for (; ptr < stop; ptr += 4) {
              HEAP32[ptr >> 2] = 0;
            }
            stop = ret + size;
            while (ptr < stop) {
              HEAP8[ptr++ >> 0] = 0;
            }
            return ret;
          }
          if (singleType === "i8") {
            if (slab.subarray || slab.slice) {
              HEAPU8.set(slab, ret);
            } else {
              HEAPU8.set(new Uint8Array(slab), ret);
            }
            return ret;
          }
          var i = 0, type, typeSize, previousType;
          while (i < size) {
            var curr = slab[i];
            type = singleType || types[i];
            if (type === 0) {
              i++;
              continue;
            }
            assert(type, "Must know what type to store in allocate!");
            if (type == "i64") type = "i32";
            setValue(ret + i, curr, type);
            if (previousType !== type) {
              typeSize = getNativeTypeSize(type);
              previousType = type;
            }
            i += typeSize;
          }
          return ret;
        }
        var UTF8Decoder = typeof TextDecoder !== "undefined" ? new TextDecoder("utf8") : void 0;
        function UTF8ArrayToString(u8Array, idx, maxBytesToRead) {
          var endIdx = idx + maxBytesToRead;
          var endPtr = idx;
          while (u8Array[endPtr] && !(endPtr >= endIdx)) ++endPtr;
          if (endPtr - idx > 16 && u8Array.subarray && UTF8Decoder) {
            return UTF8Decoder.decode(u8Array.subarray(idx, endPtr));
          } else {
            var str = "";
            while (idx < endPtr) {
              var u0 = u8Array[idx++];
              if (!(u0 & 128)) {
                str += String.fromCharCode(u0);
                continue;
              }
              var u1 = u8Array[idx++] & 63;
              if ((u0 & 224) == 192) {
                str += String.fromCharCode((u0 & 31) << 6 | u1);
                continue;
              }
              var u2 = u8Array[idx++] & 63;
              if ((u0 & 240) == 224) {
                u0 = (u0 & 15) << 12 | u1 << 6 | u2;
              } else {
                if ((u0 & 248) != 240) warnOnce("Invalid UTF-8 leading byte 0x" + u0.toString(16) + " encountered when deserializing a UTF-8 string on the asm.js/wasm heap to a JS string!");
                u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | u8Array[idx++] & 63;
              }
              if (u0 < 65536) {
                str += String.fromCharCode(u0);
              } else {
                var ch = u0 - 65536;
                str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
              }
            }
          }
          return str;
        }
        function UTF8ToString(ptr, maxBytesToRead) {
          return ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead) : "";
        }
        function stringToUTF8Array(str, outU8Array, outIdx, maxBytesToWrite) {
          if (!(maxBytesToWrite > 0)) return 0;
          var startIdx = outIdx;
          var endIdx = outIdx + maxBytesToWrite - 1;
          for (var i = 0; i < str.length; ++i) {
            var u = str.charCodeAt(i);
            if (u >= 55296 && u <= 57343) {
              var u1 = str.charCodeAt(++i);
              u = 65536 + ((u & 1023) << 10) | u1 & 1023;
            }
            if (u <= 127) {
              if (outIdx >= endIdx) break;
              outU8Array[outIdx++] = u;
            } else if (u <= 2047) {
              if (outIdx + 1 >= endIdx) break;
              outU8Array[outIdx++] = 192 | u >> 6;
              outU8Array[outIdx++] = 128 | u & 63;
            } else if (u <= 65535) {
              if (outIdx + 2 >= endIdx) break;
              outU8Array[outIdx++] = 224 | u >> 12;
              outU8Array[outIdx++] = 128 | u >> 6 & 63;
              outU8Array[outIdx++] = 128 | u & 63;
            } else {
              if (outIdx + 3 >= endIdx) break;
              if (u >= 2097152) warnOnce("Invalid Unicode code point 0x" + u.toString(16) + " encountered when serializing a JS string to an UTF-8 string on the asm.js/wasm heap! (Valid unicode code points should be in range 0-0x1FFFFF).");
              outU8Array[outIdx++] = 240 | u >> 18;
              outU8Array[outIdx++] = 128 | u >> 12 & 63;
              outU8Array[outIdx++] = 128 | u >> 6 & 63;
              outU8Array[outIdx++] = 128 | u & 63;
            }
          }
          outU8Array[outIdx] = 0;
          return outIdx - startIdx;
        }
        function stringToUTF8(str, outPtr, maxBytesToWrite) {
          assert(typeof maxBytesToWrite == "number", "stringToUTF8(str, outPtr, maxBytesToWrite) is missing the third parameter that specifies the length of the output buffer!");
          return stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite);
        }
        function lengthBytesUTF8(str) {
          var len = 0;
          for (var i = 0; i < str.length; ++i) {
            var u = str.charCodeAt(i);
            if (u >= 55296 && u <= 57343) u = 65536 + ((u & 1023) << 10) | str.charCodeAt(++i) & 1023;
            if (u <= 127) ++len;
            else if (u <= 2047) len += 2;
            else if (u <= 65535) len += 3;
            else len += 4;
          }
          return len;
        }
        var UTF16Decoder = typeof TextDecoder !== "undefined" ? new TextDecoder("utf-16le") : void 0;
        function allocateUTF8(str) {
          var size = lengthBytesUTF8(str) + 1;
          var ret = _malloc(size);
          if (ret) stringToUTF8Array(str, HEAP8, ret, size);
          return ret;
        }
        function writeArrayToMemory(array, buffer2) {
          assert(array.length >= 0, "writeArrayToMemory array must have a length (should be an array or typed array)");
          HEAP8.set(array, buffer2);
        }
        function writeAsciiToMemory(str, buffer2, dontAddNull) {
          for (var i = 0; i < str.length; ++i) {
            assert(str.charCodeAt(i) === str.charCodeAt(i) & 255);
            HEAP8[buffer2++ >> 0] = str.charCodeAt(i);
          }
          if (!dontAddNull) HEAP8[buffer2 >> 0] = 0;
        }
        var WASM_PAGE_SIZE = 65536;
        function alignUp(x, multiple) {
          if (x % multiple > 0) {
            x += multiple - x % multiple;
          }
          return x;
        }
        var buffer, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
        function updateGlobalBufferAndViews(buf) {
          buffer = buf;
          Module2["HEAP8"] = HEAP8 = new Int8Array(buf);
          Module2["HEAP16"] = HEAP16 = new Int16Array(buf);
          Module2["HEAP32"] = HEAP32 = new Int32Array(buf);
          Module2["HEAPU8"] = HEAPU8 = new Uint8Array(buf);
          Module2["HEAPU16"] = HEAPU16 = new Uint16Array(buf);
          Module2["HEAPU32"] = HEAPU32 = new Uint32Array(buf);
          Module2["HEAPF32"] = HEAPF32 = new Float32Array(buf);
          Module2["HEAPF64"] = HEAPF64 = new Float64Array(buf);
        }
        var STACK_BASE = 5395312, STACK_MAX = 152432, DYNAMIC_BASE = 5395312, DYNAMICTOP_PTR = 152272;
        assert(STACK_BASE % 16 === 0, "stack must start aligned");
        assert(DYNAMIC_BASE % 16 === 0, "heap must start aligned");
        var TOTAL_STACK = 5242880;
        if (Module2["TOTAL_STACK"]) assert(TOTAL_STACK === Module2["TOTAL_STACK"], "the stack size can no longer be determined at runtime");
        var INITIAL_TOTAL_MEMORY = Module2["TOTAL_MEMORY"] || 16777216;
        if (!Object.getOwnPropertyDescriptor(Module2, "TOTAL_MEMORY")) Object.defineProperty(Module2, "TOTAL_MEMORY", { configurable: true, get: function() {
          abort("Module.TOTAL_MEMORY has been replaced with plain INITIAL_TOTAL_MEMORY");
        } });
        assert(INITIAL_TOTAL_MEMORY >= TOTAL_STACK, "TOTAL_MEMORY should be larger than TOTAL_STACK, was " + INITIAL_TOTAL_MEMORY + "! (TOTAL_STACK=" + TOTAL_STACK + ")");
        assert(typeof Int32Array !== "undefined" && typeof Float64Array !== "undefined" && Int32Array.prototype.subarray !== void 0 && Int32Array.prototype.set !== void 0, "JS engine does not provide full typed array support");
        if (Module2["wasmMemory"]) {
          wasmMemory = Module2["wasmMemory"];
        } else {
          wasmMemory = new WebAssembly.Memory({ "initial": INITIAL_TOTAL_MEMORY / WASM_PAGE_SIZE });
        }
        if (wasmMemory) {
          buffer = wasmMemory.buffer;
        }
        INITIAL_TOTAL_MEMORY = buffer.byteLength;
        assert(INITIAL_TOTAL_MEMORY % WASM_PAGE_SIZE === 0);
        updateGlobalBufferAndViews(buffer);
        HEAP32[DYNAMICTOP_PTR >> 2] = DYNAMIC_BASE;
        function writeStackCookie() {
          assert((STACK_MAX & 3) == 0);
          HEAPU32[(STACK_MAX >> 2) + 1] = 34821223;
          HEAPU32[(STACK_MAX >> 2) + 2] = 2310721022;
          HEAP32[0] = 1668509029;
        }
        function checkStackCookie() {
          var cookie1 = HEAPU32[(STACK_MAX >> 2) + 1];
          var cookie2 = HEAPU32[(STACK_MAX >> 2) + 2];
          if (cookie1 != 34821223 || cookie2 != 2310721022) {
            abort("Stack overflow! Stack cookie has been overwritten, expected hex dwords 0x89BACDFE and 0x2135467, but received 0x" + cookie2.toString(16) + " " + cookie1.toString(16));
          }
          if (HEAP32[0] !== 1668509029) abort("Runtime error: The application has corrupted its heap memory area (address zero)!");
        }
        function abortStackOverflow(allocSize) {
          abort("Stack overflow! Attempted to allocate " + allocSize + " bytes on the stack, but stack has only " + (STACK_MAX - stackSave() + allocSize) + " bytes available!");
        }
        (function() {
          var h16 = new Int16Array(1);
          var h8 = new Int8Array(h16.buffer);
          h16[0] = 25459;
          if (h8[0] !== 115 || h8[1] !== 99) throw "Runtime error: expected the system to be little-endian!";
        })();
        function callRuntimeCallbacks(callbacks) {
          while (callbacks.length > 0) {
            var callback = callbacks.shift();
            if (typeof callback == "function") {
              callback();
              continue;
            }
            var func = callback.func;
            if (typeof func === "number") {
              if (callback.arg === void 0) {
                Module2["dynCall_v"](func);
              } else {
                Module2["dynCall_vi"](func, callback.arg);
              }
            } else {
              func(callback.arg === void 0 ? null : callback.arg);
            }
          }
        }
        var __ATPRERUN__ = [];
        var __ATINIT__ = [];
        var __ATMAIN__ = [];
        var __ATEXIT__ = [];
        var __ATPOSTRUN__ = [];
        var runtimeInitialized = false;
        var runtimeExited = false;
        function preRun() {
          if (Module2["preRun"]) {
            if (typeof Module2["preRun"] == "function") Module2["preRun"] = [Module2["preRun"]];
            while (Module2["preRun"].length) {
              addOnPreRun(Module2["preRun"].shift());
            }
          }
          callRuntimeCallbacks(__ATPRERUN__);
        }
        function initRuntime() {
          checkStackCookie();
          assert(!runtimeInitialized);
          runtimeInitialized = true;
          if (!Module2["noFSInit"] && !FS.init.initialized) FS.init();
          TTY.init();
          callRuntimeCallbacks(__ATINIT__);
        }
        function preMain() {
          checkStackCookie();
          FS.ignorePermissions = false;
          callRuntimeCallbacks(__ATMAIN__);
        }
        function exitRuntime() {
          checkStackCookie();
          runtimeExited = true;
        }
        function postRun() {
          checkStackCookie();
          if (Module2["postRun"]) {
            if (typeof Module2["postRun"] == "function") Module2["postRun"] = [Module2["postRun"]];
            while (Module2["postRun"].length) {
              addOnPostRun(Module2["postRun"].shift());
            }
          }
          callRuntimeCallbacks(__ATPOSTRUN__);
        }
        function addOnPreRun(cb) {
          __ATPRERUN__.unshift(cb);
        }
        function addOnPostRun(cb) {
          __ATPOSTRUN__.unshift(cb);
        }
        assert(Math.imul, "This browser does not support Math.imul(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill");
        assert(Math.fround, "This browser does not support Math.fround(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill");
        assert(Math.clz32, "This browser does not support Math.clz32(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill");
        assert(Math.trunc, "This browser does not support Math.trunc(), build with LEGACY_VM_SUPPORT or POLYFILL_OLD_MATH_FUNCTIONS to add in a polyfill");
        var Math_abs = Math.abs;
        var Math_ceil = Math.ceil;
        var Math_floor = Math.floor;
        var Math_min = Math.min;
        var runDependencies = 0;
        var runDependencyWatcher = null;
        var dependenciesFulfilled = null;
        var runDependencyTracking = {};
        function getUniqueRunDependency(id) {
          var orig = id;
          while (1) {
            if (!runDependencyTracking[id]) return id;
            id = orig + Math.random();
          }
          return id;
        }
        function addRunDependency(id) {
          runDependencies++;
          if (Module2["monitorRunDependencies"]) {
            Module2["monitorRunDependencies"](runDependencies);
          }
          if (id) {
            assert(!runDependencyTracking[id]);
            runDependencyTracking[id] = 1;
            if (runDependencyWatcher === null && typeof setInterval !== "undefined") {
              runDependencyWatcher = setInterval(function() {
                if (ABORT) {
                  clearInterval(runDependencyWatcher);
                  runDependencyWatcher = null;
                  return;
                }
                var shown = false;
                for (var dep in runDependencyTracking) {
                  if (!shown) {
                    shown = true;
                    err("still waiting on run dependencies:");
                  }
                  err("dependency: " + dep);
                }
                if (shown) {
                  err("(end of list)");
                }
              }, 1e4);
            }
          } else {
            err("warning: run dependency added without ID");
          }
        }
        function removeRunDependency(id) {
          runDependencies--;
          if (Module2["monitorRunDependencies"]) {
            Module2["monitorRunDependencies"](runDependencies);
          }
          if (id) {
            assert(runDependencyTracking[id]);
            delete runDependencyTracking[id];
          } else {
            err("warning: run dependency removed without ID");
          }
          if (runDependencies == 0) {
            if (runDependencyWatcher !== null) {
              clearInterval(runDependencyWatcher);
              runDependencyWatcher = null;
            }
            if (dependenciesFulfilled) {
              var callback = dependenciesFulfilled;
              dependenciesFulfilled = null;
              callback();
            }
          }
        }
        Module2["preloadedImages"] = {};
        Module2["preloadedAudios"] = {};
        function abort(what) {
          if (Module2["onAbort"]) {
            Module2["onAbort"](what);
          }
          what += "";
          out(what);
          err(what);
          ABORT = true;
          EXITSTATUS = 1;
          var output = "abort(" + what + ") at " + stackTrace();
          what = output;
          throw new WebAssembly.RuntimeError(what);
        }
        var dataURIPrefix = "data:application/octet-stream;base64,";
        function isDataURI(filename) {
          return String.prototype.startsWith ? filename.startsWith(dataURIPrefix) : filename.indexOf(dataURIPrefix) === 0;
        }
        var wasmBinaryFile = "data:application/octet-stream;base64,AGFzbQEAAAAB6AM7YAF/AX9gAn9/AGACf38Bf2ADf39/AX9gAX8AYAV/f39/fwF/YAN/f38AYAR/f39/AGAGf39/f39/AX9gBX9/f39/AGAEf39/fwF/YAAAYAZ/f39/f38AYAh/f39/f39/fwF/YAd/f39/f39/AX9gAAF/YAd/f39/f39/AGAFf35+fn4AYAV/f35/fwBgBX9/f39+AX9gA39+fwF+YAp/f39/f39/f39/AGAEf39/fwF+YAh/f39/f39/fwBgBH9+fn8AYAl/f39/f39/f38Bf2AKf39/f39/f39/fwF/YAt/f39/f39/f39/fwF/YAd/f39/f35+AX9gBn9/f39+fgF/YAV/f39/fAF/YAZ/fH9/f38Bf2AJf39/f39/f39/AGAPf39/f39/f39/f39/f39/AGAMf39/f39/f39/f39/AX9gA39+fwF/YAJ+fwF/YAJ+fgF/YAR/f39+AX5gC39/f39/f39/f39/AGADf39+AGACf34AYAN/fn4AYAJ/fQBgAn98AGAGf39/f398AX9gB39/fH9/f38Bf2ADfn9/AX9gBH5+fn4Bf2ABfwF+YAJ/fwF+YAJ/fwF9YAN/f38BfWACfn4BfWABfwF8YAJ/fwF8YAN/f38BfGACfn4BfGACfH8BfAKtBBgDZW52BWFib3J0AAsDZW52FmVtc2NyaXB0ZW5fcmVzaXplX2hlYXAAAANlbnYVZW1zY3JpcHRlbl9tZW1jcHlfYmlnAAMWd2FzaV9zbmFwc2hvdF9wcmV2aWV3MQhmZF9jbG9zZQAAFndhc2lfc25hcHNob3RfcHJldmlldzEIZmRfd3JpdGUACgNlbnYGX19sb2NrAAQDZW52CF9fdW5sb2NrAAQDZW52Cl9fc3lzY2FsbDUAAgNlbnYMX19zeXNjYWxsMjIxAAIDZW52C19fc3lzY2FsbDU0AAIWd2FzaV9zbmFwc2hvdF9wcmV2aWV3MQdmZF9yZWFkAAoDZW52GF9fY3hhX2FsbG9jYXRlX2V4Y2VwdGlvbgAAA2VudgtfX2N4YV90aHJvdwAGFndhc2lfc25hcHNob3RfcHJldmlldzERZW52aXJvbl9zaXplc19nZXQAAhZ3YXNpX3NuYXBzaG90X3ByZXZpZXcxC2Vudmlyb25fZ2V0AAIDZW52Cl9fbWFwX2ZpbGUAAgNlbnYLX19zeXNjYWxsOTEAAgNlbnYKc3RyZnRpbWVfbAAFA2VudgVjbG9jawAPA2VudhdfX2hhbmRsZV9zdGFja19vdmVyZmxvdwALA2VudgtzZXRUZW1wUmV0MAAEFndhc2lfc25hcHNob3RfcHJldmlldzEHZmRfc2VlawAFA2VudgZtZW1vcnkCAIACA2VudgV0YWJsZQFwAN4CA7cItQgLDwADAwAAAAMUAAQAAgIDOhgYOQ8AAwMFDgYABwkkLyQDHwEGAAQCAgIBBAACBAQLCwMDAAYHBwcHBwYJDAkJCQwMDAAECwAAAgIAAAMAAgIjIwAAAAMBAjEGAAMLAAAEAAQBAQAAAQACAgQAAAACAAQEAAQBAxILBwACAgMBAAYDAAAwJQAABAYCCgUBAwIGAgEKBQEDAgICAgICBgECAgMDCg4OAAICAwICAgMDCgcBAgEAAAAABAQBAAQGBAABBwIFBQkHAQcDDQgQCAQABAMBCgMDAwoDAwMDAwUBBAQABAMDAQYBAQYBAQEBAQEBBwAFAwYBAAUFBwkDBQUDCAECGw0IAicJFxAgAhkAAAAAAQEDAAMDCgMCDywAKQAqJiY1KxEBETYRAREYESURBwwQMjMHNwYHCwsCAgYFAAEGAQYXAQEBEAYGAQEBBwEGBgkDCgoDCgMIAQgHAgYABQYGBhcJBgEGDwQBCgMCKAMDAwsAAQIADwMCAgQDCgoFABYWBQcGAwUHBgMIBAABAQ4CAgMBAgACBAAIBQAGAAABGgoHCAUWCAUKCAUKCAUWCAUJIjQIBTgIBQcIBw8DBAAAAAMCBAgADgICCAUCBhoIBQgFCAUIBQgFCSIIBQgFCAcDAAABAgUAAAIEAgUHBQMQCAEAAwQTBRMeAwAKEAAdBQUABAUQCAEDEwUTHhAdBQEBDQIACAgIDAgMCAkFDQcJCQkJCQkHDAkJCQ0CCAgIDAgMCAkFDQcJCQkJCQkHDAkJCQ4MAQIDDgwCBQMAAQEBAAEOGxUBAgIGBg4EAQEBBgABAQEAAAMCAAEOGxUBDgQBBgABAAMCHAAVIQEDCBwVIQMIAwMDDAAGAQwHBwQACwQLCwQABAEAAQsPAgQCBAQABAQEAg8EBAEDBAQDCgoKAgMCAwIKAwUABAIDAgMKAwUNBQUCAgQNBQMNCAUFAAAABQoADQgNCAUDAA0IDQgFAwAEAAQAAAEBAQEBAQEBAAsEAAsEAQALBAALBAALBAALBAAEAAQABAAEAAQABAAEAAQCAAEEAA8AAgAEAwECAAQAAAEBBgEEAAoBBAAABwEBBAIEAAAEBAYDBAAEAAQEEgQHAwIGAgAAAAIDBgAABAQCBAEAAgADAAIBAAIABAIAAAICAwEAAgADAAICAAACAAAEBAAAAQEDAQAAAAQEBAECAgQBAAACAgYBAgECAAQGAgMAAQQEAQADBgQABAECBgIBAQEBAQEBAQAACwsCAgIBAwUGAAAEBAQABBIHAAICBQIGAAwFBwkHBwcJBwkHCQcJBwkHCQcJBwkHByAGBwoDAgcDCgwKAwYHAAcGAQYBAAgJAQEOCgYBBAMGBgcGAgYBAQECAQYGBwEHBgAGAwIEAgICAwIBBA8ABAACCi4GARAMCQMEBQgZDi0NBRAOGRoGFQN/AUHQpckCC38AQdClCQt/AUEACwfsBSsRX193YXNtX2NhbGxfY3RvcnMAFhJIdW5zcGVsbF9mcmVlX2xpc3QApwgQSHVuc3BlbGxfc3VnZ2VzdACoCA9IdW5zcGVsbF9jcmVhdGUAqQgQSHVuc3BlbGxfZGVzdHJveQCqCBBIdW5zcGVsbF9hZGRfZGljAKsIDkh1bnNwZWxsX3NwZWxsAKwIDEh1bnNwZWxsX2FkZACtCBdIdW5zcGVsbF9hZGRfd2l0aF9hZmZpeACuCA9IdW5zcGVsbF9yZW1vdmUArwgGZmZsdXNoAGkQX19lcnJub19sb2NhdGlvbgAXCHNldFRocmV3ALAIGV9aU3QxOHVuY2F1Z2h0X2V4Y2VwdGlvbnYA/wIGbWFsbG9jADsEZnJlZQA8Cl9fZGF0YV9lbmQDARFfX3NldF9zdGFja19saW1pdACxCAlzdGFja1NhdmUAsggKc3RhY2tBbGxvYwCzCAxzdGFja1Jlc3RvcmUAtAgQX19ncm93V2FzbU1lbW9yeQC1CApkeW5DYWxsX2lpALYIDGR5bkNhbGxfaWlpaQC3CAxkeW5DYWxsX2ppamkAxggPZHluQ2FsbF9paWRpaWlpALgIC2R5bkNhbGxfdmlpALkICmR5bkNhbGxfdmkAuggPZHluQ2FsbF92aWlpaWlpALsIDmR5bkNhbGxfdmlpaWlpALwIDWR5bkNhbGxfdmlpaWkAvQgOZHluQ2FsbF92aWlqaWkAxwgLZHluQ2FsbF9paWkAvggJZHluQ2FsbF92AL8IDWR5bkNhbGxfaWlpaWkAwAgOZHluQ2FsbF9paWlpaWkAwQgRZHluQ2FsbF9paWlpaWlpaWkAwggPZHluQ2FsbF9paWlpaWlpAMMIDmR5bkNhbGxfaWlpaWlqAMgIDmR5bkNhbGxfaWlpaWlkAMQID2R5bkNhbGxfaWlpaWlqagDJCBBkeW5DYWxsX2lpaWlpaWlpAMUIEGR5bkNhbGxfaWlpaWlpamoAyggJ+wQBAEEBC90CHB4fODkbQUIbQSEhSVlWTEFYVU1BV1JPG0FaY3R2d3ghggGHAYYBiAHmBugG5wbpBoMBigGLAYwBjQGPAYkBnAHcBpAB4QaRAeQGkgHKAc4BzQHPAYkHiweKB4wH1QHUAeQB5QHmAa8CG4ADR4gDPCHABcQFigaNBpEGlAaXBpoGnAaeBqAGogakBqYGqAaqBrkFuwXDBdEF0gXTBdQF1QXWBc0F1wXYBdkFpwXfBeAF4wXmBecFnAHqBewF+gX7Bf4F/wWABoIGhQb8Bf0FkwSLBIEGgwaGBhtBQcUFxgXHBcgFyQXKBcsFzAXNBc4FzwXQBUHaBdoF2wUgINwFIEHtBe8F2wWcAZwB8QXzBUH0BfYF2wWcAZwB+AXzBUFBG0GaA5sDnQMbQZ4DnwOhA0GiA7EDuwO+A8EDwQPEA8cDzAPPA9IDQd0D4gPnA+kD6wPrA+0D7wPzA/UD9wNB/gOEBI4EjwSQBJEElwSYBEGZBJwEoQSiBKMEpASmBKcEG0GsBK0ErgSvBLEEswS2BIgGjwaVBqMGpwabBp8GG0GsBMUExgTHBMkEywTOBIsGkgaYBqUGqQadBqEGrwauBtsErwauBuAEQeUE5QTmBOYE5gTnBJwB6AToBEHlBOUE5gTmBOYE5wScAegE6ARB6QTpBOYE5gTmBOoEnAHoBOgEQekE6QTmBOYE5gTqBJwB6AToBEHrBPMEQYMFhwVBkAWWBUGXBZsFQZ4FnwXYAkGeBaMF2ALWBtcG2AK1BtkG2wacAeAG4wbjBpMHlgeUB5cHlQeYB9QGnAesB9AHzgfRB88H0gfTB9QH1QfWB9cH2AfZBwqW8xO1CAUAEIkDCwYAQdCQCQtUAQF/QdClCSgCACIBIABBA2pBfHFqIgBBf0wEQEHQkAlBMDYCAEF/DwsCQCAAPwBBEHRNDQAgABABDQBB0JAJQTA2AgBBfw8LQdClCSAANgIAIAEL8wICAn8BfgJAIAJFDQAgACACaiIDQX9qIAE6AAAgACABOgAAIAJBA0kNACADQX5qIAE6AAAgACABOgABIANBfWogAToAACAAIAE6AAIgAkEHSQ0AIANBfGogAToAACAAIAE6AAMgAkEJSQ0AIABBACAAa0EDcSIEaiIDIAFB/wFxQYGChAhsIgE2AgAgAyACIARrQXxxIgRqIgJBfGogATYCACAEQQlJDQAgAyABNgIIIAMgATYCBCACQXhqIAE2AgAgAkF0aiABNgIAIARBGUkNACADIAE2AhggAyABNgIUIAMgATYCECADIAE2AgwgAkFwaiABNgIAIAJBbGogATYCACACQWhqIAE2AgAgAkFkaiABNgIAIAQgA0EEcUEYciIEayICQSBJDQAgAa0iBUIghiAFhCEFIAMgBGohAQNAIAEgBTcDGCABIAU3AxAgASAFNwMIIAEgBTcDACABQSBqIQEgAkFgaiICQR9LDQALCyAAC4MEAQN/IAJBgMAATwRAIAAgASACEAIaIAAPCyAAIAJqIQMCQCAAIAFzQQNxRQRAAkAgAkEBSARAIAAhAgwBCyAAQQNxRQRAIAAhAgwBCyAAIQIDQCACIAEtAAA6AAAgAUEBaiEBIAJBAWoiAiADTw0BIAJBA3ENAAsLAkAgA0F8cSIEQcAASQ0AIAIgBEFAaiIFSw0AA0AgAiABKAIANgIAIAIgASgCBDYCBCACIAEoAgg2AgggAiABKAIMNgIMIAIgASgCEDYCECACIAEoAhQ2AhQgAiABKAIYNgIYIAIgASgCHDYCHCACIAEoAiA2AiAgAiABKAIkNgIkIAIgASgCKDYCKCACIAEoAiw2AiwgAiABKAIwNgIwIAIgASgCNDYCNCACIAEoAjg2AjggAiABKAI8NgI8IAFBQGshASACQUBrIgIgBU0NAAsLIAIgBE8NAQNAIAIgASgCADYCACABQQRqIQEgAkEEaiICIARJDQALDAELIANBBEkEQCAAIQIMAQsgA0F8aiIEIABJBEAgACECDAELIAAhAgNAIAIgAS0AADoAACACIAEtAAE6AAEgAiABLQACOgACIAIgAS0AAzoAAyABQQRqIQEgAkEEaiICIARNDQALCyACIANJBEADQCACIAEtAAA6AAAgAUEBaiEBIAJBAWoiAiADRw0ACwsgAAsEACAACwkAIAAoAjwQAwsWACAARQRAQQAPC0HQkAkgADYCAEF/C8sCAQZ/IwBBIGsiBCIDIwJJBEAQEwsgAyQAIAQgACgCHCIDNgIQIAAoAhQhBSAEIAI2AhwgBCABNgIYIAQgBSADayIBNgIUIAEgAmohBkECIQUgBEEQaiEBA0ACQAJ/IAYCfyAAKAI8IAEgBSAEQQxqEAQQHQRAIARBfzYCDEF/DAELIAQoAgwLIgNGBEAgACAAKAIsIgE2AhwgACABNgIUIAAgASAAKAIwajYCECACDAELIANBf0oNASAAQQA2AhwgAEIANwMQIAAgACgCAEEgcjYCAEEAIAVBAkYNABogAiABKAIEawshAyAEQSBqIgAjAkkEQBATCyAAJAAgAw8LIAFBCGogASADIAEoAgQiB0siCBsiASADIAdBACAIG2siByABKAIAajYCACABIAEoAgQgB2s2AgQgBiADayEGIAUgCGshBQwAAAsAC2QBAn8jAEEQayIDIgQjAkkEQBATCyAEJAACfiAAKAI8IAGnIAFCIIinIAJB/wFxIANBCGoQFRAdRQRAIAMpAwgMAQsgA0J/NwMIQn8LIQEgA0EQaiIAIwJJBEAQEwsgACQAIAELBABBAQsDAAELCgAgAEFQakEKSQuUAgACQCAABH8gAUH/AE0NAQJAQZCkCCgCACgCAEUEQCABQYB/cUGAvwNGDQNB0JAJQRk2AgAMAQsgAUH/D00EQCAAIAFBP3FBgAFyOgABIAAgAUEGdkHAAXI6AABBAg8LIAFBgLADT0EAIAFBgEBxQYDAA0cbRQRAIAAgAUE/cUGAAXI6AAIgACABQQx2QeABcjoAACAAIAFBBnZBP3FBgAFyOgABQQMPCyABQYCAfGpB//8/TQRAIAAgAUE/cUGAAXI6AAMgACABQRJ2QfABcjoAACAAIAFBBnZBP3FBgAFyOgACIAAgAUEMdkE/cUGAAXI6AAFBBA8LQdCQCUEZNgIAC0F/BUEBCw8LIAAgAToAAEEBCxEAIABFBEBBAA8LIAAgARAjC4kCAQR/IAJBAEchAwJAAkACQAJAIAJFDQAgAEEDcUUNACABQf8BcSEEA0AgAC0AACAERg0CIABBAWohACACQX9qIgJBAEchAyACRQ0BIABBA3ENAAsLIANFDQELIAAtAAAgAUH/AXFGDQECQCACQQRPBEAgAUH/AXFBgYKECGwhBCACQXxqIgNBA3EhBSADQXxxIABqQQRqIQYDQCAAKAIAIARzIgNBf3MgA0H//ft3anFBgIGChHhxDQIgAEEEaiEAIAJBfGoiAkEDSw0ACyAFIQIgBiEACyACRQ0BCyABQf8BcSEDA0AgAC0AACADRg0CIABBAWohACACQX9qIgINAAsLQQAPCyAAC34CAX8BfiAAvSIDQjSIp0H/D3EiAkH/D0cEfCACRQRAIAEgAEQAAAAAAAAAAGEEf0EABSAARAAAAAAAAPBDoiABECYhACABKAIAQUBqCzYCACAADwsgASACQYJ4ajYCACADQv////////+HgH+DQoCAgICAgIDwP4S/BSAACwtgAQF+AkACfiADQcAAcQRAIAIgA0FAaq2IIQFCACECQgAMAQsgA0UNASACQcAAIANrrYYgASADrSIEiIQhASACIASIIQJCAAshBCABIASEIQELIAAgATcDACAAIAI3AwgLUAEBfgJAIANBwABxBEAgASADQUBqrYYhAkIAIQEMAQsgA0UNACACIAOtIgSGIAFBwAAgA2utiIQhAiABIASGIQELIAAgATcDACAAIAI3AwgL7wMCAn8CfiMAQSBrIgIiAyMCSQRAEBMLIAMkAAJAIAFC////////////AIMiBEKAgICAgIDA/0N8IARCgICAgICAwIC8f3xUBEAgAUIEhiAAQjyIhCEEIABC//////////8PgyIAQoGAgICAgICACFoEQCAEQoGAgICAgICAwAB8IQUMAgsgBEKAgICAgICAgEB9IQUgAEKAgICAgICAgAiFQgBSDQEgBUIBgyAFfCEFDAELIABQIARCgICAgICAwP//AFQgBEKAgICAgIDA//8AURtFBEAgAUIEhiAAQjyIhEL/////////A4NCgICAgICAgPz/AIQhBQwBC0KAgICAgICA+P8AIQUgBEL///////+//8MAVg0AQgAhBSAEQjCIpyIDQZH3AEkNACACIAAgAUL///////8/g0KAgICAgIDAAIQiBEGB+AAgA2sQJyACQRBqIAAgBCADQf+If2oQKCACKQMIQgSGIAIpAwAiBEI8iIQhBSACKQMQIAIpAxiEQgBSrSAEQv//////////D4OEIgRCgYCAgICAgIAIWgRAIAVCAXwhBQwBCyAEQoCAgICAgICACIVCAFINACAFQgGDIAV8IQULIAJBIGoiAiMCSQRAEBMLIAIkACAFIAFCgICAgICAgICAf4OEvwsMAEGckQkQBUGkkQkLWQEBfyAAIAAtAEoiAUF/aiABcjoASiAAKAIAIgFBCHEEQCAAIAFBIHI2AgBBfw8LIABCADcCBCAAIAAoAiwiATYCHCAAIAE2AhQgACABIAAoAjBqNgIQQQALtgEBBH8CQCACKAIQIgMEfyADBSACECsNASACKAIQCyACKAIUIgVrIAFJBEAgAiAAIAEgAigCJBEDAA8LAkAgAiwAS0EASA0AIAEhBANAIAQiA0UNASAAIANBf2oiBGotAABBCkcNAAsgAiAAIAMgAigCJBEDACIEIANJDQEgASADayEBIAAgA2ohACACKAIUIQUgAyEGCyAFIAAgARAaGiACIAIoAhQgAWo2AhQgASAGaiEECyAECzkBAX8gASEDAkAgAigCTEF/TARAIAAgAyACECwhAAwBCyAAIAMgAhAsIQALIAAgA0YEQCABDwsgAAuQAwEDfyMAQdABayIFIgYjAkkEQBATCyAGJAAgBSACNgLMAUEAIQIgBUGgAWpBAEEoEBkaIAUgBSgCzAE2AsgBAkBBACABIAVByAFqIAVB0ABqIAVBoAFqIAMgBBAvQQBIBEBBfyEBDAELIAAoAkxBAE4EQEEBIQILIAAoAgAhBiAALABKQQBMBEAgACAGQV9xNgIACyAGQSBxIQYCfyAAKAIwBEAgACABIAVByAFqIAVB0ABqIAVBoAFqIAMgBBAvDAELIABB0AA2AjAgACAFQdAAajYCECAAIAU2AhwgACAFNgIUIAAoAiwhByAAIAU2AiwgACABIAVByAFqIAVB0ABqIAVBoAFqIAMgBBAvIgEgB0UNABogAEEAQQAgACgCJBEDABogAEEANgIwIAAgBzYCLCAAQQA2AhwgAEEANgIQIAAoAhQhAyAAQQA2AhQgAUF/IAMbCyEBIAAgACgCACIDIAZyNgIAQX8gASADQSBxGyEBIAJFDQALIAVB0AFqIgAjAkkEQBATCyAAJAAgAQvGEQIPfwF+IwBB0ABrIgciCSMCSQRAEBMLIAkkACAHIAE2AkwgB0E3aiEVIAdBOGohEkEAIQECQANAAkAgD0EASA0AIAFB/////wcgD2tKBEBB0JAJQT02AgBBfyEPDAELIAEgD2ohDwsgBygCTCIMIQECQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAIAwtAAAiCARAA0ACQAJAAkAgCEH/AXEiCEUEQCABIQgMAQsgCEElRw0BIAEhCANAIAEtAAFBJUcNASAHIAFBAmoiCTYCTCAIQQFqIQggAS0AAiEKIAkhASAKQSVGDQALCyAIIAxrIQEgAARAIAAgDCABEDALIAENEiAHKAJMLAABECIhCUF/IRFBASEIIAcoAkwhAQJAIAlFDQAgAS0AAkEkRw0AIAEsAAFBUGohEUEBIRNBAyEICyAHIAEgCGoiATYCTEEAIQgCQCABLAAAIhBBYGoiCkEfSwRAIAEhCQwBCyABIQlBASAKdCIKQYnRBHFFDQADQCAHIAFBAWoiCTYCTCAIIApyIQggASwAASIQQWBqIgpBH0sNASAJIQFBASAKdCIKQYnRBHENAAsLAkAgEEEqRgRAIAcCfwJAIAksAAEQIkUNACAHKAJMIgktAAJBJEcNACAJLAABQQJ0IARqQcB+akEKNgIAIAksAAFBA3QgA2pBgH1qKAIAIQ1BASETIAlBA2oMAQsgEw0HQQAhE0EAIQ0gAARAIAIgAigCACIBQQRqNgIAIAEoAgAhDQsgBygCTEEBagsiATYCTCANQX9KDQFBACANayENIAhBgMAAciEIDAELIAdBzABqEDEiDUEASA0FIAcoAkwhAQtBfyELAkAgAS0AAEEuRw0AIAEtAAFBKkYEQAJAIAEsAAIQIkUNACAHKAJMIgEtAANBJEcNACABLAACQQJ0IARqQcB+akEKNgIAIAEsAAJBA3QgA2pBgH1qKAIAIQsgByABQQRqIgE2AkwMAgsgEw0GIAAEfyACIAIoAgAiAUEEajYCACABKAIABUEACyELIAcgBygCTEECaiIBNgJMDAELIAcgAUEBajYCTCAHQcwAahAxIQsgBygCTCEBC0EAIQkDQCAJIQpBfyEOIAEsAABBv39qQTlLDRQgByABQQFqIhA2AkwgASwAACEJIBAhASAJIApBOmxqLQDfByIJQX9qQQhJDQALIAlFDRMCQAJAAkAgCUETRgRAIBFBf0wNAQwXCyARQQBIDQEgBCARQQJ0aiAJNgIAIAcgAyARQQN0aikDADcDQAtBACEBIABFDRQMAQsgAEUNEiAHQUBrIAkgAiAGEDIgBygCTCEQCyAIQf//e3EiFCAIIAhBgMAAcRshCEEAIQ5BhAghESASIQkgEEF/aiwAACIBQV9xIAEgAUEPcUEDRhsgASAKGyIBQah/aiIQQSBNDQECQAJ/AkACQCABQb9/aiIKQQZLBEAgAUHTAEcNFSALRQ0BIAcoAkAMAwsgCkEBaw4DFAEUCQtBACEBIABBICANQQAgCBAzDAILIAdBADYCDCAHIAcpA0A+AgggByAHQQhqNgJAQX8hCyAHQQhqCyEJQQAhAQJAA0AgCSgCACIKRQ0BAkAgB0EEaiAKECQiCkEASCIMDQAgCiALIAFrSw0AIAlBBGohCSALIAEgCmoiAUsNAQwCCwtBfyEOIAwNFQsgAEEgIA0gASAIEDMgAUUEQEEAIQEMAQtBACEKIAcoAkAhCQNAIAkoAgAiDEUNASAHQQRqIAwQJCIMIApqIgogAUoNASAAIAdBBGogDBAwIAlBBGohCSAKIAFJDQALCyAAQSAgDSABIAhBgMAAcxAzIA0gASANIAFKGyEBDBILIAcgAUEBaiIJNgJMIAEtAAEhCCAJIQEMAQsLIBBBAWsOHw0NDQ0NDQ0NAg0EBQICAg0FDQ0NDQkGBw0NAw0KDQ0ICyAPIQ4gAA0PIBNFDQ1BASEBA0AgBCABQQJ0aigCACIIBEAgAyABQQN0aiAIIAIgBhAyQQEhDiABQQFqIgFBCkcNAQwRCwtBASEOIAFBCk8NDwNAIAQgAUECdGooAgANASABQQhLIQggAUEBaiEBIAhFDQALDA8LQX8hDgwOCyAAIAcrA0AgDSALIAggASAFER8AIQEMDAsgBygCQCIBQY4IIAEbIgxBACALECUiASALIAxqIAEbIQkgFCEIIAEgDGsgCyABGyELDAkLIAcgBykDQDwAN0EBIQsgFSEMIBQhCAwICyAHKQNAIhZCf1cEQCAHQgAgFn0iFjcDQEEBIQ5BhAgMBgsgCEGAEHEEQEEBIQ5BhQgMBgtBhghBhAggCEEBcSIOGwwFCyAHKQNAIBIQNCEMIAhBCHFFDQUgCyASIAxrIgFBAWogCyABShshCwwFCyALQQggC0EISxshCyAIQQhyIQhB+AAhAQsgBykDQCASIAFBIHEQNSEMIAhBCHFFDQMgBykDQFANAyABQQR2QYQIaiERQQIhDgwDC0EAIQEgCkH/AXEiCEEHSw0FAkACQAJAAkACQAJAAkAgCEEBaw4HAQIDBAwFBgALIAcoAkAgDzYCAAwLCyAHKAJAIA82AgAMCgsgBygCQCAPrDcDAAwJCyAHKAJAIA87AQAMCAsgBygCQCAPOgAADAcLIAcoAkAgDzYCAAwGCyAHKAJAIA+sNwMADAULIAcpA0AhFkGECAshESAWIBIQNiEMCyAIQf//e3EgCCALQX9KGyEIIAcpA0AhFgJ/AkAgCw0AIBZQRQ0AIBIhDEEADAELIAsgFlAgEiAMa2oiASALIAFKGwshCwsgAEEgIA4gCSAMayIKIAsgCyAKSBsiEGoiCSANIA0gCUgbIgEgCSAIEDMgACARIA4QMCAAQTAgASAJIAhBgIAEcxAzIABBMCAQIApBABAzIAAgDCAKEDAgAEEgIAEgCSAIQYDAAHMQMwwBCwtBACEOCyAHQdAAaiIAIwJJBEAQEwsgACQAIA4LFwAgAC0AAEEgcUUEQCABIAIgABAsGgsLQgEDfyAAKAIALAAAECIEQANAIAAoAgAiAiwAACEDIAAgAkEBajYCACADIAFBCmxqQVBqIQEgAiwAARAiDQALCyABC8YCAAJAIAFBFEsNACABQXdqIgFBCUsNAAJAAkACQAJAAkACQAJAAkACQAJAIAFBAWsOCQECAwQFBgcICQALIAIgAigCACIBQQRqNgIAIAAgASgCADYCAA8LIAIgAigCACIBQQRqNgIAIAAgATQCADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATUCADcDAA8LIAIgAigCAEEHakF4cSIBQQhqNgIAIAAgASkDADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATIBADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATMBADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATAAADcDAA8LIAIgAigCACIBQQRqNgIAIAAgATEAADcDAA8LIAIgAigCAEEHakF4cSIBQQhqNgIAIAAgASkDADcDAA8LIAAgAiADEQEACwuQAQECfyMAQYACayIFIgYjAkkEQBATCyAGJAACQCACIANMDQAgBEGAwARxDQAgBSABIAIgA2siBEGAAiAEQYACSSIBGxAZGiAAIAUgAQR/IAQFIAIgA2shAgNAIAAgBUGAAhAwIARBgH5qIgRB/wFLDQALIAJB/wFxCxAwCyAFQYACaiIAIwJJBEAQEwsgACQACy0AIABQRQRAA0AgAUF/aiIBIACnQQdxQTByOgAAIABCA4giAEIAUg0ACwsgAQs0ACAAUEUEQANAIAFBf2oiASAAp0EPcUHwC2otAAAgAnI6AAAgAEIEiCIAQgBSDQALCyABC4MBAgN/AX4CQCAAQoCAgIAQVARAIAAhBQwBCwNAIAFBf2oiASAAIABCCoAiBUIKfn2nQTByOgAAIABC/////58BViECIAUhACACDQALCyAFpyICBEADQCABQX9qIgEgAiACQQpuIgNBCmxrQTByOgAAIAJBCUshBCADIQIgBA0ACwsgAQsOACAAIAEgAkEEQQUQLguQFwMQfwJ+AXwjAEGwBGsiCiIGIwJJBEAQEwsgBiQAIApBADYCLAJ/IAG9IhZCf1cEQCABmiIBvSEWQQEhEUGADAwBCyAEQYAQcQRAQQEhEUGDDAwBC0GGDEGBDCAEQQFxIhEbCyEVAkAgFkKAgICAgICA+P8Ag0KAgICAgICA+P8AUQRAIABBICACIBFBA2oiDCAEQf//e3EQMyAAIBUgERAwIABBmwxBnwwgBUEFdkEBcSIGG0GTDEGXDCAGGyABIAFiG0EDEDAgAEEgIAIgDCAEQYDAAHMQMwwBCyABIApBLGoQJiIBIAGgIgFEAAAAAAAAAABiBEAgCiAKKAIsQX9qNgIsCyAKQRBqIRAgBUEgciITQeEARgRAIBVBCWogFSAFQSBxIgkbIQsCQCADQQtLDQBBDCADayIGRQ0ARAAAAAAAACBAIRgDQCAYRAAAAAAAADBAoiEYIAZBf2oiBg0ACyALLQAAQS1GBEAgGCABmiAYoaCaIQEMAQsgASAYoCAYoSEBCyAQIAooAiwiBiAGQR91IgZqIAZzrSAQEDYiBkYEQCAKQTA6AA8gCkEPaiEGCyARQQJyIQ8gCigCLCEIIAZBfmoiDSAFQQ9qOgAAIAZBf2pBLUErIAhBAEgbOgAAIARBCHEhByAKQRBqIQgDQCAIIgYCfyABmUQAAAAAAADgQWMEQCABqgwBC0GAgICAeAsiCEHwC2otAAAgCXI6AAAgASAIt6FEAAAAAAAAMECiIQECQCAGQQFqIgggCkEQamtBAUcNAAJAIAcNACADQQBKDQAgAUQAAAAAAAAAAGENAQsgBkEuOgABIAZBAmohCAsgAUQAAAAAAAAAAGINAAsgAEEgIAIgDwJ/AkAgA0UNACAIIAprQW5qIANODQAgAyAQaiANa0ECagwBCyAQIApBEGprIA1rIAhqCyIGaiIMIAQQMyAAIAsgDxAwIABBMCACIAwgBEGAgARzEDMgACAKQRBqIAggCkEQamsiCBAwIABBMCAGIAggECANayIJamtBAEEAEDMgACANIAkQMCAAQSAgAiAMIARBgMAAcxAzDAELIANBAEghBgJAIAFEAAAAAAAAAABhBEAgCigCLCEHDAELIAogCigCLEFkaiIHNgIsIAFEAAAAAAAAsEGiIQELQQYgAyAGGyELIApBMGogCkHQAmogB0EASBsiDiEJA0AgCQJ/IAFEAAAAAAAA8EFjIAFEAAAAAAAAAABmcQRAIAGrDAELQQALIgY2AgAgCUEEaiEJIAEgBrihRAAAAABlzc1BoiIBRAAAAAAAAAAAYg0ACwJAIAdBAUgEQCAJIQYgDiEIDAELIA4hCANAIAdBHSAHQR1IGyEHAkAgCUF8aiIGIAhJDQAgB60hF0IAIRYDQCAGIBZC/////w+DIAY1AgAgF4Z8IhYgFkKAlOvcA4AiFkKAlOvcA359PgIAIAZBfGoiBiAITw0ACyAWpyIGRQ0AIAhBfGoiCCAGNgIACwNAIAkiBiAISwRAIAZBfGoiCSgCAEUNAQsLIAogCigCLCAHayIHNgIsIAYhCSAHQQBKDQALCyAHQX9MBEAgC0EZakEJbUEBaiESIBNB5gBGIRQDQEEJQQAgB2sgB0F3SBshDAJAIAggBk8EQCAIIAhBBGogCCgCABshCAwBC0GAlOvcAyAMdiENQX8gDHRBf3MhD0EAIQcgCCEJA0AgCSAJKAIAIgMgDHYgB2o2AgAgAyAPcSANbCEHIAlBBGoiCSAGSQ0ACyAIIAhBBGogCCgCABshCCAHRQ0AIAYgBzYCACAGQQRqIQYLIAogCigCLCAMaiIHNgIsIA4gCCAUGyIJIBJBAnRqIAYgBiAJa0ECdSASShshBiAHQQBIDQALC0EAIQkCQCAIIAZPDQAgDiAIa0ECdUEJbCEJQQohByAIKAIAIgNBCkkNAANAIAlBAWohCSADIAdBCmwiB08NAAsLIAtBACAJIBNB5gBGG2sgE0HnAEYgC0EAR3FrIgcgBiAOa0ECdUEJbEF3akgEQCAHQYDIAGoiB0EJbSIMQQJ0IA5qQYRgaiENQQohAyAHIAxBCWxrIgdBB0wEQANAIANBCmwhAyAHQQdIIQwgB0EBaiEHIAwNAAsLAkBBACAGIA1BBGoiEkYgDSgCACIMIAwgA24iDyADbGsiBxsNAEQAAAAAAADgP0QAAAAAAADwP0QAAAAAAAD4PyAHIANBAXYiFEYbRAAAAAAAAPg/IAYgEkYbIAcgFEkbIRhEAQAAAAAAQENEAAAAAAAAQEMgD0EBcRshAQJAIBFFDQAgFS0AAEEtRw0AIBiaIRggAZohAQsgDSAMIAdrIgc2AgAgASAYoCABYQ0AIA0gAyAHaiIJNgIAIAlBgJTr3ANPBEADQCANQQA2AgAgDUF8aiINIAhJBEAgCEF8aiIIQQA2AgALIA0gDSgCAEEBaiIJNgIAIAlB/5Pr3ANLDQALCyAOIAhrQQJ1QQlsIQlBCiEHIAgoAgAiA0EKSQ0AA0AgCUEBaiEJIAMgB0EKbCIHTw0ACwsgDUEEaiIHIAYgBiAHSxshBgsCfwNAQQAgBiIHIAhNDQEaIAdBfGoiBigCAEUNAAtBAQshFAJAIBNB5wBHBEAgBEEIcSEPDAELIAlBf3NBfyALQQEgCxsiBiAJSiAJQXtKcSIDGyAGaiELQX9BfiADGyAFaiEFIARBCHEiDw0AQQkhBgJAIBRFDQAgB0F8aigCACIMRQ0AQQohA0EAIQYgDEEKcA0AA0AgBkEBaiEGIAwgA0EKbCIDcEUNAAsLIAcgDmtBAnVBCWxBd2ohAyAFQSByQeYARgRAQQAhDyALIAMgBmsiBkEAIAZBAEobIgYgCyAGSBshCwwBC0EAIQ8gCyADIAlqIAZrIgZBACAGQQBKGyIGIAsgBkgbIQsLIAsgD3IiE0EARyEDIABBICACAn8gCUEAIAlBAEobIAVBIHIiDUHmAEYNABogECAJIAlBH3UiBmogBnOtIBAQNiIGa0EBTARAA0AgBkF/aiIGQTA6AAAgECAGa0ECSA0ACwsgBkF+aiISIAU6AAAgBkF/akEtQSsgCUEASBs6AAAgECASawsgCyARaiADampBAWoiDCAEEDMgACAVIBEQMCAAQTAgAiAMIARBgIAEcxAzAkACQAJAIA1B5gBGBEAgCkEQakEIciENIApBEGpBCXIhCSAOIAggCCAOSxsiAyEIA0AgCDUCACAJEDYhBgJAIAMgCEcEQCAGIApBEGpNDQEDQCAGQX9qIgZBMDoAACAGIApBEGpLDQALDAELIAYgCUcNACAKQTA6ABggDSEGCyAAIAYgCSAGaxAwIAhBBGoiCCAOTQ0ACyATBEAgAEGjDEEBEDALIAggB08NASALQQFIDQEDQCAINQIAIAkQNiIGIApBEGpLBEADQCAGQX9qIgZBMDoAACAGIApBEGpLDQALCyAAIAYgC0EJIAtBCUgbEDAgC0F3aiEGIAhBBGoiCCAHTw0DIAtBCUohAyAGIQsgAw0ACwwCCwJAIAtBAEgNACAHIAhBBGogFBshDSAKQRBqQQhyIQ4gCkEQakEJciEHIAghCQNAIAcgCTUCACAHEDYiBkYEQCAKQTA6ABggDiEGCwJAIAggCUcEQCAGIApBEGpNDQEDQCAGQX9qIgZBMDoAACAGIApBEGpLDQALDAELIAAgBkEBEDAgBkEBaiEGIA9FQQAgC0EBSBsNACAAQaMMQQEQMAsgACAGIAcgBmsiAyALIAsgA0obEDAgCyADayELIAlBBGoiCSANTw0BIAtBf0oNAAsLIABBMCALQRJqQRJBABAzIAAgEiAQIBJrEDAMAgsgCyEGCyAAQTAgBkEJakEJQQAQMwsgAEEgIAIgDCAEQYDAAHMQMwsgCkGwBGoiACMCSQRAEBMLIAAkACACIAwgDCACSBsLKAAgASABKAIAQQ9qQXBxIgFBEGo2AgAgACABKQMAIAEpAwgQKTkDAAtAAQJ/IwBBEGsiAyIEIwJJBEAQEwsgBCQAIAMgAjYCDCAAIAEgAkEAQQAQLhogA0EQaiIAIwJJBEAQEwsgACQAC4AvAQt/IwBBEGsiCyIBIwJJBEAQEwsgASQAAkACQAJAAkACQAJAAkACQAJAAkACQCAAQfQBTQRAQayRCSgCACIGQRAgAEELakF4cSAAQQtJGyIEQQN2IgF2IgBBA3EEQCAAQX9zQQFxIAFqIgRBA3QiAkHckQlqKAIAIgFBCGohAAJAIAEoAggiAyACQdSRCWoiAkYEQEGskQkgBkF+IAR3cTYCAAwBC0G8kQkoAgAaIAMgAjYCDCACIAM2AggLIAEgBEEDdCIDQQNyNgIEIAEgA2oiASABKAIEQQFyNgIEDAwLIARBtJEJKAIAIghNDQEgAARAAkAgACABdEECIAF0IgBBACAAa3JxIgBBACAAa3FBf2oiACAAQQx2QRBxIgB2IgFBBXZBCHEiAyAAciABIAN2IgBBAnZBBHEiAXIgACABdiIAQQF2QQJxIgFyIAAgAXYiAEEBdkEBcSIBciAAIAF2aiIDQQN0IgJB3JEJaigCACIBKAIIIgAgAkHUkQlqIgJGBEBBrJEJIAZBfiADd3EiBjYCAAwBC0G8kQkoAgAaIAAgAjYCDCACIAA2AggLIAFBCGohACABIARBA3I2AgQgASAEaiICIANBA3QiBSAEayIDQQFyNgIEIAEgBWogAzYCACAIBEAgCEEDdiIFQQN0QdSRCWohBEHAkQkoAgAhAQJ/IAZBASAFdCIFcUUEQEGskQkgBSAGcjYCACAEDAELIAQoAggLIQUgBCABNgIIIAUgATYCDCABIAQ2AgwgASAFNgIIC0HAkQkgAjYCAEG0kQkgAzYCAAwMC0GwkQkoAgAiCUUNASAJQQAgCWtxQX9qIgAgAEEMdkEQcSIAdiIBQQV2QQhxIgMgAHIgASADdiIAQQJ2QQRxIgFyIAAgAXYiAEEBdkECcSIBciAAIAF2IgBBAXZBAXEiAXIgACABdmpBAnRB3JMJaigCACICKAIEQXhxIARrIQEgAiEDA0ACQCADKAIQIgBFBEAgAygCFCIARQ0BCyAAKAIEQXhxIARrIgMgASADIAFJIgMbIQEgACACIAMbIQIgACEDDAELCyACKAIYIQogAiACKAIMIgVHBEBBvJEJKAIAIAIoAggiAE0EQCAAKAIMGgsgACAFNgIMIAUgADYCCAwLCyACQRRqIgMoAgAiAEUEQCACKAIQIgBFDQMgAkEQaiEDCwNAIAMhByAAIgVBFGoiAygCACIADQAgBUEQaiEDIAUoAhAiAA0ACyAHQQA2AgAMCgtBfyEEIABBv39LDQAgAEELaiIAQXhxIQRBsJEJKAIAIghFDQACf0EAIABBCHYiAEUNABpBHyAEQf///wdLDQAaIAAgAEGA/j9qQRB2QQhxIgF0IgAgAEGA4B9qQRB2QQRxIgB0IgMgA0GAgA9qQRB2QQJxIgN0QQ92IAAgAXIgA3JrIgBBAXQgBCAAQRVqdkEBcXJBHGoLIQdBACAEayEDAkACQAJAIAdBAnRB3JMJaigCACIBRQRAQQAhAAwBCyAEQQBBGSAHQQF2ayAHQR9GG3QhAkEAIQADQAJAIAEoAgRBeHEgBGsiBiADTw0AIAEhBSAGIgMNAEEAIQMgASEADAMLIAAgASgCFCIGIAYgASACQR12QQRxaigCECIBRhsgACAGGyEAIAIgAUEAR3QhAiABDQALCyAAIAVyRQRAQQIgB3QiAEEAIABrciAIcSIARQ0DIABBACAAa3FBf2oiACAAQQx2QRBxIgB2IgFBBXZBCHEiAiAAciABIAJ2IgBBAnZBBHEiAXIgACABdiIAQQF2QQJxIgFyIAAgAXYiAEEBdkEBcSIBciAAIAF2akECdEHckwlqKAIAIQALIABFDQELA0AgACgCBEF4cSAEayIGIANJIQIgBiADIAIbIQMgACAFIAIbIQUgACgCECIBBH8gAQUgACgCFAsiAA0ACwsgBUUNACADQbSRCSgCACAEa08NACAFKAIYIQcgBSAFKAIMIgJHBEBBvJEJKAIAIAUoAggiAE0EQCAAKAIMGgsgACACNgIMIAIgADYCCAwJCyAFQRRqIgEoAgAiAEUEQCAFKAIQIgBFDQMgBUEQaiEBCwNAIAEhBiAAIgJBFGoiASgCACIADQAgAkEQaiEBIAIoAhAiAA0ACyAGQQA2AgAMCAtBtJEJKAIAIgAgBE8EQEHAkQkoAgAhAQJAIAAgBGsiA0EQTwRAQbSRCSADNgIAQcCRCSABIARqIgI2AgAgAiADQQFyNgIEIAAgAWogAzYCACABIARBA3I2AgQMAQtBwJEJQQA2AgBBtJEJQQA2AgAgASAAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIECyABQQhqIQAMCgtBuJEJKAIAIgIgBEsEQEG4kQkgAiAEayIBNgIAQcSRCUHEkQkoAgAiACAEaiIDNgIAIAMgAUEBcjYCBCAAIARBA3I2AgQgAEEIaiEADAoLQQAhACAEQS9qIggCf0GElQkoAgAEQEGMlQkoAgAMAQtBkJUJQn83AgBBiJUJQoCggICAgAQ3AgBBhJUJIAtBDGpBcHFB2KrVqgVzNgIAQZiVCUEANgIAQeiUCUEANgIAQYAgCyIBaiIGQQAgAWsiB3EiBSAETQ0JQeSUCSgCACIBBEBB3JQJKAIAIgMgBWoiCSADTQ0KIAkgAUsNCgtB6JQJLQAAQQRxDQQCQAJAQcSRCSgCACIBBEBB7JQJIQADQCAAKAIAIgMgAU0EQCADIAAoAgRqIAFLDQMLIAAoAggiAA0ACwtBABAYIgJBf0YNBSAFIQZBiJUJKAIAIgBBf2oiASACcQRAIAUgAmsgASACakEAIABrcWohBgsgBiAETQ0FIAZB/v///wdLDQVB5JQJKAIAIgAEQEHclAkoAgAiASAGaiIDIAFNDQYgAyAASw0GCyAGEBgiACACRw0BDAcLIAYgAmsgB3EiBkH+////B0sNBCAGEBgiAiAAKAIAIAAoAgRqRg0DIAIhAAsgACECAkAgBEEwaiAGTQ0AIAZB/v///wdLDQAgAkF/Rg0AQYyVCSgCACIAIAggBmtqQQAgAGtxIgBB/v///wdLDQYgABAYQX9HBEAgACAGaiEGDAcLQQAgBmsQGBoMBAsgAkF/Rw0FDAMLQQAhBQwHC0EAIQIMBQsgAkF/Rw0CC0HolAlB6JQJKAIAQQRyNgIACyAFQf7///8HSw0BIAUQGCICQQAQGCIATw0BIAJBf0YNASAAQX9GDQEgACACayIGIARBKGpNDQELQdyUCUHclAkoAgAgBmoiADYCACAAQeCUCSgCAEsEQEHglAkgADYCAAsCQAJAAkBBxJEJKAIAIgEEQEHslAkhAANAIAIgACgCACIDIAAoAgQiBWpGDQIgACgCCCIADQALDAILQbyRCSgCACIAQQAgAiAATxtFBEBBvJEJIAI2AgALQQAhAEHwlAkgBjYCAEHslAkgAjYCAEHMkQlBfzYCAEHQkQlBhJUJKAIANgIAQfiUCUEANgIAA0AgAEEDdCIBQdyRCWogAUHUkQlqIgM2AgAgAUHgkQlqIAM2AgAgAEEBaiIAQSBHDQALQbiRCSAGQVhqIgBBeCACa0EHcUEAIAJBCGpBB3EbIgFrIgM2AgBBxJEJIAEgAmoiATYCACABIANBAXI2AgQgACACakEoNgIEQciRCUGUlQkoAgA2AgAMAgsgAC0ADEEIcQ0AIAIgAU0NACADIAFLDQAgACAFIAZqNgIEQcSRCSABQXggAWtBB3FBACABQQhqQQdxGyIAaiIDNgIAQbiRCUG4kQkoAgAgBmoiAiAAayIANgIAIAMgAEEBcjYCBCABIAJqQSg2AgRByJEJQZSVCSgCADYCAAwBCyACQbyRCSgCACIFSQRAQbyRCSACNgIAIAIhBQsgAiAGaiEDQeyUCSEAAkACQAJAAkACQAJAA0AgAyAAKAIARwRAIAAoAggiAA0BDAILCyAALQAMQQhxRQ0BC0HslAkhAANAIAAoAgAiAyABTQRAIAMgACgCBGoiAyABSw0DCyAAKAIIIQAMAAALAAsgACACNgIAIAAgACgCBCAGajYCBCACQXggAmtBB3FBACACQQhqQQdxG2oiByAEQQNyNgIEIANBeCADa0EHcUEAIANBCGpBB3EbaiICIAdrIARrIQAgBCAHaiEDIAEgAkYEQEHEkQkgAzYCAEG4kQlBuJEJKAIAIABqIgA2AgAgAyAAQQFyNgIEDAMLIAJBwJEJKAIARgRAQcCRCSADNgIAQbSRCUG0kQkoAgAgAGoiADYCACADIABBAXI2AgQgACADaiAANgIADAMLIAIoAgQiAUEDcUEBRgRAIAFBeHEhCAJAIAFB/wFNBEAgAigCCCIGIAFBA3YiCUEDdEHUkQlqRxogAigCDCIEIAZGBEBBrJEJQayRCSgCAEF+IAl3cTYCAAwCCyAGIAQ2AgwgBCAGNgIIDAELIAIoAhghCQJAIAIgAigCDCIGRwRAIAUgAigCCCIBTQRAIAEoAgwaCyABIAY2AgwgBiABNgIIDAELAkAgAkEUaiIBKAIAIgQNACACQRBqIgEoAgAiBA0AQQAhBgwBCwNAIAEhBSAEIgZBFGoiASgCACIEDQAgBkEQaiEBIAYoAhAiBA0ACyAFQQA2AgALIAlFDQACQCACIAIoAhwiBEECdEHckwlqIgEoAgBGBEAgASAGNgIAIAYNAUGwkQlBsJEJKAIAQX4gBHdxNgIADAILIAlBEEEUIAkoAhAgAkYbaiAGNgIAIAZFDQELIAYgCTYCGCACKAIQIgEEQCAGIAE2AhAgASAGNgIYCyACKAIUIgFFDQAgBiABNgIUIAEgBjYCGAsgAiAIaiECIAAgCGohAAsgAiACKAIEQX5xNgIEIAMgAEEBcjYCBCAAIANqIAA2AgAgAEH/AU0EQCAAQQN2IgFBA3RB1JEJaiEAAn9BrJEJKAIAIgRBASABdCIBcUUEQEGskQkgASAEcjYCACAADAELIAAoAggLIQEgACADNgIIIAEgAzYCDCADIAA2AgwgAyABNgIIDAMLIAMCf0EAIABBCHYiBEUNABpBHyAAQf///wdLDQAaIAQgBEGA/j9qQRB2QQhxIgF0IgQgBEGA4B9qQRB2QQRxIgR0IgIgAkGAgA9qQRB2QQJxIgJ0QQ92IAEgBHIgAnJrIgFBAXQgACABQRVqdkEBcXJBHGoLIgE2AhwgA0IANwIQIAFBAnRB3JMJaiEEAkBBsJEJKAIAIgJBASABdCIFcUUEQEGwkQkgAiAFcjYCACAEIAM2AgAgAyAENgIYDAELIABBAEEZIAFBAXZrIAFBH0YbdCEBIAQoAgAhAgNAIAIiBCgCBEF4cSAARg0DIAFBHXYhAiABQQF0IQEgBCACQQRxakEQaiIFKAIAIgINAAsgBSADNgIAIAMgBDYCGAsgAyADNgIMIAMgAzYCCAwCC0G4kQkgBkFYaiIAQXggAmtBB3FBACACQQhqQQdxGyIFayIHNgIAQcSRCSACIAVqIgU2AgAgBSAHQQFyNgIEIAAgAmpBKDYCBEHIkQlBlJUJKAIANgIAIAEgA0EnIANrQQdxQQAgA0FZakEHcRtqQVFqIgAgACABQRBqSRsiBUEbNgIEIAVB9JQJKQIANwIQIAVB7JQJKQIANwIIQfSUCSAFQQhqNgIAQfCUCSAGNgIAQeyUCSACNgIAQfiUCUEANgIAIAVBGGohAANAIABBBzYCBCAAQQhqIQIgAEEEaiEAIAMgAksNAAsgASAFRg0DIAUgBSgCBEF+cTYCBCABIAUgAWsiBkEBcjYCBCAFIAY2AgAgBkH/AU0EQCAGQQN2IgNBA3RB1JEJaiEAAn9BrJEJKAIAIgJBASADdCIDcUUEQEGskQkgAiADcjYCACAADAELIAAoAggLIQMgACABNgIIIAMgATYCDCABIAA2AgwgASADNgIIDAQLIAFCADcCECABAn9BACAGQQh2IgNFDQAaQR8gBkH///8HSw0AGiADIANBgP4/akEQdkEIcSIAdCIDIANBgOAfakEQdkEEcSIDdCICIAJBgIAPakEQdkECcSICdEEPdiAAIANyIAJyayIAQQF0IAYgAEEVanZBAXFyQRxqCyIANgIcIABBAnRB3JMJaiEDAkBBsJEJKAIAIgJBASAAdCIFcUUEQEGwkQkgAiAFcjYCACADIAE2AgAgASADNgIYDAELIAZBAEEZIABBAXZrIABBH0YbdCEAIAMoAgAhAgNAIAIiAygCBEF4cSAGRg0EIABBHXYhAiAAQQF0IQAgAyACQQRxakEQaiIFKAIAIgINAAsgBSABNgIAIAEgAzYCGAsgASABNgIMIAEgATYCCAwDCyAEKAIIIgAgAzYCDCAEIAM2AgggA0EANgIYIAMgBDYCDCADIAA2AggLIAdBCGohAAwFCyADKAIIIgAgATYCDCADIAE2AgggAUEANgIYIAEgAzYCDCABIAA2AggLQbiRCSgCACIAIARNDQBBuJEJIAAgBGsiATYCAEHEkQlBxJEJKAIAIgAgBGoiAzYCACADIAFBAXI2AgQgACAEQQNyNgIEIABBCGohAAwDC0HQkAlBMDYCAEEAIQAMAgsCQCAHRQ0AAkAgBSgCHCIBQQJ0QdyTCWoiACgCACAFRgRAIAAgAjYCACACDQFBsJEJIAhBfiABd3EiCDYCAAwCCyAHQRBBFCAHKAIQIAVGG2ogAjYCACACRQ0BCyACIAc2AhggBSgCECIABEAgAiAANgIQIAAgAjYCGAsgBSgCFCIARQ0AIAIgADYCFCAAIAI2AhgLAkAgA0EPTQRAIAUgAyAEaiIAQQNyNgIEIAAgBWoiACAAKAIEQQFyNgIEDAELIAUgBEEDcjYCBCAEIAVqIgIgA0EBcjYCBCACIANqIAM2AgAgA0H/AU0EQCADQQN2IgFBA3RB1JEJaiEAAn9BrJEJKAIAIgNBASABdCIBcUUEQEGskQkgASADcjYCACAADAELIAAoAggLIQEgACACNgIIIAEgAjYCDCACIAA2AgwgAiABNgIIDAELIAICf0EAIANBCHYiAUUNABpBHyADQf///wdLDQAaIAEgAUGA/j9qQRB2QQhxIgB0IgEgAUGA4B9qQRB2QQRxIgF0IgQgBEGAgA9qQRB2QQJxIgR0QQ92IAAgAXIgBHJrIgBBAXQgAyAAQRVqdkEBcXJBHGoLIgA2AhwgAkIANwIQIABBAnRB3JMJaiEBAkACQCAIQQEgAHQiBHFFBEBBsJEJIAQgCHI2AgAgASACNgIAIAIgATYCGAwBCyADQQBBGSAAQQF2ayAAQR9GG3QhACABKAIAIQQDQCAEIgEoAgRBeHEgA0YNAiAAQR12IQQgAEEBdCEAIAEgBEEEcWpBEGoiBigCACIEDQALIAYgAjYCACACIAE2AhgLIAIgAjYCDCACIAI2AggMAQsgASgCCCIAIAI2AgwgASACNgIIIAJBADYCGCACIAE2AgwgAiAANgIICyAFQQhqIQAMAQsCQCAKRQ0AAkAgAigCHCIDQQJ0QdyTCWoiACgCACACRgRAIAAgBTYCACAFDQFBsJEJIAlBfiADd3E2AgAMAgsgCkEQQRQgCigCECACRhtqIAU2AgAgBUUNAQsgBSAKNgIYIAIoAhAiAARAIAUgADYCECAAIAU2AhgLIAIoAhQiAEUNACAFIAA2AhQgACAFNgIYCwJAIAFBD00EQCACIAEgBGoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBCyACIARBA3I2AgQgAiAEaiIDIAFBAXI2AgQgASADaiABNgIAIAgEQCAIQQN2IgVBA3RB1JEJaiEEQcCRCSgCACEAAn9BASAFdCIFIAZxRQRAQayRCSAFIAZyNgIAIAQMAQsgBCgCCAshBSAEIAA2AgggBSAANgIMIAAgBDYCDCAAIAU2AggLQcCRCSADNgIAQbSRCSABNgIACyACQQhqIQALIAtBEGoiASMCSQRAEBMLIAEkACAAC6oNAQd/AkAgAEUNACAAQXhqIgIgAEF8aigCACIBQXhxIgBqIQUCQCABQQFxDQAgAUEDcUUNASACIAIoAgAiAWsiAkG8kQkoAgAiBEkNASAAIAFqIQAgAkHAkQkoAgBHBEAgAUH/AU0EQCACKAIIIgcgAUEDdiIGQQN0QdSRCWpHGiAHIAIoAgwiA0YEQEGskQlBrJEJKAIAQX4gBndxNgIADAMLIAcgAzYCDCADIAc2AggMAgsgAigCGCEGAkAgAiACKAIMIgNHBEAgBCACKAIIIgFNBEAgASgCDBoLIAEgAzYCDCADIAE2AggMAQsCQCACQRRqIgEoAgAiBA0AIAJBEGoiASgCACIEDQBBACEDDAELA0AgASEHIAQiA0EUaiIBKAIAIgQNACADQRBqIQEgAygCECIEDQALIAdBADYCAAsgBkUNAQJAIAIgAigCHCIEQQJ0QdyTCWoiASgCAEYEQCABIAM2AgAgAw0BQbCRCUGwkQkoAgBBfiAEd3E2AgAMAwsgBkEQQRQgBigCECACRhtqIAM2AgAgA0UNAgsgAyAGNgIYIAIoAhAiAQRAIAMgATYCECABIAM2AhgLIAIoAhQiAUUNASADIAE2AhQgASADNgIYDAELIAUoAgQiAUEDcUEDRw0AQbSRCSAANgIAIAUgAUF+cTYCBCACIABBAXI2AgQgACACaiAANgIADwsgBSACTQ0AIAUoAgQiAUEBcUUNAAJAIAFBAnFFBEAgBUHEkQkoAgBGBEBBxJEJIAI2AgBBuJEJQbiRCSgCACAAaiIANgIAIAIgAEEBcjYCBCACQcCRCSgCAEcNA0G0kQlBADYCAEHAkQlBADYCAA8LIAVBwJEJKAIARgRAQcCRCSACNgIAQbSRCUG0kQkoAgAgAGoiADYCACACIABBAXI2AgQgACACaiAANgIADwsgAUF4cSAAaiEAAkAgAUH/AU0EQCAFKAIMIQQgBSgCCCIDIAFBA3YiBUEDdEHUkQlqIgFHBEBBvJEJKAIAGgsgAyAERgRAQayRCUGskQkoAgBBfiAFd3E2AgAMAgsgASAERwRAQbyRCSgCABoLIAMgBDYCDCAEIAM2AggMAQsgBSgCGCEGAkAgBSAFKAIMIgNHBEBBvJEJKAIAIAUoAggiAU0EQCABKAIMGgsgASADNgIMIAMgATYCCAwBCwJAIAVBFGoiASgCACIEDQAgBUEQaiIBKAIAIgQNAEEAIQMMAQsDQCABIQcgBCIDQRRqIgEoAgAiBA0AIANBEGohASADKAIQIgQNAAsgB0EANgIACyAGRQ0AAkAgBSAFKAIcIgRBAnRB3JMJaiIBKAIARgRAIAEgAzYCACADDQFBsJEJQbCRCSgCAEF+IAR3cTYCAAwCCyAGQRBBFCAGKAIQIAVGG2ogAzYCACADRQ0BCyADIAY2AhggBSgCECIBBEAgAyABNgIQIAEgAzYCGAsgBSgCFCIBRQ0AIAMgATYCFCABIAM2AhgLIAIgAEEBcjYCBCAAIAJqIAA2AgAgAkHAkQkoAgBHDQFBtJEJIAA2AgAPCyAFIAFBfnE2AgQgAiAAQQFyNgIEIAAgAmogADYCAAsgAEH/AU0EQCAAQQN2IgFBA3RB1JEJaiEAAn9BrJEJKAIAIgRBASABdCIBcUUEQEGskQkgASAEcjYCACAADAELIAAoAggLIQEgACACNgIIIAEgAjYCDCACIAA2AgwgAiABNgIIDwsgAkIANwIQIAICf0EAIABBCHYiBEUNABpBHyAAQf///wdLDQAaIAQgBEGA/j9qQRB2QQhxIgF0IgQgBEGA4B9qQRB2QQRxIgR0IgMgA0GAgA9qQRB2QQJxIgN0QQ92IAEgBHIgA3JrIgFBAXQgACABQRVqdkEBcXJBHGoLIgE2AhwgAUECdEHckwlqIQQCQAJAAkBBsJEJKAIAIgNBASABdCIFcUUEQEGwkQkgAyAFcjYCACAEIAI2AgAgAiAENgIYDAELIABBAEEZIAFBAXZrIAFBH0YbdCEBIAQoAgAhAwNAIAMiBCgCBEF4cSAARg0CIAFBHXYhAyABQQF0IQEgBCADQQRxakEQaiIFKAIAIgMNAAsgBSACNgIAIAIgBDYCGAsgAiACNgIMIAIgAjYCCAwBCyAEKAIIIgAgAjYCDCAEIAI2AgggAkEANgIYIAIgBDYCDCACIAA2AggLQcyRCUHMkQkoAgBBf2oiAjYCACACDQBB9JQJIQIDQCACKAIAIgBBCGohAiAADQALQcyRCUF/NgIACwtaAgF/AX4CQAJ/QQAgAEUNABogAK0gAa1+IgOnIgIgACABckGAgARJDQAaQX8gAiADQiCIpxsLIgIQOyIARQ0AIABBfGotAABBA3FFDQAgAEEAIAIQGRoLIAALgQEBAn8gAEUEQCABEDsPCyABQUBPBEBB0JAJQTA2AgBBAA8LIABBeGpBECABQQtqQXhxIAFBC0kbED8iAgRAIAJBCGoPCyABEDsiAkUEQEEADwsgAiAAIABBfGooAgAiA0F4cUEEQQggA0EDcRtrIgMgASADIAFJGxAaGiAAEDwgAgu9BwEJfyAAIAAoAgQiBkF4cSIDaiECQbyRCSgCACEHAkAgBkEDcSIFQQFGDQAgByAASw0ACwJAIAVFBEBBACEFIAFBgAJJDQEgAyABQQRqTwRAIAAhBSADIAFrQYyVCSgCAEEBdE0NAgtBAA8LAkAgAyABTwRAIAMgAWsiA0EQSQ0BIAAgBkEBcSABckECcjYCBCAAIAFqIgEgA0EDcjYCBCACIAIoAgRBAXI2AgQgASADEEAMAQtBACEFIAJBxJEJKAIARgRAQbiRCSgCACADaiICIAFNDQIgACAGQQFxIAFyQQJyNgIEIAAgAWoiAyACIAFrIgFBAXI2AgRBuJEJIAE2AgBBxJEJIAM2AgAMAQsgAkHAkQkoAgBGBEBBtJEJKAIAIANqIgIgAUkNAgJAIAIgAWsiA0EQTwRAIAAgBkEBcSABckECcjYCBCAAIAFqIgEgA0EBcjYCBCAAIAJqIgIgAzYCACACIAIoAgRBfnE2AgQMAQsgACAGQQFxIAJyQQJyNgIEIAAgAmoiASABKAIEQQFyNgIEQQAhA0EAIQELQcCRCSABNgIAQbSRCSADNgIADAELIAIoAgQiBEECcQ0BIARBeHEgA2oiCCABSQ0BIAggAWshCgJAIARB/wFNBEAgAigCDCEDIAIoAggiAiAEQQN2IgRBA3RB1JEJakcaIAIgA0YEQEGskQlBrJEJKAIAQX4gBHdxNgIADAILIAIgAzYCDCADIAI2AggMAQsgAigCGCEJAkAgAiACKAIMIgRHBEAgByACKAIIIgNNBEAgAygCDBoLIAMgBDYCDCAEIAM2AggMAQsCQCACQRRqIgMoAgAiBQ0AIAJBEGoiAygCACIFDQBBACEEDAELA0AgAyEHIAUiBEEUaiIDKAIAIgUNACAEQRBqIQMgBCgCECIFDQALIAdBADYCAAsgCUUNAAJAIAIgAigCHCIFQQJ0QdyTCWoiAygCAEYEQCADIAQ2AgAgBA0BQbCRCUGwkQkoAgBBfiAFd3E2AgAMAgsgCUEQQRQgCSgCECACRhtqIAQ2AgAgBEUNAQsgBCAJNgIYIAIoAhAiAwRAIAQgAzYCECADIAQ2AhgLIAIoAhQiAkUNACAEIAI2AhQgAiAENgIYCyAKQQ9NBEAgACAGQQFxIAhyQQJyNgIEIAAgCGoiASABKAIEQQFyNgIEDAELIAAgBkEBcSABckECcjYCBCAAIAFqIgEgCkEDcjYCBCAAIAhqIgIgAigCBEEBcjYCBCABIAoQQAsgACEFCyAFC6wMAQZ/IAAgAWohBQJAAkAgACgCBCICQQFxDQAgAkEDcUUNASAAKAIAIgIgAWohASAAIAJrIgBBwJEJKAIARwRAQbyRCSgCACEHIAJB/wFNBEAgACgCCCIDIAJBA3YiBkEDdEHUkQlqRxogAyAAKAIMIgRGBEBBrJEJQayRCSgCAEF+IAZ3cTYCAAwDCyADIAQ2AgwgBCADNgIIDAILIAAoAhghBgJAIAAgACgCDCIDRwRAIAcgACgCCCICTQRAIAIoAgwaCyACIAM2AgwgAyACNgIIDAELAkAgAEEUaiICKAIAIgQNACAAQRBqIgIoAgAiBA0AQQAhAwwBCwNAIAIhByAEIgNBFGoiAigCACIEDQAgA0EQaiECIAMoAhAiBA0ACyAHQQA2AgALIAZFDQECQCAAIAAoAhwiBEECdEHckwlqIgIoAgBGBEAgAiADNgIAIAMNAUGwkQlBsJEJKAIAQX4gBHdxNgIADAMLIAZBEEEUIAYoAhAgAEYbaiADNgIAIANFDQILIAMgBjYCGCAAKAIQIgIEQCADIAI2AhAgAiADNgIYCyAAKAIUIgJFDQEgAyACNgIUIAIgAzYCGAwBCyAFKAIEIgJBA3FBA0cNAEG0kQkgATYCACAFIAJBfnE2AgQgACABQQFyNgIEIAUgATYCAA8LAkAgBSgCBCICQQJxRQRAIAVBxJEJKAIARgRAQcSRCSAANgIAQbiRCUG4kQkoAgAgAWoiATYCACAAIAFBAXI2AgQgAEHAkQkoAgBHDQNBtJEJQQA2AgBBwJEJQQA2AgAPCyAFQcCRCSgCAEYEQEHAkQkgADYCAEG0kQlBtJEJKAIAIAFqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAA8LQbyRCSgCACEHIAJBeHEgAWohAQJAIAJB/wFNBEAgBSgCDCEEIAUoAggiAyACQQN2IgVBA3RB1JEJakcaIAMgBEYEQEGskQlBrJEJKAIAQX4gBXdxNgIADAILIAMgBDYCDCAEIAM2AggMAQsgBSgCGCEGAkAgBSAFKAIMIgNHBEAgByAFKAIIIgJNBEAgAigCDBoLIAIgAzYCDCADIAI2AggMAQsCQCAFQRRqIgIoAgAiBA0AIAVBEGoiAigCACIEDQBBACEDDAELA0AgAiEHIAQiA0EUaiICKAIAIgQNACADQRBqIQIgAygCECIEDQALIAdBADYCAAsgBkUNAAJAIAUgBSgCHCIEQQJ0QdyTCWoiAigCAEYEQCACIAM2AgAgAw0BQbCRCUGwkQkoAgBBfiAEd3E2AgAMAgsgBkEQQRQgBigCECAFRhtqIAM2AgAgA0UNAQsgAyAGNgIYIAUoAhAiAgRAIAMgAjYCECACIAM2AhgLIAUoAhQiAkUNACADIAI2AhQgAiADNgIYCyAAIAFBAXI2AgQgACABaiABNgIAIABBwJEJKAIARw0BQbSRCSABNgIADwsgBSACQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgALIAFB/wFNBEAgAUEDdiICQQN0QdSRCWohAQJ/QayRCSgCACIEQQEgAnQiAnFFBEBBrJEJIAIgBHI2AgAgAQwBCyABKAIICyECIAEgADYCCCACIAA2AgwgACABNgIMIAAgAjYCCA8LIABCADcCECAAAn9BACABQQh2IgRFDQAaQR8gAUH///8HSw0AGiAEIARBgP4/akEQdkEIcSICdCIEIARBgOAfakEQdkEEcSIEdCIDIANBgIAPakEQdkECcSIDdEEPdiACIARyIANyayICQQF0IAEgAkEVanZBAXFyQRxqCyICNgIcIAJBAnRB3JMJaiEEAkACQEGwkQkoAgAiA0EBIAJ0IgVxRQRAQbCRCSADIAVyNgIAIAQgADYCACAAIAQ2AhgMAQsgAUEAQRkgAkEBdmsgAkEfRht0IQIgBCgCACEDA0AgAyIEKAIEQXhxIAFGDQIgAkEddiEDIAJBAXQhAiAEIANBBHFqQRBqIgUoAgAiAw0ACyAFIAA2AgAgACAENgIYCyAAIAA2AgwgACAANgIIDwsgBCgCCCIBIAA2AgwgBCAANgIIIABBADYCGCAAIAQ2AgwgACABNgIICwsGACAAEDwLBQBBvAwLTQECfyABLQAAIQICQCAALQAAIgNFDQAgAiADRw0AA0AgAS0AASECIAAtAAEiA0UNASABQQFqIQEgAEEBaiEAIAIgA0YNAAsLIAMgAmsLlgEBA38jAEEQayICIgEjAkkEQBATCyABJAAgAkEKOgAPAkAgACgCECIBRQRAIAAQKw0BIAAoAhAhAQsCQCAAKAIUIgMgAU8NACAALABLQQpGDQAgACADQQFqNgIUIANBCjoAAAwBCyAAIAJBD2pBASAAKAIkEQMAQQFHDQAgAi0ADxoLIAJBEGoiACMCSQRAEBMLIAAkAAt4AQF/IAAoAkxBAEgEQAJAIAAsAEtBCkYNACAAKAIUIgEgACgCEE8NACAAIAFBAWo2AhQgAUEKOgAADwsgABBEDwsCQAJAIAAsAEtBCkYNACAAKAIUIgEgACgCEE8NACAAIAFBAWo2AhQgAUEKOgAADAELIAAQRAsLNwECfyMAQRBrIgAiASMCSQRAEBMLIAEkACAAQQA2AgxBgAgoAgAiAEH4DEEAEDcaIAAQRRAAAAsFABBGAAsbACACRQRAIAAgAUYPCyAAKAIEIAEoAgQQQ0ULtQEBAn8jAEFAaiIDIgQjAkkEQBATCyAEJAACf0EBIAAgAUEAEEgNABpBACABRQ0AGkEAIAEQSiIBRQ0AGiADQX82AhQgAyAANgIQIANBADYCDCADIAE2AgggA0EYakEAQScQGRogA0EBNgI4IAEgA0EIaiACKAIAQQEgASgCACgCHBEHAEEAIAMoAiBBAUcNABogAiADKAIYNgIAQQELIQQgA0FAayIAIwJJBEAQEwsgACQAIAQLvAIBBH8jAEFAaiIBIgIjAkkEQBATCyACJAAgACgCACICQXhqKAIAIQQgAkF8aigCACECIAFBADYCFCABQbgNNgIQIAEgADYCDCABQegNNgIIIAFBGGpBAEEnEBkaIAAgBGohAAJAIAJB6A1BABBIBEAgAUEBNgI4IAIgAUEIaiAAIABBAUEAIAIoAgAoAhQRDAAgAEEAIAEoAiBBAUYbIQMMAQsgAiABQQhqIABBAUEAIAIoAgAoAhgRCQAgASgCLCIAQQFLDQAgAEEBawRAIAEoAhxBACABKAIoQQFGG0EAIAEoAiRBAUYbQQAgASgCMEEBRhshAwwBCyABKAIgQQFHBEAgASgCMA0BIAEoAiRBAUcNASABKAIoQQFHDQELIAEoAhghAwsgAUFAayIAIwJJBEAQEwsgACQAIAMLXQEBfyAAKAIQIgNFBEAgAEEBNgIkIAAgAjYCGCAAIAE2AhAPCwJAIAEgA0YEQCAAKAIYQQJHDQEgACACNgIYDwsgAEEBOgA2IABBAjYCGCAAIAAoAiRBAWo2AiQLCxgAIAAgASgCCEEAEEgEQCABIAIgAxBLCwsxACAAIAEoAghBABBIBEAgASACIAMQSw8LIAAoAggiACABIAIgAyAAKAIAKAIcEQcAC1IBAX8gACgCBCEEIAAoAgAiACABAn9BACACRQ0AGiAEQQh1IgEgBEEBcUUNABogAigCACABaigCAAsgAmogA0ECIARBAnEbIAAoAgAoAhwRBwALbAECfyAAIAEoAghBABBIBEAgASACIAMQSw8LIAAoAgwhBCAAQRBqIgUgASACIAMQTgJAIARBAkgNACAFIARBA3RqIQQgAEEYaiEAA0AgACABIAIgAxBOIAEtADYNASAAQQhqIgAgBEkNAAsLC6MBACAAQQE6ADUCQCAAKAIEIAJHDQAgAEEBOgA0IAAoAhAiAkUEQCAAQQE2AiQgACADNgIYIAAgATYCECADQQFHDQEgACgCMEEBRw0BIABBAToANg8LIAEgAkYEQCAAKAIYIgJBAkYEQCAAIAM2AhggAyECCyAAKAIwQQFHDQEgAkEBRw0BIABBAToANg8LIABBAToANiAAIAAoAiRBAWo2AiQLCyAAAkAgACgCBCABRw0AIAAoAhxBAUYNACAAIAI2AhwLC6AEAQR/IAAgASgCCCAEEEgEQCABIAIgAxBRDwsCQCAAIAEoAgAgBBBIBEACQCACIAEoAhBHBEAgASgCFCACRw0BCyADQQFHDQIgAUEBNgIgDwsgASADNgIgIAEoAixBBEcEQCAAQRBqIgUgACgCDEEDdGohAyABAn8CQANAAkAgBSADTw0AIAFBADsBNCAFIAEgAiACQQEgBBBTIAEtADYNAAJAIAEtADVFDQAgAS0ANARAQQEhBiABKAIYQQFGDQRBASEHQQEhCCAALQAIQQJxDQEMBAtBASEHIAghBiAALQAIQQFxRQ0DCyAFQQhqIQUMAQsLIAghBkEEIAdFDQEaC0EDCzYCLCAGQQFxDQILIAEgAjYCFCABIAEoAihBAWo2AiggASgCJEEBRw0BIAEoAhhBAkcNASABQQE6ADYPCyAAKAIMIQUgAEEQaiIGIAEgAiADIAQQVCAFQQJIDQAgBiAFQQN0aiEGIABBGGohBQJAIAAoAggiAEECcUUEQCABKAIkQQFHDQELA0AgAS0ANg0CIAUgASACIAMgBBBUIAVBCGoiBSAGSQ0ACwwBCyAAQQFxRQRAA0AgAS0ANg0CIAEoAiRBAUYNAiAFIAEgAiADIAQQVCAFQQhqIgUgBkkNAAwCAAsACwNAIAEtADYNASABKAIkQQFGBEAgASgCGEEBRg0CCyAFIAEgAiADIAQQVCAFQQhqIgUgBkkNAAsLC0sBAn8gACgCBCIGQQh1IQcgACgCACIAIAEgAiAGQQFxBH8gAygCACAHaigCAAUgBwsgA2ogBEECIAZBAnEbIAUgACgCACgCFBEMAAtJAQJ/IAAoAgQiBUEIdSEGIAAoAgAiACABIAVBAXEEfyACKAIAIAZqKAIABSAGCyACaiADQQIgBUECcRsgBCAAKAIAKAIYEQkAC/IBACAAIAEoAgggBBBIBEAgASACIAMQUQ8LAkAgACABKAIAIAQQSARAAkAgAiABKAIQRwRAIAEoAhQgAkcNAQsgA0EBRw0CIAFBATYCIA8LIAEgAzYCIAJAIAEoAixBBEYNACABQQA7ATQgACgCCCIAIAEgAiACQQEgBCAAKAIAKAIUEQwAIAEtADUEQCABQQM2AiwgAS0ANEUNAQwDCyABQQQ2AiwLIAEgAjYCFCABIAEoAihBAWo2AiggASgCJEEBRw0BIAEoAhhBAkcNASABQQE6ADYPCyAAKAIIIgAgASACIAMgBCAAKAIAKAIYEQkACwuRAQAgACABKAIIIAQQSARAIAEgAiADEFEPCwJAIAAgASgCACAEEEhFDQACQCACIAEoAhBHBEAgASgCFCACRw0BCyADQQFHDQEgAUEBNgIgDwsgASACNgIUIAEgAzYCICABIAEoAihBAWo2AigCQCABKAIkQQFHDQAgASgCGEECRw0AIAFBAToANgsgAUEENgIsCwuTAgEGfyAAIAEoAgggBRBIBEAgASACIAMgBBBQDwsgAS0ANSEHIAAoAgwhBiABQQA6ADUgAS0ANCEIIAFBADoANCAAQRBqIgkgASACIAMgBCAFEFMgByABLQA1IgpyIQcgCCABLQA0IgtyIQgCQCAGQQJIDQAgCSAGQQN0aiEJIABBGGohBgNAIAEtADYNAQJAIAsEQCABKAIYQQFGDQMgAC0ACEECcQ0BDAMLIApFDQAgAC0ACEEBcUUNAgsgAUEAOwE0IAYgASACIAMgBCAFEFMgAS0ANSIKIAdyIQcgAS0ANCILIAhyIQggBkEIaiIGIAlJDQALCyABIAdB/wFxQQBHOgA1IAEgCEH/AXFBAEc6ADQLNwAgACABKAIIIAUQSARAIAEgAiADIAQQUA8LIAAoAggiACABIAIgAyAEIAUgACgCACgCFBEMAAsaACAAIAEoAgggBRBIBEAgASACIAMgBBBQCwsFAEHUDwsKACAAQewPNgIACwUAEAAACzABAn8gAEEBIAAbIQEDQAJAIAEQOyICDQBBnJUJKAIAIgBFDQAgABELAAwBCwsgAguPAQEDfyAAIQECQAJAIABBA3FFDQAgAC0AAEUEQAwCCwNAIAFBAWoiAUEDcUUNASABLQAADQALDAELA0AgASICQQRqIQEgAigCACIDQX9zIANB//37d2pxQYCBgoR4cUUNAAsgA0H/AXFFBEAgAiEBDAELA0AgAi0AASEDIAJBAWoiASECIAMNAAsLIAEgAGsL2gEBAn8CQCABQf8BcSIDBEAgAEEDcQRAA0AgAC0AACICRQ0DIAIgAUH/AXFGDQMgAEEBaiIAQQNxDQALCwJAIAAoAgAiAkF/cyACQf/9+3dqcUGAgYKEeHENACADQYGChAhsIQMDQCACIANzIgJBf3MgAkH//ft3anFBgIGChHhxDQEgACgCBCECIABBBGohACACQf/9+3dqIAJBf3NxQYCBgoR4cUUNAAsLA0AgACICLQAAIgMEQCACQQFqIQAgAyABQf8BcUcNAQsLIAIPCyAAEF4gAGoPCyAACxkAIAAgARBfIgBBACAALQAAIAFB/wFxRhsLcwEBf0ECIQECfyAAQSsQYEUEQCAALQAAQfIARyEBCyABQYABcgsgASAAQfgAEGAbIgFBgIAgciABIABB5QAQYBsiASABQcAAciAALQAAIgBB8gBGGyIBQYAEciABIABB9wBGGyIBQYAIciABIABB4QBGGwscACAAQYFgTwR/QdCQCUEAIABrNgIAQX8FIAALC/sBAQR/IwBBIGsiAyIEIwJJBEAQEwsgBCQAIAMgATYCECADIAIgACgCMCIEQQBHazYCFCAAKAIsIQUgAyAENgIcIAMgBTYCGAJAAkACfyAAKAI8IANBEGpBAiADQQxqEAoQHQRAIANBfzYCDEF/DAELIAMoAgwiBEEASg0BIAQLIQIgACAAKAIAIAJBMHFBEHNyNgIADAELIAQgAygCFCIGTQRAIAQhAgwBCyAAIAAoAiwiBTYCBCAAIAUgBCAGa2o2AgggACgCMEUNACAAIAVBAWo2AgQgASACakF/aiAFLQAAOgAACyADQSBqIgAjAkkEQBATCyAAJAAgAgswAQJ/IAAQKiIBKAIANgI4IAEoAgAiAgRAIAIgADYCNAsgASAANgIAQZyRCRAGIAAL+wIBAn8jAEEwayIDIgIjAkkEQBATCyACJAACfwJAAkBBkBAgASwAABBgRQRAQdCQCUEcNgIADAELQZgJEDsiAg0BC0EADAELIAJBAEGQARAZGiABQSsQYEUEQCACQQhBBCABLQAAQfIARhs2AgALAkAgAS0AAEHhAEcEQCACKAIAIQEMAQsgA0EDNgIkIAMgADYCIEHdASADQSBqEAgiAUGACHFFBEAgA0EENgIUIAMgADYCECADIAFBgAhyNgIYQd0BIANBEGoQCBoLIAIgAigCAEGAAXIiATYCAAsgAkH/AToASyACQYAINgIwIAIgADYCPCACIAJBmAFqNgIsAkAgAUEIcQ0AIANBk6gBNgIEIAMgADYCACADIANBKGo2AghBNiADEAkNACACQQo6AEsLIAJBAzYCKCACQQI2AiQgAkEcNgIgIAJBATYCDEHgkAkoAgBFBEAgAkF/NgJMCyACEGQLIQIgA0EwaiIAIwJJBEAQEwsgACQAIAILlAEBAn8jAEEQayIDIgIjAkkEQBATCyACJAACQAJAQZQQIAEsAAAQYEUEQEHQkAlBHDYCAAwBCyABEGEhAiADQbYDNgIIIAMgADYCACADIAJBgIACcjYCBEEAIQBBBSADEAcQYiICQQBIDQEgAiABEGUiAA0BIAIQAxoLQQAhAAsgA0EQaiIBIwJJBEAQEwsgASQAIAALfQAgAkEBRgRAIAEgACgCCCAAKAIEa6x9IQELAkAgACgCFCAAKAIcSwRAIABBAEEAIAAoAiQRAwAaIAAoAhRFDQELIABBADYCHCAAQgA3AxAgACABIAIgACgCKBEUAEIAUw0AIABCADcCBCAAIAAoAgBBb3E2AgBBAA8LQX8LHgAgACgCTEF/TARAIAAgASACEGcPCyAAIAEgAhBnC4ABAQJ/AkAgAARAIAAoAkxBf0wEQCAAEGoPCyAAEGohASABDwtBqJEJKAIABEBBqJEJKAIAEGkhAQsQKigCACIABEADQCAAKAJMQQBOBH9BAQUgAgsaIAAoAhQgACgCHEsEQCAAEGogAXIhAQsgACgCOCIADQALC0GckQkQBgsgAQtpAQJ/AkAgACgCFCAAKAIcTQ0AIABBAEEAIAAoAiQRAwAaIAAoAhQNAEF/DwsgACgCBCIBIAAoAggiAkkEQCAAIAEgAmusQQEgACgCKBEUABoLIABBADYCHCAAQgA3AxAgAEIANwIEQQALmgEBBH8gACgCTEEATgR/QQEFIAELGiAAKAIAQQFxIgRFBEAQKiEBIAAoAjQiAgRAIAIgACgCODYCOAsgACgCOCIDBEAgAyACNgI0CyAAIAEoAgBGBEAgASADNgIAC0GckQkQBgsgABBpIQEgACAAKAIMEQAAIQIgACgCYCIDBEAgAxA8CyABIAJyIQEgBEUEQCAAEDwgAQ8LIAELZgEDfyACRQRAQQAPCwJAIAAtAAAiA0UNAANAAkAgAyABLQAAIgVHDQAgAkF/aiICRQ0AIAVFDQAgAUEBaiEBIAAtAAEhAyAAQQFqIQAgAw0BDAILCyADIQQLIARB/wFxIAEtAABrC8gBAQF/AkACQCAAIAFzQQNxDQAgAUEDcQRAA0AgACABLQAAIgI6AAAgAkUNAyAAQQFqIQAgAUEBaiIBQQNxDQALCyABKAIAIgJBf3MgAkH//ft3anFBgIGChHhxDQADQCAAIAI2AgAgASgCBCECIABBBGohACABQQRqIQEgAkH//ft3aiACQX9zcUGAgYKEeHFFDQALCyAAIAEtAAAiAjoAACACRQ0AA0AgACABLQABIgI6AAEgAEEBaiEAIAFBAWohASACDQALCwsKACAAIAEQbSAAC2ACAn8BfiAAKAIoIQFBASECIABCACAALQAAQYABcQR/QQJBASAAKAIUIAAoAhxLGwUgAgsgAREUACIDQgBZBH4gACgCFCAAKAIca6wgAyAAKAIIIAAoAgRrrH18BSADCwv2AgECfwJAIAAgAUYNAAJAIAEgAmogAEsEQCAAIAJqIgQgAUsNAQsgACABIAIQGhoPCyAAIAFzQQNxIQMCQAJAIAAgAUkEQCADBEAgACEDDAMLIABBA3FFBEAgACEDDAILIAAhAwNAIAJFDQQgAyABLQAAOgAAIAFBAWohASACQX9qIQIgA0EBaiIDQQNxDQALDAELAkAgAw0AIARBA3EEQANAIAJFDQUgACACQX9qIgJqIgMgASACai0AADoAACADQQNxDQALCyACQQNNDQADQCAAIAJBfGoiAmogASACaigCADYCACACQQNLDQALCyACRQ0CA0AgACACQX9qIgJqIAEgAmotAAA6AAAgAg0ACwwCCyACQQNNDQAgAiEEA0AgAyABKAIANgIAIAFBBGohASADQQRqIQMgBEF8aiIEQQNLDQALIAJBA3EhAgsgAkUNAANAIAMgAS0AADoAACADQQFqIQMgAUEBaiEBIAJBf2oiAg0ACwsLfAECfyAAIAAtAEoiAUF/aiABcjoASiAAKAIUIAAoAhxLBEAgAEEAQQAgACgCJBEDABoLIABBADYCHCAAQgA3AxAgACgCACIBQQRxBEAgACABQSByNgIAQX8PCyAAIAAoAiwgACgCMGoiAjYCCCAAIAI2AgQgAUEbdEEfdQuyAQEDfyACKAJMQQBOBH9BAQUgBQsaIAIgAi0ASiIDQX9qIANyOgBKAn8gASIFIAIoAgggAigCBCIEayIDQQFIDQAaIAAgBCADIAUgAyAFSRsiBBAaGiACIAIoAgQgBGo2AgQgACAEaiEAIAUgBGsLIgMEQANAAkAgAhBxRQRAIAIgACADIAIoAiARAwAiBEEBakEBSw0BCyAFIANrDwsgACAEaiEAIAMgBGsiAw0ACwsgAQsJAEGYEBCTCAALKgEBfyAAQagQNgIAIABBBGooAgBBdGoiAUEIahB1QX9MBEAgARA8CyAACxMAIAAgACgCAEF/aiIANgIAIAALCAAgABB0EDwLCgAgAEEEaigCAAsLACAAEHQaIAAQPAs3AQJ/IAEQXiICQQ1qEF0iA0EANgIIIAMgAjYCBCADIAI2AgAgACADQQxqIAEgAkEBahAaNgIAC6cBAQF/IABBiBM2AnAgAEH0EjYCBCAAQQA2AgggAEHwAGogAEEMaiICEJ0HIABCgICAgHA3ArgBIABB0BI2AnAgAEG8EjYCBCACEIEBIABBADoA4IEEIABBADoA4YEIIABCADcCwAEgAEIANwLIASAAQgA3AtABIABCADcC2AEgAEEAOgDgASAAIAEQpwc2AgAgACAAEHtBf0cEfyAAEHwFQX8LNgLAAQvtBgEPfyMAQeAAayICIgUjAkkEQBATCyAFJABBfyEIAkAgACgCACIBRQ0AIABBBGoiBiABQQwQogcgACgCTEUNAAJAIAYgAEHgAWoiCUEDEP0GIgEgASgCAEF0aigCAGotABBBBXFFBEBBhBEgCUEDEGxFDQFBiBEgCUEDEGxFDQELIAIgACgCADYCUEGACCgCAEGMESACQdAAahA6DAELQYgRIAlBAxBsRQRAIAIgACgCADYCAEGACCgCAEGrESACEDoMAQsgBiACQd4AakECEP0GIgEgASgCAEF0aigCAGotABBBBXEEQCACIAAoAgA2AiBBgAgoAgBBjBEgAkEgahA6DAELIAItAF8gAi0AXkEIdHIhCyAAQdQBaiEHAkAgACgC2AEgACgC1AEiAWsiBEEMbSIDQYcnTQRAIAdBiCcgA2sQfSAHKAIAIQEMAQsgBEHg1ANGDQAgACABQeDUA2o2AtgBCyABQgA3AgQgC0UEQEEAIQgMAQtBiCchBQJAA0AgBiACQd4AakECEP0GIgEgASgCAEF0aigCAGotABBBBXENASAGIAJB3QBqQQEQ/QYiASABKAIAQXRqKAIAai0AEEEFcQ0BIAYgCSACLQBdQfgBcUEDdkEBahD9BiIBIAEoAgBBdGooAgBqLQAQQQVxDQEgBygCACEEQQAhCAJAIAItAF0iDEUEQEEAIQMMAQtBACEDQQAhAQNAIAAgAUEDdmosAOABIAFBf3NBB3F2QQFxQQJ0Ig0gBCADQQxsIg5qaigCBCIDRQRAIAAgACgCxAFBAWoiAzYCxAEgAyAFRgRAAn8gBUGIJ2oiCiAAKALYASAEa0EMbSIDSwRAIAcgCiADaxB9IAAoAtQBIQQgAi0AXSEMIAAoAsQBDAELIAogA0kEQCAAIAQgCkEMbGo2AtgBCyAFCyEDIAohBQsgBCADQQxsakEANgIEIAQgACgCxAFBDGxqQQA2AgggBCAOaiANaiAAKALEATYCBCAAKALEASEDCyABQQFqIgEgDEkNAAsLIAQgA0EMbCIBaiACLQBeOgAAIAcoAgAgAWogAi0AXzoAASAPQQFqIg8gC0cNAAsMAQsgAiAAKAIANgIQQYAIKAIAQYwRIAJBEGoQOkF/IQgLIAJB4ABqIgAjAkkEQBATCyAAJAAgCAulBAELfyMAQRBrIgYiASMCSQRAEBMLIAEkACAAQeABaiEIIABBBGohByAAKALIASEBAn8DQAJAIAEEQCAAKALMASEEDAELIAcgCEGAgAQQ/QYaIAAgACgCCEEDdCIENgLMASAAKALIASEBCyABIARIBEADQAJ/IANBDGwiCSAAKALUAWoiCiAAIAFBCG0iBWosAOABIAVBA3QgAWtBB2p2QQFxQQJ0IgtqKAIEIgUEQCAFDAELIAAoAsQBIANGBEACQAJAIAAoAkwiA0UNACAAQQxqIgEgASgCACgCGBEAACEFIAMQa0UEQCAAQQA2AkwgAUEAQQAgACgCDCgCDBEDABogBQ0BDAILIAFBAEEAIAEoAgAoAgwRAwAaCyAHIAcoAgBBdGooAgBqIgEgASgCEEEEchD+BgsgAiAAKALUASAAKALEAUEMbGoiAS0AAEUNBRogACACakHggQRqIAEtAAE6AAAgAkEBagwFCyAAIAJqIgFB4IEEaiAKLQAAOgAAIAFB4YEEaiAAKALUASAJai0AAToAAEGAgAQgAkECaiICQYCABEYNBBogACgCzAEhBCAAKALIASEBIAAoAtQBIAtqKAIECyEDIAAgAUEBaiIBNgLIASABIARIDQALC0EAIQEgAEEANgLIASAEQYCAIEYNAAsgBiAAKAIANgIAQYAIKAIAQYwRIAYQOkF/CyEBIAZBEGoiACMCSQRAEBMLIAAkACABC64CAQd/AkACQAJAIAAoAggiAyAAKAIEIgJrQQxtIAFPBEADQCACQgA3AgAgAkEANgIIIAAgACgCBEEMaiICNgIEIAFBf2oiAQ0ADAIACwALIAIgACgCACIEayIGQQxtIgcgAWoiBUHWqtWqAU8NAUEAIQIgBSADIARrQQxtIgNBAXQiCCAIIAVJG0HVqtWqASADQarVqtUASRsiAwRAIANB1qrVqgFPDQMgA0EMbBBdIQILIAIgA0EMbGohAyACIAdBDGxqQQAgAUEMbBAZIgUhAgNAIAJBDGohAiABQX9qIgENAAsgBSAGQXRtQQxsaiEBIAZBAU4EQCABIAQgBhAaGgsgACADNgIIIAAgAjYCBCAAIAE2AgAgBEUNACAEEDwLDwsQcwALQc8REJMIAAtPAQF/IAAoAgAiAQRAIAEQPAsgACgC1AEiAQRAIAAgATYC2AEgARA8CyAAQbwSNgIEIABB8ABqIgFB0BI2AgAgAEEMahCDARogARDTBiAAC4EEAQp/IwBBgIAEayIGIgQjAkkEQBATCyAEJAACf0EAIAAoAsABIgNBf0YNABoCQAJAIANBAEwEfyAGBUEAIQQDQCAEIAZqIgogACAAKALQASICakHggQRqLAAAIgU6AAACQAJAIAVBd2oiC0EXSw0AQQAhBwJAIAtBAWsOFgEBAQEBAQEBAQEBAQEBAQEBAQEBAQACCyAAIAJBAWoiAjYC0AEgAiADRgRAIAAQfCEDIABBADYC0AEgACADNgLAAUEAIQILIAogACACakHggQRqLQAAOgAADAELIAVB/wFxQS5LBEBBACEHDAELAkAgBUEhSA0AIAAgAkEBaiICNgLQASAFQWFqIQkgAiADRw0AIAAQfCEDQQAhAiAAQQA2AtABIAAgAzYCwAELIAAgAmpB4IEEai0AACEFIApBCjoAAEEJIAUgBUEeRhtBGHRBGHUhCEEBIQcLIAAgAkEBaiICNgLQASACIANGBEAgAEEANgLQASAAAn9BfyAAKAJMRQ0AGiAAEHwLIgM2AsABCyAHRUEAIARBAWoiBCADSBsNAAsgCQ0BIAQgBmoLQQA6AAAMAQsgCiAAQeGBCGoiBCAEEF5qIAlBf3NqEG4aCyAAQeGBCGoiACAIaiAGEG4aIAEgABDjAkEBCyEAIAZBgIAEaiIBIwJJBEAQEwsgASQAIAALiwMBBH8jAEEgayICIgMjAkkEQBATCyADJAAgAEGIEzYCbCAAQfQSNgIAIABBADYCBCAAQewAaiAAQQhqIgMQnQcgAEKAgICAcDcCtAEgAEHQEjYCbCAAQbwSNgIAIAMQgQEgAEEANgL0gQQgAEEANgK8ASAAQQA6AMABIAAgAUEIEKIHAkACQCAAKAJIDQAgAkEANgIYIAJCADcDECABEF4iA0FwTw0BAkACQCADQQtPBEAgA0EQakFwcSIFEF0hBCACIAVBgICAgHhyNgIYIAIgBDYCECACIAM2AhQMAQsgAiADOgAbIAJBEGohBCADRQ0BCyAEIAEgAxAaGgsgAyAEakEAOgAAIAJBEGpBkxIQ4QJBlIIMEF0iAyACKAIQIAJBEGogAiwAG0EASBsQeiAAIAM2ArwBIAIsABtBf0wEQCACKAIQEDwLIAAoAkgNACAAKAK8ASgCTA0AIAIgATYCAEGACCgCAEGXEiACEDoLIAJBIGoiASMCSQRAEBMLIAEkACAADwsQzwIAC4ACAQV/IwBBEGsiAyIBIwJJBEAQEwsgASQAIAAQ2AYgAEIANwI0IABBADYCKCAAQgA3AiAgAEHUEzYCACAAQgA3AjwgAEIANwJEIABCADcCTCAAQgA3AlQgAEIANwBbIANBCGogAEEEaiIFEL0FIgEoAgAhAkHYlwkQsAUhBCACQRBqIgIQrQUgBEsEfyACIAQQtAUoAgBBAEcFQQALIQIgARCjAyACBEAgACADIAUQvQUiAUHYlwkQqAM2AkQgARCjAyAAIAAoAkQiASABKAIAKAIcEQAAOgBiCyAAQQBBgCAgACgCACgCDBEDABogA0EQaiIBIwJJBEAQEwsgASQACyYAIABB0BI2AmwgAEG8EjYCACAAQQhqEIMBGiAAQewAahDTBiAAC3cBAX8gAEHUEzYCACAAKAJAIgEEQCAAEIkBGiABEGtFBEAgAEEANgJACyAAQQBBACAAKAIAKAIMEQMAGgsCQCAALQBgRQ0AIAAoAiAiAUUNACABEDwLAkAgAC0AYUUNACAAKAI4IgFFDQAgARA8CyAAENYGGiAACzkBAX8gACgCvAEiAQRAIAEQfhA8CyAAQdASNgJsIABBvBI2AgAgAEEIahCDARogAEHsAGoQ0wYgAAveAQEDfyMAQRBrIgMiAiMCSQRAEBMLIAIkAEEBIQQgACAAKAL0gQRBAWo2AvSBBAJAAkAgACgCSARAIANBCGogACAAKAIAQXRqKAIAahDsBiADQQhqQdCXCRCoAyICQQogAigCACgCHBECACECIANBCGoQowNBAEEhIAAgASACEKsHIgEgASgCAEF0aigCAGotABBBBXEbRQ0BDAILIAAoArwBIgIoAkxFDQAgAiABEH8NAQsgACAAKAL0gQRBf2o2AvSBBEEAIQQLIANBEGoiACMCSQRAEBMLIAAkACAECzQAIAAgACgCAEF0aigCAGoiAEHQEjYCbCAAQbwSNgIAIABBCGoQgwEaIABB7ABqENMGIAALCQAgABCCARA8CzYAIAAgACgCAEF0aigCAGoiAEHQEjYCbCAAQbwSNgIAIABBCGoQgwEaIABB7ABqENMGIAAQPAuABAIFfwF+IwBBEGsiBCIBIwJJBEAQEwsgASQAAkAgACgCQEUNAAJAIAAoAkQiAgRAAkAgACgCXCIBQRBxBEAgACgCGCAAKAIURwRAQX8hAyAAQX8gACgCACgCNBECAEF/Rg0FCyAAQcgAaiEFA0AgACgCRCIBIAUgACgCICICIAIgACgCNGogBEEMaiABKAIAKAIUEQUAIQJBfyEDIAAoAiAiASAEKAIMIAFrIgEgACgCQBAtIAFHDQUgAkEBRg0ACyACQQJGDQQgACgCQBBpRQ0BDAQLIAFBCHFFDQAgBCAAKQJQNwMAAn8gAC0AYgRAIAAoAhAgACgCDGusIQZBAAwBCyACIAIoAgAoAhgRAAAhASAAKAIoIAAoAiQiAmusIQYgAUEBTgRAIAAoAhAgACgCDGsgAWysIAZ8IQZBAAwBC0EAIAAoAgwiASAAKAIQRg0AGiAAKAJEIgMgBCAAKAIgIAIgASAAKAIIayADKAIAKAIgEQUAIQEgACgCJCABayAAKAIga6wgBnwhBkEBCyEBIAAoAkBCACAGfUEBEGgNAiABBEAgACAEKQMANwJICyAAQQA2AlwgAEEANgIQIABCADcCCCAAIAAoAiAiATYCKCAAIAE2AiQLQQAhAwwCCxCOAQALQX8hAwsgBEEQaiIAIwJJBEAQEwsgACQAIAMLCQAgABCDARA8C5ICAQF/IAAgACgCACgCGBEAABogACABQdiXCRCoAyIBNgJEIAAtAGIhAiAAIAEgASgCACgCHBEAACIBOgBiIAEgAkcEQCAAQgA3AgggAEIANwIYIABCADcCECAALQBgIQIgAQRAAkAgAkUNACAAKAIgIgFFDQAgARA8CyAAIAAtAGE6AGAgACAAKAI8NgI0IAAoAjghASAAQgA3AjggACABNgIgIABBADoAYQ8LAkAgAg0AIAAoAiAiASAAQSxqRg0AIABBADoAYSAAIAE2AjggACAAKAI0IgE2AjwgARBdIQEgAEEBOgBgIAAgATYCIA8LIAAgACgCNCIBNgI8IAEQXSEBIABBAToAYSAAIAE2AjgLC4UCAQJ/IABCADcCCCAAQgA3AhggAEIANwIQAkAgAC0AYEUNACAAKAIgIgNFDQAgAxA8CwJAIAAtAGFFDQAgACgCOCIDRQ0AIAMQPAsgACACNgI0IAACfwJAAkAgAkEJTwRAIAAtAGIhAwJAIAFFDQAgA0H/AXFFDQAgAEEAOgBgIAAgATYCIAwDCyACEF0hBCAAQQE6AGAgACAENgIgDAELIABBADoAYCAAQQg2AjQgACAAQSxqNgIgIAAtAGIhAwsgA0H/AXENACAAIAJBCCACQQhKGyIDNgI8QQAgAQ0BGiADEF0hAUEBDAELQQAhASAAQQA2AjxBAAs6AGEgACABNgI4IAALogEBAn4gASgCRCIEBEAgBCAEKAIAKAIYEQAAIQRCfyEFAkAgASgCQEUNACACUEVBACAEQQFIGw0AIAEgASgCACgCGBEAAA0AIANBAksNACABKAJAIASsIAJ+QgAgBEEAShsgAxBoDQACfiABKAJAIgMoAkxBf0wEQCADEG8MAQsgAxBvCyEFIAEpAkghBgsgACAFNwMIIAAgBjcDAA8LEI4BAAsgAQJ/QQQQCyIAIgEQWyABQbAMNgIAIABB7AxBBhAMAAtqAAJAIAEoAkAEQCABIAEoAgAoAhgRAABFDQELIABCfzcDCCAAQgA3AwAPCyABKAJAIAIpAwhBABBoBEAgAEJ/NwMIIABCADcDAA8LIAEgAikDADcCSCAAIAIpAwg3AwggACACKQMANwMAC8YFAQV/IwBBEGsiBCIBIwJJBEAQEwsgASQAAkACQCAAKAJARQRAQX8hAQwBCwJ/IAAtAFxBCHEEQCAAKAIMIQFBAAwBCyAAQQA2AhwgAEIANwIUIABBNEE8IAAtAGIiARtqKAIAIQMgAEEgQTggARtqKAIAIQEgAEEINgJcIAAgATYCCCAAIAEgA2oiATYCECAAIAE2AgxBAQshAyABRQRAIAAgBEEQaiIBNgIQIAAgATYCDCAAIARBD2o2AggLAn8gAwRAIAAoAhAhAkEADAELIAAoAhAiAiAAKAIIa0ECbSIDQQQgA0EESRsLIQMCfyABIAJGBEAgACgCCCABIANrIAMQcCAALQBiBEBBfyAAKAIIIgEgA2ogACgCECADayABayAAKAJAEHIiAkUNAhogACAAKAIIIANqIgE2AgwgACABIAJqNgIQIAEtAAAMAgsgACgCKCICIAAoAiQiAUcEQCAAKAIgIAEgAiABaxBwIAAoAighAiAAKAIkIQELIAAgACgCICIFIAIgAWtqIgE2AiQgACAAQSxqIAVGBH9BCAUgACgCNAsgBWoiAjYCKCAAIAApAkg3AlBBfyABIAIgAWsiAiAAKAI8IANrIgUgAiAFSRsgACgCQBByIgJFDQEaIAAoAkQiAUUNAyAAIAAoAiQgAmoiAjYCKCABIABByABqIAAoAiAgAiAAQSRqIAAoAggiBSADaiAFIAAoAjxqIARBCGogASgCACgCEBENAEEDRgRAIAAgACgCKDYCECAAIAAoAiAiATYCDCAAIAE2AgggAS0AAAwCC0F/IAQoAggiAiAAKAIIIANqIgFGDQEaIAAgAjYCECAAIAE2AgwgAS0AAAwBCyABLQAACyEBIAAoAgggBEEPakcNACAAQQA2AhAgAEIANwIICyAEQRBqIgAjAkkEQBATCyAAJAAgAQ8LEI4BAAttAQJ/QX8hAgJAIAAoAkBFDQAgACgCCCAAKAIMIgNPDQAgAUF/RgRAIAAgA0F/ajYCDEEADwsgAC0AWEEQcUUEQCADQX9qLQAAIAFB/wFxRw0BCyAAIANBf2oiAjYCDCACIAE6AAAgASECCyACC+QEAQh/IwBBEGsiBCIDIwJJBEAQEwsgAyQAAn8CQCAAKAJARQ0AAkAgAC0AXEEQcQRAIAAoAhQhBSAAKAIcIQcMAQsgAEEANgIQIABCADcCCAJAIAAoAjQiAkEJTwRAIAAtAGIEQCAAIAAoAiAiBTYCGCAAIAU2AhQgACACIAVqQX9qIgc2AhwMAgsgACAAKAI4IgU2AhggACAFNgIUIAAgBSAAKAI8akF/aiIHNgIcDAELIABBADYCHCAAQgA3AhQLIABBEDYCXAsgACgCGCECIAFBf0YEfyAFBSACBH8gAgUgACAEQRBqNgIcIAAgBEEPajYCFCAAIARBD2o2AhggBEEPagsgAToAACAAIAAoAhhBAWoiAjYCGCAAKAIUCyEDIAIgA0cEQAJAIAAtAGIEQEF/IAMgAiADayICIAAoAkAQLSACRw0EGgwBCyAEIAAoAiAiBjYCCAJAIAAoAkQiCEUNACAAQcgAaiEJA0AgCCAJIAMgAiAEQQRqIAYgBiAAKAI0aiAEQQhqIAgoAgAoAgwRDQAhAiAAKAIUIgMgBCgCBEYNBCACQQNGBEAgAyAAKAIYIANrIgIgACgCQBAtIAJHDQUMAwsgAkEBSw0EIAAoAiAiAyAEKAIIIANrIgMgACgCQBAtIANHDQQgAkEBRw0CIAAgBCgCBCIDNgIUIAAgACgCGCICNgIcIAAoAkQiCEUNASAAKAIgIQYMAAALAAsQjgEACyAAIAc2AhwgACAFNgIUIAAgBTYCGAtBACABIAFBf0YbDAELQX8LIQYgBEEQaiIAIwJJBEAQEwsgACQAIAYLQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIAFBAWohASAAQQFqIQAgAkF/aiICDQEMAgsLIAQgBWshAwsgAwsnAQF/IAFBAnQQOyECIABBADYCCCAAIAI2AgAgACABQQAgAhs2AgQLoQEBA38gACgCCCICQQFOBEADQCAAKAIAIANBAnRqKAIAIgEEQCABLAA7QX9MBEAgASgCMBA8CyABLAAvQQBIBEAgASgCJBA8CyABLAAjQX9MBEAgASgCGBA8CyABLAAXQX9MBEAgASgCDBA8CyABLAALQQBIBEAgASgCABA8CyABEDwgACgCCCECCyADQQFqIgMgAkgNAAsLIAAoAgAQPCAAC6AJAQx/IwBBMGsiAyIGIwJJBEAQEwsgBiQAAkAgACgCCCAAKAIETg0AIAEoAgQgAS0ACyIFIAVBGHRBGHVBAEgbRQ0AIAIoAgQgAi0ACyIFIAVBGHRBGHVBAEgbRQ0AIANBIGogARDRAiIHKAIAIANBIGogBywACyIEQQBIGy0AAEHfAEYEQEEBIQsgB0EAQQEQ5wIgBy0ACyEECwJAIAcoAgQgBEH/AXEgBEEYdEEYdSIEQQBIGyIBRQ0AIAcoAgAgA0EgaiAEQQBIGyABQX9qIgRqLQAAQd8ARw0AIAcgBEF/EOcCIAtBAnIhCwsgA0GAgIAINgIYIANC3wA3AxAgA0GAgIAINgIIIANCIDcDACAHIANBEGogAxCzByADLAALQX9MBEAgAygCABA8CyADLAAbQX9MBEAgAygCEBA8CwJAAkAgACgCCCIEQQFIDQAgBygCACADQSBqIActAAsiDUEYdEEYdSIOQQBIGyEKIARBf2ohCCAAKAIAIQxBACEGQX8hBQNAAkAgDCAGIAhqQQF2IgRBAnRqKAIAIgEsAAsiCUF/TARAIAEoAgQhCSABKAIAIQEMAQsgCUH/AXEhCQsgBSAFIAQgCiABIAkQbCIBGyABQQBIIgEbIQUgBiAEQQFqIAEbIgYgBEF/aiAIIAEbIghMDQALIAVBAEgNACAMIAVBAnRqKAIAIgYoAgQgBi0ACyIEIARBGHRBGHUiCEEASBsiASAHKAIEIA0gDkEASBtHDQAgBigCACEJAkAgCEEASCIIRQRAIAFFDQEgCi0AACAJQf8BcUcNAiAGIQEDQCAEQX9qIgRFDQIgCi0AASEIIApBAWohCiAIIAFBAWoiAS0AAEYNAAsMAgsgAUUNACAJIAYgCBsgCiABEJMBDQELIAYgC0EMbCIEakEMaiACENYCIAAoAgAgBUECdGooAgAhASADQYCAgAg2AhggA0LfADcDECADQYCAgAg2AgggA0IgNwMAIAEgBGpBDGogA0EQaiADELMHIAMsAAtBf0wEQCADKAIAEDwLIAMsABtBf0oNASADKAIQEDwMAQtBPBBdIgFCADcCACABQQA2AjggAUIANwIwIAFCADcCKCABQgA3AiAgAUIANwIYIAFCADcCECABQgA3AgggASAHENYCIAEgC0EMbGpBDGoiBCACENYCIANBgICACDYCGCADQt8ANwMQIANBgICACDYCCCADQiA3AwAgBCADQRBqIAMQswcgAywAC0F/TARAIAMoAgAQPAsgAywAG0F/TARAIAMoAhAQPAsgACAAKAIIIgVBAWoiBjYCCCAAKAIAIAVBAnRqIAE2AgACQCAFQQFIDQADQCAFIQQgASEIIAEsAAtBf0wEfyABKAIABSAICwJ/IAAoAgAiCSAGQQJ0akF4aigCACIFLAALQX9MBEAgBSgCAAwBCyAFCxBDQX9KBEAgBCEFDAILIAkgBEECdGogBTYCACAEQX9qIQUgBCEGIARBAUoNAAsLIAAoAgAgBUECdGogATYCAAsgBywAC0F/TARAIAcoAgAQPAsLIANBMGoiACMCSQRAEBMLIAAkAAufBQENfyMAQRBrIgYiBCMCSQRAEBMLIAQkAAJAIAIsAAtBf0wEQCACKAIAQQA6AAAgAkEANgIEDAELIAJBADoACyACQQA6AAALIAEoAgQgAS0ACyIFIAVBGHRBGHVBAEgiBRsiDARAIAEoAgAgASAFGyENIAZBCGohDgNAIAcgDWohCgJ/AkACQCAAKAIIIgFBAEwEQEF/IQUMAQtBfyEFIAFBf2ohBCAAKAIAIQtBACEIA0ACQCALIAQgCGpBAXYiAUECdGooAgAiAywACyIJQX9MBEAgAygCBCEJIAMoAgAhAwwBCyAJQf8BcSEJCyAFIAUgASAKIAMgCRBsIgMbIANBAEgiAxshBSAIIAFBAWogAxsiCCABQX9qIAQgAxsiBEwNAAsgBUF/Sg0BC0EAIQMgDkEANgIAIAZCADcDAEEADAELAkBBAkEDIAcbIAdFIAoQXgJ/IAsgBUECdGooAgAiCCwACyIEQX9MBEAgCCgCBAwBCyAEQf8BcQtGGyIBRQRAQQAhBAwBCwNAAn8gCCABQQxsaiIELAAXIgNBf0wEQCAEKAIQDAELIANB/wFxCwRAIAEhBAwCC0EAIQQgAUF/aiIDQQAgAUECRxsgAyAHGyIBDQALCyAGIAggBEEMbGpBDGoQ0QIaIAYoAgQhAyAGLQALCyEBAkAgAyABQf8BcSABQRh0QRh1QQBIIgEbIgMEQCACIAYoAgAgBiABGyADEOACAn8gACgCACAFQQJ0aigCACIFLAALIgFBf0wEQCAFKAIEDAELIAFB/wFxCyAHakF/aiEHQQEhDwwBCyACIAosAAAQ4gILIAYsAAtBf0wEQCAGKAIAEDwLIAdBAWoiByAMSQ0ACwsgBkEQaiIAIwJJBEAQEwsgACQAIA8LEAAgAEEgRiAAQXdqQQVJcguMAQEGfwNAIAAiAUEBaiEAIAEsAAAQmAENAAsCQCABLAAAIgRBVWoiBkECSwRADAELAkACQCAGQQFrDgICAAELQQEhBQsgACwAACEEIAAhASAFIQMLIAQQIgRAA0AgAkEKbCABLAAAa0EwaiECIAEsAAEhACABQQFqIQEgABAiDQALCyACQQAgAmsgAxsL2wECAX8CfkEBIQQCQCAAQgBSIAFC////////////AIMiBUKAgICAgIDA//8AViAFQoCAgICAgMD//wBRGw0AIAJCAFIgA0L///////////8AgyIGQoCAgICAgMD//wBWIAZCgICAgICAwP//AFEbDQAgACAChCAFIAaEhFAEQEEADwsgASADg0IAWQRAQX8hBCAAIAJUIAEgA1MgASADURsNASAAIAKFIAEgA4WEQgBSDwtBfyEEIAAgAlYgASADVSABIANRGw0AIAAgAoUgASADhYRCAFIhBAsgBAvYAQIBfwF+QX8hAgJAIABCAFIgAUL///////////8AgyIDQoCAgICAgMD//wBWIANCgICAgICAwP//AFEbDQAgACADQoCAgICAgID/P4SEUARAQQAPCyABQoCAgICAgID/P4NCAFkEQCAAQgBUIAFCgICAgICAgP8/UyABQoCAgICAgID/P1EbDQEgACABQoCAgICAgID/P4WEQgBSDwsgAEIAViABQoCAgICAgID/P1UgAUKAgICAgICA/z9RGw0AIAAgAUKAgICAgICA/z+FhEIAUiECCyACCwQAQQALDQAgAC0AAEEAR0EBcwsWACAAQQA2AgAgACAAKAIAQQFyNgIAC5wFAQZ/A0AgAUF/aiEHA0AgACEDA0ACQAJAAkACQCABIANrIgBBBU0EQAJAAkACQCAAQQJrDgQABAECBwsgAUF/aiIAIAMQoAFFDQYgAyAAEN0EDwsgAyADQQFqIANBAmogAUF/ahChARoPCyADIANBAWogA0ECaiADQQNqIAFBf2oQogEaDwsgAEEeTARAIAMgARCjAQ8LIAMgAEEBdmohBAJ/IABB6AdOBEAgAyADIABBAnYiAGogBCAAIARqIAcQogEMAQsgAyAEIAcQpAELIQggByEAAkAgAyAEEKABBEAMAQsDQCAAQX9qIgAgA0YEQCADQQFqIQUgAyAHEKABDQUDQCAFIAdGDQcgAyAFEKABBEAgBSAHEN0EIAVBAWohBQwHBSAFQQFqIQUMAQsAAAsACyAAIAQQoAFFDQALIAMgABDdBCAIQQFqIQgLIANBAWoiBiAATw0BA0AgBiIFQQFqIQYgBSAEEKABDQADQCAAQX9qIgAgBBCgAUUNAAsgBSAASwRAIAUhBgwDBSAFIAAQ3QQgACAEIAQgBUYbIQQgCEEBaiEIDAELAAALAAsgAyADQQFqIAFBf2oQpAEaDAILAkAgBCAGRg0AIAQgBhCgAUUNACAGIAQQ3QQgCEEBaiEICyAIRQRAIAMgBhClASEEIAZBAWoiACABEKUBBEAgBiEBIAMhACAERQ0GDAMLIAQNBAsgBiADayABIAZrSARAIAMgBiACEJ8BIAZBAWohAAwECyAGQQFqIAEgAhCfASAGIQEgAyEADAQLIAUgByIARg0AA0AgBSIEQQFqIQUgAyAEEKABRQ0AA0AgAyAAQX9qIgAQoAENAAsgBCAATwRAIAQhAwwDBSAEIAAQ3QQMAQsAAAsACwsLCwsNACAALAAAIAEsAABIC1gBAX8gACABIAIQpAEhBCADIAIQoAEEfyACIAMQ3QQgAiABEKABRQRAIARBAWoPCyABIAIQ3QQgASAAEKABRQRAIARBAmoPCyAAIAEQ3QQgBEEDagUgBAsLcgEBfyAAIAEgAiADEKEBIQUgBCADEKABBH8gAyAEEN0EIAMgAhCgAUUEQCAFQQFqDwsgAiADEN0EIAIgARCgAUUEQCAFQQJqDwsgASACEN0EIAEgABCgAUUEQCAFQQNqDwsgACABEN0EIAVBBGoFIAULC7cBAQV/IwBBEGsiBCICIwJJBEAQEwsgAiQAIAAgAEEBaiAAQQJqIgUQpAEaIABBA2ohAwNAIAEgA0cEQCADIAUQoAEEQCAEIAMtAAA6AA8gAyEGA0ACQCAGIAUiAi0AADoAACAAIAJGBEAgACECDAELIAIhBiAEQQ9qIAJBf2oiBRCgAQ0BCwsgAiAEQQ9qLQAAOgAACyADIQUgA0EBaiEDDAELCyAEQRBqIgAjAkkEQBATCyAAJAALcwECfyABIAAQoAEhBCACIAEQoAEhAwJ/AkAgBEUEQEEAIANFDQIaIAEgAhDdBEEBIAEgABCgAUUNAhogACABEN0EDAELIAMEQCAAIAIQ3QRBAQ8LIAAgARDdBEEBIAIgARCgAUUNARogASACEN0EC0ECCwveAgEHfyMAQRBrIgQiAiMCSQRAEBMLIAIkAAJAIAEgAGsiAkEFTQRAQQEhBgJAAkACQAJAIAJBAmsOBAABAgMFCyABQX9qIgIgABCgAUUNBCAAIAIQ3QQMBAsgACAAQQFqIAFBf2oQpAEaDAMLIAAgAEEBaiAAQQJqIAFBf2oQoQEaDAILIAAgAEEBaiAAQQJqIABBA2ogAUF/ahCiARoMAQtBASEGIAAgAEEBaiAAQQJqIgUQpAEaIABBA2ohAwNAIAEgA0YNAQJAIAMgBRCgAQRAIAQgAy0AADoADyADIQcDQAJAIAcgBSICLQAAOgAAIAAgAkYEQCAAIQIMAQsgAiEHIARBD2ogAkF/aiIFEKABDQELCyACIARBD2otAAA6AAAgCEEBaiIIQQhGDQELIAMhBSADQQFqIQMMAQsLIANBAWogAUYhBgsgBEEQaiIAIwJJBEAQEwsgACQAIAYLpwUBBn8DQCABQX5qIQcDQCAAIQMDQAJAAkACQAJAIAEgA2siAEEBdSIFQQVNBEACQAJAAkAgBUECaw4EAAQBAgcLIAFBfmoiACADEKcBRQ0GIAMgABCoAQ8LIAMgA0ECaiADQQRqIAFBfmoQqQEaDwsgAyADQQJqIANBBGogA0EGaiABQX5qEKoBGg8LIABBPUwEQCADIAEQqwEPCyADIAVBAm1BAXRqIQQCfyAAQc8PTgRAIAMgAyAFQQRtQQF0IgBqIAQgACAEaiAHEKoBDAELIAMgBCAHEKwBCyEIIAchAAJAIAMgBBCnAQRADAELA0AgAEF+aiIAIANGBEAgA0ECaiEFIAMgBxCnAQ0FA0AgBSAHRg0HIAMgBRCnAQRAIAUgBxCoASAFQQJqIQUMBwUgBUECaiEFDAELAAALAAsgACAEEKcBRQ0ACyADIAAQqAEgCEEBaiEICyADQQJqIgYgAE8NAQNAIAYiBUECaiEGIAUgBBCnAQ0AA0AgAEF+aiIAIAQQpwFFDQALIAUgAEsEQCAFIQYMAwUgBSAAEKgBIAAgBCAEIAVGGyEEIAhBAWohCAwBCwAACwALIAMgA0ECaiABQX5qEKwBGgwCCwJAIAQgBkYNACAEIAYQpwFFDQAgBiAEEKgBIAhBAWohCAsgCEUEQCADIAYQrQEhBCAGQQJqIgAgARCtAQRAIAYhASADIQAgBEUNBgwDCyAEDQQLIAYgA2sgASAGa0gEQCADIAYgAhCmASAGQQJqIQAMBAsgBkECaiABIAIQpgEgBiEBIAMhAAwECyAFIAciAEYNAANAIAUiBEECaiEFIAMgBBCnAUUNAANAIAMgAEF+aiIAEKcBDQALIAQgAE8EQCAEIQMMAwUgBCAAEKgBDAELAAALAAsLCwsLDQAgAC8BACABLwEASQtNAQJ/IwBBEGsiAiIDIwJJBEAQEwsgAyQAIAIgAC8BADsBDiAAIAEvAQA7AQAgASACQQ5qLwEAOwEAIAJBEGoiACMCSQRAEBMLIAAkAAtYAQF/IAAgASACEKwBIQQgAyACEKcBBH8gAiADEKgBIAIgARCnAUUEQCAEQQFqDwsgASACEKgBIAEgABCnAUUEQCAEQQJqDwsgACABEKgBIARBA2oFIAQLC3IBAX8gACABIAIgAxCpASEFIAQgAxCnAQR/IAMgBBCoASADIAIQpwFFBEAgBUEBag8LIAIgAxCoASACIAEQpwFFBEAgBUECag8LIAEgAhCoASABIAAQpwFFBEAgBUEDag8LIAAgARCoASAFQQRqBSAFCwu3AQEFfyMAQRBrIgQiAiMCSQRAEBMLIAIkACAAIABBAmogAEEEaiIFEKwBGiAAQQZqIQMDQCABIANHBEAgAyAFEKcBBEAgBCADLwEAOwEOIAMhBgNAAkAgBiAFIgIvAQA7AQAgACACRgRAIAAhAgwBCyACIQYgBEEOaiACQX5qIgUQpwENAQsLIAIgBEEOai8BADsBAAsgAyEFIANBAmohAwwBCwsgBEEQaiIAIwJJBEAQEwsgACQAC3MBAn8gASAAEKcBIQQgAiABEKcBIQMCfwJAIARFBEBBACADRQ0CGiABIAIQqAFBASABIAAQpwFFDQIaIAAgARCoAQwBCyADBEAgACACEKgBQQEPCyAAIAEQqAFBASACIAEQpwFFDQEaIAEgAhCoAQtBAgsL3QIBB38jAEEQayIEIgIjAkkEQBATCyACJABBASEGAkAgASAAa0EBdSICQQVNBEACQAJAAkACQCACQQJrDgQAAQIDBQsgAUF+aiICIAAQpwFFDQQgACACEKgBDAQLIAAgAEECaiABQX5qEKwBGgwDCyAAIABBAmogAEEEaiABQX5qEKkBGgwCCyAAIABBAmogAEEEaiAAQQZqIAFBfmoQqgEaDAELIAAgAEECaiAAQQRqIgUQrAEaIABBBmohAwNAIAEgA0YNAQJAIAMgBRCnAQRAIAQgAy8BADsBDiADIQcDQAJAIAcgBSICLwEAOwEAIAAgAkYEQCAAIQIMAQsgAiEHIARBDmogAkF+aiIFEKcBDQELCyACIARBDmovAQA7AQAgCEEBaiIIQQhGDQELIAMhBSADQQJqIQMMAQsLIANBAmogAUYhBgsgBEEQaiIAIwJJBEAQEwsgACQAIAYLhAEBAX8CQCABLAAAIgJFDQAgACACEGAhAkEAIQAgAkUNACABLQABRQRAIAIPCyACLQABRQ0AIAEtAAJFBEAgAiABEK8BDwsgAi0AAkUNACABLQADRQRAIAIgARCwAQ8LIAItAANFDQAgAS0ABEUEQCACIAEQsQEPCyACIAEQsgEhAAsgAAt3AQR/IAAtAAEiAkEARyEDAkAgAkUNACAALQAAQQh0IAJyIgQgAS0AASABLQAAQQh0ciIFRg0AIABBAWohAQNAIAEiAC0AASICQQBHIQMgAkUNASAAQQFqIQEgBEEIdEGA/gNxIAJyIgQgBUcNAAsLIABBACADGwuXAQEFfyAAQQJqIQIgAC0AAiIDQQBHIQQCQAJAIAAtAAFBEHQgAC0AAEEYdHIgA0EIdHIiBSABLQABQRB0IAEtAABBGHRyIAEtAAJBCHRyIgZGDQAgA0UNAANAIAJBAWohASACLQABIgBBAEchBCAAIAVyQQh0IgUgBkYNAiABIQIgAA0ACwwBCyACIQELIAFBfmpBACAEGwuqAQEEfyAAQQNqIQMgAC0AAyICQQBHIQQCQAJAIAAtAAFBEHQgAC0AAEEYdHIgAC0AAkEIdHIgAnIiBSABKAAAIgBBGHQgAEEIdEGAgPwHcXIgAEEIdkGA/gNxIABBGHZyciIBRg0AIAJFDQADQCADQQFqIQIgAy0AASIAQQBHIQQgBUEIdCAAciIFIAFGDQIgAiEDIAANAAsMAQsgAyECCyACQX1qQQAgBBsL9wYBDn8jAEGgCGsiCCIDIwJJBEAQEwsgAyQAIAhBmAhqQgA3AwAgCEGQCGpCADcDACAIQgA3A4gIIAhCADcDgAgCQAJAAkACQAJAIAEtAAAiAkUEQEF/IQlBASEDDAELA0AgACAFai0AAEUNBCAIIAJB/wFxIgNBAnRqIAVBAWoiBTYCACAIQYAIaiADQQN2QRxxaiIDIAMoAgBBASACQR9xdHI2AgAgASAFai0AACICDQALQQEhA0F/IQkgBUEBSw0BC0F/IQZBASEEDAELQQEhCkEBIQIDQAJ/IAEgAiAJamotAAAiBiABIANqLQAAIgtGBEAgAiAKRgRAIAQgCmohBEEBDAILIAJBAWoMAQsgBiALSwRAIAMgCWshCiADIQRBAQwBCyAEIQkgBEEBaiEEQQEhCkEBCyICIARqIgMgBUkNAAtBASEEQX8hBiAFQQFNBEAgCiEDDAELQQAhA0EBIQdBASECA0ACfyABIAIgBmpqLQAAIgsgASAEai0AACIMRgRAIAIgB0YEQCADIAdqIQNBAQwCCyACQQFqDAELIAsgDEkEQCAEIAZrIQcgBCEDQQEMAQsgAyEGIANBAWohA0EBIQdBAQsiAiADaiIEIAVJDQALIAohAyAHIQQLAn8gASABIAQgAyAGQQFqIAlBAWpLIgIbIgdqIAYgCSACGyINQQFqIgoQkwEEQCAFIA0gBSANQX9zaiICIA0gAksbQQFqIgdrIQ5BAAwBCyAFIAdrIg4LIQ8gBUF/aiELIAVBP3IhDEEAIQYgACEDA0ACQCAAIANrIAVPDQAgAEEAIAwQJSICBEAgAiEAIAIgA2sgBUkNAwwBCyAAIAxqIQALAn8CfyAFIAhBgAhqIAMgC2otAAAiAkEDdkEccWooAgAgAkEfcXZBAXFFDQAaIAUgCCACQQJ0aigCAGsiAgRAIA4gAiACIAdJGyACIAYbIAIgDxsMAQsCQCABIAoiAiAGIAIgBksbIgRqLQAAIgkEQANAIAMgBGotAAAgCUH/AXFHDQIgASAEQQFqIgRqLQAAIgkNAAsLA0AgAiAGTQ0GIAEgAkF/aiICai0AACACIANqLQAARg0ACyAHIQIgDwwCCyAEIA1rCyECQQALIQYgAiADaiEDDAAACwALQQAhAwsgCEGgCGoiACMCSQRAEBMLIAAkACADC2cAIABCADcCACAAQeb/AzsBFCAAQQA2AhAgAEIANwIIIABBGGpBAEHMABAZGiAAIAIQtAECQCAAIAEQtQFFDQAgACgCBBA8IABBATYCACAAQQFBBBA9IgE2AgQgAQ0AIABBADYCAAsLrgsBC38jAEEgayICIgYjAkkEQBATCyAGJABB+IEEEF0iCCABEIABIQEgAkEANgIYIAJCADcDECAAQThqIQsgAEHEAGohDCAAQShqIQogAEEcaiEJQQEhAwJAAkADQCABIAJBEGoQhQEEQCACQRBqEKgHAkAgA0UNACACQRBqQQBBA0HMFEEDEPYCDQAgAkEQakEAQQMQ5wILAkAgAkEQakEAQQRB1xRBBBD2Ag0AIAIoAhQiBCACLQAbIgMgA0EYdEEYdSIFQQBIIgcbQQVJDQAgAigCECIGIAJBEGogBxssAAQQmAFFDQAgACgCCAR/IAEoAvSBBBogAigCFCEEIAItABsiAyEFIAIoAhAFIAYLIAJBEGogBUEYdEEYdUEASCIFGyIGIAQgAyAFGyIFaiEEIAYhBwJAIAUiA0EESA0AA0AgA0F9aiIDRQ0BIAdB7AAgAxAlIgNFDQEgAygAAEHs3rm7BkcEQCAEIANBAWoiB2siA0EETg0BDAILCyADIARGDQAgAyAGa0F/Rg0AIABBATYCCAsgBiEHAkAgBSIDQQNIDQACQANAIANBfmoiA0UNASAHQe4AIAMQJSIDRQ0BIANB3BRBAxCTAQRAIAQgA0EBaiIHayIDQQNODQEMAgsLIAMgBEYNACADIAZrQX9GDQAgAEECNgIICyAGIQMgBUEFSA0AA0AgBUF8aiIFRQ0BIANB1QAgBRAlIgNFDQEgA0HgFEEFEJMBBEAgBCADQQFqIgNrIgVBBU4NAQwCCwsgAyAERg0AIAMgBmtBf0YNACAAQQM2AggMAQsgACgCCA0AIAEoAvSBBBoLAkAgAkEQakEAQQ1B5hRBDRD2Ag0AIAJBADYCCCACQgA3AwAgAkEQaiACIAEoAvSBBBDLB0UEQCABEIQBGiAIEDwgAiwAC0F/TARAIAIoAgAQPAsMBQsgACAAIAIoAgAgAiACLAALQQBIGxC2ATsBFCACLAALQX9KDQAgAigCABA8CwJAIAJBEGpBAEEDQfQUQQMQ9gINACACQRBqIAkgASgC9IEEEMsHRQRAIAEQhAEaDAQLAkAgACgCICAALQAnIgMgA0EYdEEYdUEASBtBBUcNACAJQQBBf0HgFEEFEPYCDQAgAEEBNgIQEMUHDAELIAAgCRDDBzYCNAsgAkEQakEAQQRB+BRBBBD2AkUEQCACQRBqIAogASgC9IEEEMsHRQRAIAEQhAEaDAQLIAAgChDEBzYCGAsCQCACQRBqQQBBBkH9FEEGEPYCDQAgAkEQaiALIAwgACgCECABKAL0gQQQzAcNACABEIQBGgwDCwJAIAJBEGpBAEECQYQVQQIQ9gINACACKAIUIAItABsiAyADQRh0QRh1QQBIIgMbQQNJDQAgAigCECACQRBqIAMbLAACEJgBRQ0AIAAgAkEQaiABELcBDQAgARCEARoMAwsCQCACQRBqQQBBAkGHFUECEPYCDQAgAigCFCACLQAbIgMgA0EYdEEYdUEASCIDG0EDSQ0AIAIoAhAgAkEQaiADGywAAhCYAUUNACAAIAJBEGogARC4AQ0AIAEQhAEaDAMLIAJBEGpBAEEPQYoVQQ8Q9gJFBEAgAEEBNgIMCyACQRBqQQBBA0GaFUEDEPYCBEBBACEDIAJBEGpBAEEDQZ4VQQMQ9gINAgtBACEDIAIoAhQgAi0AGyIEIARBGHRBGHUiBEEASBtBBEkNASACKAIQIAJBEGogBEEASBssAAMQmAFFDQELCwJAIAAoAjQNACACQQhqIgNBADYCACADQaoVLQAAOgAAIAJBohUpAAA3AwAgAkEJOgALIAJBADoACSAAIAIQwwc2AjQgAiwAC0F/Sg0AIAIoAgAQPAsgARCEARogCBA8DAELIAgQPAsgAiwAG0F/TARAIAIoAhAQPAsgAkEgaiIBIwJJBEAQEwsgASQAC8sLAQl/IwBB0ABrIgIiBCMCSQRAEBMLIAQkAEH4gQQQXSIHIAEQgAEhBSACQQA2AkggAkIANwNAAkACfyAFIAJBQGsQhQFFBEAgBRCEARogBxA8QQIhCCACQUBrDAELIAJBQGsQqAcgAkFAa0EAQQNBzBRBAxD2AkUEQCACQUBrQQBBAxDnAgsgACACKAJAIAJBQGsgAiwAS0EASBsQmQEiATYCACABQX9qQYP+//8BTwRAIAUQhAEaIAcQPEEEIQggAkFAawwBCyAAIAFB7QdqIgMgAUHuB2ogA0EBcRsiATYCACAAIAFBBBA9IgE2AgQgAUUEQCAFEIQBGiAHEDxBAyEIIAJBQGsMAQsgAkEANgI4IAJCADcDMCACQShqIQkDQAJAAkAgBSACQUBrEIUBBEAgAkFAaxCoBwJAIAJBQGtBOkEAEOwCIgFBf0YEQEF/IQMMAQsDQAJAIAFBBEkNACACKAJAIAJBQGsgAiwAS0EASBsiBiABQX1qIgNqLQAAIgRBIEdBACAEQQlHGw0AAkADQCAGIANBf2oiAWotAAAiBEEgR0EAIARBCUcbDQEgASEDIAENAAtBfyEDDAMLIANBAWohAwwCC0F/IQMgAkFAa0E6IAFBAWoQ7AIiAUF/Rw0ACwsgAkFAa0EJQQAQ7AIiAUF/RwRAIAFBAWoiBCAEIAMgASADSRsgA0F/RhshAwsgCUEANgIAIAJCADcDICADQX9GDQEgAkEgaiACQRBqIAJBQGsgA0F/IAJBQGsQ1AIQ1gIgAiwAG0F/TARAIAIoAhAQPAsgAkFAayADQX9qENsCDAELIAUQhAEaIAcQPEEAIQgMAQtBACEBAkACQAJAA0AgAkFAa0EvIAEQ7AIhAwNAIAMhAUEBIQMgAUUNAAsgAUF/Rg0BIAFBf2oiAyACKAJAIAJBQGsgAi0ASyIEQRh0QRh1QQBIIgYbai0AAEHcAEYEQCACQUBrIANBARDnAgwBCwsgASACKAJEIAQgBhtGDQAgAkEQaiACQUBrIAFBAWpBfyACQUBrENQCGiACQUBrIAEQ2wICfyAAKAJUIgMEQAJAAkAgAigCECACQRBqIAIsABtBAEgbEJkBIgFBAU4EQCAAKAJQIAFODQELIAUoAvSBBBogAkEANgIMDAELIAIgAyABQX9qIgFBAnRqKAIANgIMQQAgACgCWCABQQF0ai8BACIBDQIaCyAFKAL0gQQaQQAhAUEADAELIAJBADYCCCACQgA3AwAgAigCECACQRBqIAIsABtBAEgbIgQQXiIBQXBPDQcCQAJAIAFBC08EQCABQRBqQXBxIgYQXSEDIAIgBkGAgICAeHI2AgggAiADNgIAIAIgATYCBAwBCyACIAE6AAsgAiEDIAFFDQELIAMgBCABEBoaCyABIANqQQA6AAAgACACQQxqIAIgBRC5ASEBIAIsAAtBf0wEQCACKAIAEDwLIAFBf0YEQCAFEIQBGiAHEDxBBiEIQX8hAUEBDAELIAIoAgwiAyADIAFBAXRqIAIQpgFBAAshBCACLAAbQX9MBEAgAigCEBA8C0EBIQMgBEUNAQwCC0EAIQEgAkEANgIMCwJ/IAAoAhAEQCACQTBqIAJBQGsQpAchAyACQTBqIAAoAhgQyAcMAQsgAigCRCACLQBLIgMgA0EYdEEYdUEASBshAyACQUBrIAAoAjQQxwcLIQYCQCAAIAJBQGsgAyACKAIMIgogASACQSBqQQAgAigCJCACLQArIgQgBEEYdEEYdUEASBsbIgRBABC6AQ0AIAAgAkFAayADIAogASAEIAYQuwENAEEAIQMMAQsgBRCEARogBxA8QQUhCEEBIQMLIAIsACtBf0wEQCACKAIgEDwLIANFDQELCyACKAIwIgEEQCACIAE2AjQgARA8CyACQUBrCywAC0F/TARAIAIoAkAQPAsgAkHQAGoiACMCSQRAEBMLIAAkACAIDwsQzwIAC+ECAQN/IwBBIGsiAiIDIwJJBEAQEwsgAyQAAkACQCAAKAIIQX9qIgBBAk0EQAJAAkACQCAAQQFrDgIBAgALIAEvAAAiAUEYdCABQQh0QYCA/AdxckEQdiEBDAMLIAEQmQEhAQwCCyACQQA2AhggAkIANwMQIAJBADYCCCACQgA3AwAgARBeIgBBcE8NAgJAAkAgAEELTwRAIABBEGpBcHEiBBBdIQMgAiAEQYCAgIB4cjYCCCACIAM2AgAgAiAANgIEDAELIAIgADoACyACIQMgAEUNAQsgAyABIAAQGhoLIAAgA2pBADoAACACQRBqIAIQpAcaIAIsAAtBf0wEQCACKAIAEDwLAkAgAigCECIAIAIoAhRHBEAgAC8AACEBDAELQQAhASAARQ0CCyACIAA2AhQgABA8DAELIAEtAAAhAQsgAkEgaiIAIwJJBEAQEwsgACQAIAFB//8DcQ8LEM8CAAudCgEKfyMAQTBrIgMiBSMCSQRAEBMLIAUkAAJ/AkACQCAAKAJQBEAgAigC9IEEGgwBCyADIAEoAgAgASABLAALQQBIGzYCICABIANBIGoQpgciBCABKAIAIAEgAS0ACyIFQRh0QRh1QQBIIgYbIAEoAgQgBSAGG2pGDQEgA0EYaiEJAkADQCAHQQFNBEACQCAHQQFrDQAgCUEANgIAIANCADcDECADKAIgIgYgBGsiCkFwTw0DAkAgCkEKTQRAIAMgCjoAGyADQRBqIQUMAQsgCkEQakFwcSILEF0hBSADIAtBgICAgHhyNgIYIAMgBTYCECADIAo2AhQLIAQgBkcEQANAIAUgBC0AADoAACAFQQFqIQUgBEEBaiIEIAZHDQALCyAFQQA6AAACQCADLAAbQQBOBEAgACADQRBqEJkBIgQ2AlAMAQsgACADKAIQIgQQmQE2AlAgBBA8IAAoAlAhBAsgBEEATARAIABBADYCWCAAQgA3AlAgAigC9IEEGkEADAcLIAAgBEECdBA7IgU2AlQgACAEQQF0EDsiBDYCWCAFQQAgBBsNACAAQQA2AlACfyAFBEAgBRA8IAAoAlghBAsgBAsEQCAEEDwLIABCADcCVAwECyAIQQFqIQgLIAdBAWohByABIANBIGoQpgciBCABKAIAIAEgAS0ACyIFQRh0QRh1QQBIIgYbIAEoAgQgBSAGG2pHDQALIAhBAkcNAkEBIAAoAlBBAUgNAxogA0EYaiEMQQAhCQNAIAxBADYCACADQgA3AxACQAJAAn9BASACIANBEGoQhQFFDQAaIANBEGoQqAdBACEBIAlBAnQiCCAAKAJUakEANgIAIAlBAXQiCiAAKAJYakEAOwEAIAMgAygCECADQRBqIAMsABtBAEgbNgIgAkAgA0EQaiADQSBqEKYHIgQgAygCECIHIANBEGogAy0AGyIGQRh0QRh1QQBIIgUbIAMoAhQgBiAFG2pHBEADQAJAIAFBAUsNACABQQFrBEAgA0EQaiAEIAcgA0EQaiAFQQFxG2tBAkGEFUECEPYCRQ0BIABBADYCUCAAKAJUEDwgACgCWBA8IABCADcCVCACKAL0gQQaDAQLIANBADYCCCADQgA3AwAgAygCICIGIARrIgdBcE8NBQJAIAdBCk0EQCADIAc6AAsgAyEFDAELIAdBEGpBcHEiCxBdIQUgAyALQYCAgIB4cjYCCCADIAU2AgAgAyAHNgIECyAEIAZHBEADQCAFIAQtAAA6AAAgBUEBaiEFIARBAWoiBCAGRw0ACwsgBUEAOgAAIAAgACgCVCAIaiADIAIQuQEhBCAAKAJYIApqIAQ7AQAgACgCVCAIaigCACIFIAUgBEH//wNxQQF0aiADQShqEKYBIAMsAAtBf0oNACADKAIAEDwLIAFBAWohASADQRBqIANBIGoQpgciBCADKAIQIgcgA0EQaiADLQAbIgZBGHRBGHVBAEgiBRsgAygCFCAGIAUbakcNAAsLQQAgACgCVCIFIAhqKAIADQEaIAUQPCAAKAJYEDwgAEEANgJYIABCADcCUCACKAL0gQQaC0EBCyEEIAMsABtBf0wEQCADKAIQEDwLIARFDQEMBAsQzwIACyAJQQFqIgkgACgCUEgNAAtBAQwDCxDPAgALQQAMAQsgAEEANgJQIAAoAlQQPCAAKAJYEDwgAEIANwJUIAIoAvSBBBpBAAshBCADQTBqIgAjAkkEQBATCyAAJAAgBAvcCQEKfyMAQTBrIgMiBCMCSQRAEBMLIAQkAAJ/AkACQCAAKAJcBEAgAigC9IEEGgwBCyADIAEoAgAgASABLAALQQBIGzYCKCABIANBKGoQpgciBCABKAIAIAEgAS0ACyIFQRh0QRh1QQBIIgYbIAEoAgQgBSAGG2pGDQEgA0EgaiELAkADQCAHQQFNBEACQCAHQQFrDQAgC0EANgIAIANCADcDGCADKAIoIgYgBGsiCUFwTw0DAkAgCUEKTQRAIAMgCToAIyADQRhqIQUMAQsgCUEQakFwcSIKEF0hBSADIApBgICAgHhyNgIgIAMgBTYCGCADIAk2AhwLIAQgBkcEQANAIAUgBC0AADoAACAFQQFqIQUgBEEBaiIEIAZHDQALCyAFQQA6AAACQCADLAAjQQBOBEAgACADQRhqEJkBIgQ2AlwMAQsgACADKAIYIgQQmQE2AlwgBBA8IAAoAlwhBAsgBEEATARAIAIoAvSBBBoMBQsgACAEQQJ0EDsiBDYCYCAEDQAgAEEANgJcQQAMBgsgCEEBaiEICyAHQQFqIQcgASADQShqEKYHIgQgASgCACABIAEtAAsiBUEYdEEYdUEASCIGGyABKAIEIAUgBhtqRw0ACyAIQQJHDQJBASAAKAJcQQFIDQMaIANBIGohDEEAIQoDQCAMQQA2AgAgA0IANwMYAkACQAJ/QQEgAiADQRhqEIUBRQ0AGiADQRhqEKgHQQAhASAKQQJ0IgsgACgCYGpBADYCACADIAMoAhggA0EYaiADLAAjQQBIGzYCKAJAIANBGGogA0EoahCmByIEIAMoAhgiByADQRhqIAMtACMiBkEYdEEYdSIIQQBIIgUbIAMoAhwiCSAGIAUbakcEQANAAkAgAUEBSw0AIAFBAWsEQCADQRhqIAQgByADQRhqIAVBAXEba0ECQYcVQQIQ9gJFDQEgAigC9IEEGiAAQQA2AlwgACgCYBA8IABBADYCYAwECyADQQA2AhAgA0IANwMIIAcgA0EYaiAFQQFxIgUbIAkgCEH/AXEgBRtqIgYgBGsiB0FwTw0FAkAgB0EKTQRAIAMgBzoAEyADQQhqIQUMAQsgB0EQakFwcSIIEF0hBSADIAhBgICAgHhyNgIQIAMgBTYCCCADIAc2AgwLIAQgBkcEQANAIAUgBC0AADoAACAFQQFqIQUgBEEBaiIEIAZHDQALCyAFQQA6AAACQCAAKAIMRQ0AIAAoAhAEQCADQQhqELUHGgwBCyADQQhqELQHCyADKAIIIANBCGogAywAE0EASBsQpwchBCAAKAJgIAtqIAQ2AgAgAywAE0F/Sg0AIAMoAggQPAsgAUEBaiEBIANBGGogA0EoahCmByIEIAMoAhgiByADQRhqIAMtACMiBkEYdEEYdSIIQQBIIgUbIAMoAhwiCSAGIAUbakcNAAsLQQAgACgCYCIFIAtqKAIADQEaIABBADYCXCAFEDwgAEEANgJgIAIoAvSBBBoLQQELIQQgAywAI0F/TARAIAMoAhgQPAsgBEUNAQwECxDPAgALIApBAWoiCiAAKAJcSA0AC0EBDAMLEM8CAAtBAAwBCyAAQQA2AlwgACgCYBA8IABBADYCYCACKAL0gQQaQQALIQQgA0EwaiIAIwJJBEAQEwsgACQAIAQL8QUBBX8jAEEQayIHIgUjAkkEQBATCyAFJABBACEFAkAgAigCBCACLQALIgQgBEEYdEEYdSIIQQBIGyIGRQRAIAFBADYCAAwBC0F/IQUCQCAAKAIIQX9qIgRBAk0EQAJAAkACQCAEQQFrDgIBAgALIAYgBkECbSIFQQF0IgRrQQFGBEAgAygC9IEEGgsgASAEEDsiADYCACAARQRAQX8hBQwFCyAGQQJIDQRBACEEIAIoAgAgAiACLAALQQBIGyEGA0AgACAEQQF0IgJqIAYgAkEBcmotAAAgAiAGai0AAEEIdHI7AQAgBEEBaiIEIAVHDQALDAQLQQAhBCACKAIAIAIgCEEASBshAEEBIQUDQCAFIAAgBGotAABBLEZqIQUgBEEBaiIEIAZJDQALDAILIAdBADYCCCAHQgA3AwAgByACEKQHGiABIAcoAgQgBygCACIEayICEDsiBTYCACAFBEAgBSAEIAIQGhogBARAIAcgBDYCBCAEEDwLIAJBAXUhBQwDCyAEBEAgByAENgIEIAQQPAtBfyEFDAILIAEgBkEBdBA7IgQ2AgAgBEUNASACKAIEIAItAAsiBSAFQRh0QRh1QQBIIgAbBEBBACEFA0AgBCACKAIAIAIgAEEBcRsgBWotAAA7AQAgBEECaiEEIAVBAWoiBSACKAIEIAItAAsiACAAQRh0QRh1QQBIIgAbSQ0ACwsgBiEFDAELIAEgBUEBdBA7IgY2AgAgBkUEQEF/IQUMAQsgAigCACACIAIsAAtBAEgbIgAhBANAAkAgBC0AACICQSxHBEAgAg0BIAAQmQEiBEHl/wNKBEAgAygC9IEEGgsgBiAEOwEAIARB//8DcQ0DIAMoAvSBBBoMAwsgABCZASICQeb/A04EQCADKAL0gQQaCyAGIAI7AQAgAkH//wNxRQRAIAMoAvSBBBoLIAZBAmohBiAEQQFqIQALIARBAWohBAwAAAsACyAHQRBqIgAjAkkEQBATCyAAJAAgBQvUDAEJfwJ/AkACQAJ/AkACQAJ/IAAsAEMiB0F/TARAIAAoAjwMAQsgB0H/AXELDQAgACgCDA0ADAELQQwQXSABENECIQECQAJ/IABBOGoiCSwACyIHQX9MBEAgACgCPAwBCyAHQf8BcQtFDQAgACgCEARAIAEgAEHEAGoQyQchAgwBCyABIAkQygcLIAAoAgxFBEAgASEMDAELAkAgACgCEARAIAEQtQchAgwBCyABELQHCyAFRQRAQQAhBSABIQxBAAwFCyABIQwCf0EAIAAoAmANABpBDBBdIAUQ0QIiBSAAKAIMRQ0AGiAAKAIQBEAgBRC1BxogBQwBCyAFELQHIAULDAELIAVFDQFBAAshCiAAKAJgRQ0BQQEhDkEEDAILQQAhBUEADAELQQEhDgJ/IAUsAAsiB0F/TARAIAUoAgQMAQsgB0H/AXELQQFqCyEJAkACQCABLQALIgdBGHRBGHUiC0F/TAR/IAEoAgQFIAcLIAlqQRRqEDsiCEUEQCAKBEAgCiwAC0F/TARAIAooAgAQPAsgChA8C0EBIQAgDEUNAiAMLAALQX9KDQEgDCgCABA8DAELAkAgCEERagJ/IAtBf0wEQCABKAIADAELIAELEG4iDSwAACIHRQRAQQAhBwwBCyAILAASIglFDQAgB0EIdCAJciEHIAgsABMiCUUNACAHQQh0IAlyIQcgCCwAFCIJRQ0AIAdBCHQgCXIhByAIQRVqIgktAAAiC0UNAANAIAtBGHRBGHUgB0EFd3MhByAJLQABIQsgCUEBaiEJIAsNAAsLIAcgACgCAHAhCwJ/IAEtAAsiB0EYdEEYdSIPQX9MBEAgASgCBAwBCyAHCyEJIAhCADcCCCAIIAM2AgQgCCAEOwECIAggAjoAASAIIAk6AAACQCAIIA4EfyAIQQE6ABACQCAAKAJgIgIEQCAIQQM6ABAgD0F/TAR/IAEoAgQFIAcLIA1qQQFqIQdBACEBAkAgBSwAC0F/TAR/IAUoAgAFIAULEJkBIglBAUgNACAAKAJcIAlIDQAgCUECdCACakF8aigCACEBCyAHIAE2AAAMAQsgD0F/TAR/IAEoAgQFIAcLIA1qQQFqIAUsAAtBf0wEfyAFKAIABSAFCxBuGgsCf0EAIAgtABAiB0UNABogCCAILQAAakESaiIBIAdBAnFFDQAaIAEoAAALQcgUEK4BRQ0BIAgtABBBBGoFQQALOgAQCwJ/AkAgACgCBCALQQJ0aiIAKAIAIgsEQEEAIQAgCygCCCIBDQEgC0EIagwCCyAAIAg2AgAgCgRAIAosAAtBf0wEQCAKKAIAEDwLIAoQPAtBACEAIAxFDQMgDCwAC0F/Sg0CIAwoAgAQPAwCCwNAIAAhAiALIQUgASELAkAgBSgCDEUEQCACIA0gBUERahBDIgFFciEAIAENASAGDQECQCAFKAIEIg5FDQAgDiAFLgECIgFBAXRqIQMgDiEAIAEEQANAIAAgAUEBdiIHQQF0aiIJQQJqIAAgCS8BAEHn/wNJIgkbIQAgASAHQX9zaiAHIAkbIgENAAsLIAAgA0YNACAALwEAQef/A0sNACAOEDwgBSAIKAIENgIEIAUgCC8BAjsBAiAIEDwgCgRAIAosAAtBf0wEQCAKKAIAEDwLIAoQPAtBACEAIAxFDQYgDCwAC0F/Sg0FIAwoAgAQPAwFCyAFIAg2AgwLIAIhAAsgCygCCCIBDQALIAtBCGoLIQICQAJAIA0gC0ERahBDRQRAIAYNAQJAIAsoAgQiDUUNACANIAsuAQIiB0EBdGohBiANIQEgBwRAA0AgASAHQQF2IglBAXRqIgVBAmogASAFLwEAQef/A0kiBRshASAHIAlBf3NqIAkgBRsiBw0ACwsgASAGRg0AIAEvAQBB5/8DSw0AIA0QPCALIAgoAgQ2AgQgCyAILwECOwECIAgQPCAKBEAgCiwAC0F/TARAIAooAgAQPAsgChA8C0EAIQAgDEUNBSAMLAALQX9KDQQgDCgCABA8DAQLIAsgCDYCDAsgAEEBcQ0AIAIgCDYCAAwBCyAIKAIEIgAEQCAAEDwLIAgQPAsgCgRAIAosAAtBf0wEQCAKKAIAEDwLIAoQPAtBACEAIAxFDQEgDCwAC0F/Sg0AIAwoAgAQPAsgDBA8CyAAC8gDAQd/IwBBIGsiByIIIwJJBEAQEwsgCCQAIARBACADGyEIAkACQAJAIAZBfWpBAk8EQCAIRQ0DIAZBAkcNAwwBCyAIDQBBACEEDAELIAMgCEEBdGohDCAALwEUIQ0gAyEGIAghBANAIAYgBEEBdiIJQQF0aiIKQQJqIAYgCi8BACANSSIKGyEGIAQgCUF/c2ogCSAKGyIEDQALQQEhBCAGIAxGDQAgAC8BFCAGLwEATw0BC0EBIQsgCEEBaiIJQQF0EDsiBkUNACAEBEAgBiADIAhBAXQQGhoLIAYgCEEBdGpB5/8DOwEAIAAoAhAEQCAHQQA2AhggB0IANwMQIAdBADYCCCAHQgA3AwAgByABEKQHGiAHIAAoAhgQvQcgByAAKAIYEMAHIAdBEGogBxCjByAAIAdBEGogAiAGIAkgBUEBELoBIQsgBygCACIGBEAgByAGNgIEIAYQPAsgBywAG0F/Sg0BIAcoAhAQPAwBCyAHQRBqIAEQ0QIiBCAAKAI0ELwHIAQgACgCNBC/ByAAIAQgAiAGIAkgBUEBELoBIQsgBCwAC0F/Sg0AIAQoAgAQPAsgB0EgaiIAIwJJBEAQEwsgACQAIAsLmAQBCX8gACgCBCIBBEAgACgCACICQQFOBH8DfyABIAdBAnRqKAIAIgMEQANAIAMiBCgCCCEDAkAgBCgCBCIFRQ0AIAAoAlQEQCAFIAQuAQIiAkEBdGohCSAFIQEgAgRAA0AgASACQQF2IghBAXRqIgZBAmogASAGLwEAQef/A0kiBhshASACIAhBf3NqIAggBhsiAg0ACwsgASAJRg0BIAEvAQBB5/8DSw0BCyAFEDwLIAQQPCADDQALIAAoAgAhAgsgB0EBaiIHIAJOBH8gACgCBAUgACgCBCEBDAELCwUgAQsQPAsgAEEANgIAAkAgACgCVCICRQ0AQQEhASAAKAJQQQFOBH8gAigCABA8IAAoAlBBAUoEQANAIAAoAlQgAUECdGooAgAQPCABQQFqIgEgACgCUEgNAAsLIAAoAlQFIAILEDwgAEEANgJUIAAoAlgiAUUNACABEDwgAEEANgJYCyAAKAJgIgIEQEEBIQEgACgCXEEBTgR/IAIoAgAQPCAAKAJcQQFKBEADQCAAKAJgIAFBAnRqKAIAEDwgAUEBaiIBIAAoAlxIDQALCyAAKAJgBSACCxA8IABBADYCYAsgACgCEARAEMYHCyAAKAJEIgEEQCAAIAE2AkggARA8CyAALABDQX9MBEAgACgCOBA8CyAALAAzQX9MBEAgACgCKBA8CyAALAAnQX9MBEAgACgCHBA8CyAAC8oBAQR/IAAoAgQiBUUEQEEADwsCQCABLAAAIgNFDQAgASwAASICRQRAIAMhAgwBCyADQQh0IAJyIQIgASwAAiIDRQ0AIAJBCHQgA3IhAiABLAADIgNFDQAgAkEIdCADciECIAFBBGoiAy0AACIERQ0AA0AgBEEYdEEYdSACQQV3cyECIAMtAAEhBCADQQFqIQMgBA0ACwsgBSACIAAoAgBwQQJ0aigCACICBEADQCABIAJBEWoQQ0UEQCACDwsgAigCCCICDQALC0EACy0BAX8CQCABQQFIDQAgACgCXCABSA0AIAAoAmAgAUECdGpBfGooAgAhAgsgAguaAQECfyMAQRBrIgMiBCMCSQRAEBMLIAQkACADQQA2AgggA0IANwMAIAICfyAAKAIQBEAgAyABEKQHIQQgAyAAKAIYEMgHDAELIAEoAgQgAS0ACyIEIARBGHRBGHVBAEgbIQQgASAAKAI0EMcHCzYCACADKAIAIgAEQCADIAA2AgQgABA8CyADQRBqIgAjAkkEQBATCyAAJAAgBAu2BAEJfyMAQRBrIggiAiMCSQRAEBMLIAIkAAJAIAAoAgQiBEUNAEEAIQICQCABKAIAIAEgASwAC0EASBsiASwAACIDRQ0AIAEsAAEiAkUEQCADIQIMAQsgA0EIdCACciECIAEsAAIiA0UNACACQQh0IANyIQIgASwAAyIDRQ0AIAJBCHQgA3IhAiABQQRqIgMtAAAiBUUNAANAIAVBGHRBGHUgAkEFd3MhAiADLQABIQUgA0EBaiEDIAUNAAsLIAQgAiAAKAIAcEECdGooAgAiBEUNAANAIAEgBEERahBDBEAgBCgCCCIEDQEMAgsLA0BBACECAkACQCAELgECIgdFDQAgAC8BFCEGIAQoAgQiCSEBIAchAgNAIAEgAkEBdiIDQQF0aiIFQQJqIAEgBS8BACAGIgpJIgUbIQEgAiADQX9zaiADIAUbIgINAAsgCSAHQQF0aiABRgRAIAchAgwBCyAHIQIgCiABLwEATw0BC0EBIQYgAkEBdEECahA7IgNFDQICQCAELgECIgJBAEwEQCAEKAIEIQUMAQsgBCgCBCEFQQAhAQNAIAMgAUEBdCICaiACIAVqLwEAOwEAIAFBAWoiASAELgECIgJIDQALCyADIAJBAXRqIAAvARQ7AQAgBRA8IAQgAzYCBCAEIAQvAQJBAWoiATsBAiADIAMgAUEQdEEQdUEBdGogCEEIahCmAQsgBCgCDCIEDQALQQAhBgsgCEEQaiIAIwJJBEAQEwsgACQAIAYLlAQBCH9BASEFAkAgACgCBCIHRQ0AAkAgASgCACABIAEsAAtBAEgbIgEsAAAiA0UNACABLAABIgJFBEAgAyECDAELIANBCHQgAnIhAiABLAACIgNFDQAgAkEIdCADciECIAEsAAMiA0UNACACQQh0IANyIQIgAUEEaiIDLQAAIgZFDQADQCAGQRh0QRh1IAJBBXdzIQIgAy0AASEGIANBAWohAyAGDQALCyAHIAIgACgCAHBBAnRqKAIAIgRFDQADQCABIARBEWoQQ0UEQANAAkAgBCgCBCIBRQ0AIAEgBC8BAiIFQRB0QRB1IglBAXRqIQggBQRAIAAvARQhByAJIQIDQCABIAJBAXYiA0EBdGoiBkECaiABIAYvAQAgB0H//wNxSSIGGyEBIAIgA0F/c2ogAyAGGyICDQALCyABIAhGDQAgAC8BFCIHIAEvAQBJDQAgBUEBRgRAIARBADsBAgwBC0EBIQUgCUEBdEF+ahA7IghFDQQCQCAELgECIgJBAEwEQCAEKAIEIQUMAQsgBCgCBCEFQQAhA0EAIQEDQCAHIAUgAUEBdGovAQAiBkcEQCAIIANBAXRqIAY7AQAgA0EBaiEDIAQvAQIhAgsgAUEBaiIBIAJBEHRBEHVIDQALCyAEIAJBf2o7AQIgBRA8IAQgCDYCBAsgBCgCDCIEDQALQQAhBQwCCyAEKAIIIgQNAAsLIAULcgECfyMAQRBrIgIiAyMCSQRAEBMLIAMkAAJ/QQAgACABEMEBRQ0AGiAAIAEgACABIAJBDGoQvwEiA0EAQQBBAEEAELoBGiAAIAEgA0EAQQBBACACKAIMELsBCyEAIAJBEGoiASMCSQRAEBMLIAEkACAAC6cDAQV/IwBBEGsiBiIEIwJJBEAQEwsgBCQAAn8CQAJAIAAoAgQiB0UNAAJAIAIoAgAgAiACLAALQQBIGyICLAAAIgRFDQAgAiwAASIDRQRAIAQhAwwBCyAEQQh0IANyIQMgAiwAAiIERQ0AIANBCHQgBHIhAyACLAADIgRFDQAgA0EIdCAEciEDIAJBBGoiBC0AACIFRQ0AA0AgBUEYdEEYdSADQQV3cyEDIAQtAAEhBSAEQQFqIQQgBQ0ACwsgByADIAAoAgBwQQJ0aigCACIDRQ0AA0AgAiADQRFqEENFDQIgAygCCCIDDQALCyAAIAEQwQEaQQEMAQsgACABEMEBGkEBIAMoAgRFDQAaIAAgASAGQQxqEL8BIQQCQCAAKAJUBEAgACABIAQgAygCBCADLgECQQBBABC6ARoMAQtBASADLgECQQF0EDsiBUUNARogACABIAQgBSADKAIEIAMuAQJBAXQQGiADLgECQQBBABC6ARoLIAAgASAEIAMoAgQgAy4BAkEAIAYoAgwQuwELIQIgBkEQaiIAIwJJBEAQEwsgACQAIAILWgEBfwJAIAIEQCACKAIIIgMNAQsgASgCACECA0ACQCABIAJBAWoiAjYCACACIAAoAgBODQAgACgCBCACQQJ0aigCACIDRQ0BDAILCyABQX82AgBBACEDCyADC04AAkAgAUEBSA0AIAAoAlAgAUgNACACIAAoAlQgAUF/aiIBQQJ0aigCADYCACAAKAJYIAFBAXRqLwEADwsgAygC9IEEGiACQQA2AgBBAAuyCAEFfyMAQRBrIgYiBCMCSQRAEBMLIAQkAAJAAkACQCACKAIEIAItAAsiBCAEQRh0QRh1IgdBAEgbIgRFDQAgACgCCEF/aiIFQQJNBEACQAJAAkAgBUEBaw4CAQIACyAEQQFxBEAgAygC9IEEGgsCQCABKAIIIAEoAgAiBWtBAXUgASgCBCAFayIDQQF1IgcgBEEBdiIAaiIETw0AIARBf0wNBSAEQQF0IggQXSIEIAhqIQggBCAHQQF0aiEHIANBAU4EQCAEIAUgAxAaGgsgASAINgIIIAEgBzYCBCABIAQ2AgAgBUUNACAFEDwLIABFDQNBACEEA0AgBiACKAIAIAIgAiwAC0EASBsiBSAEQQF0IgNqLQAAQQh0IAUgA0EBcmotAAByIgM7AQACQCABKAIEIgUgASgCCEcEQCAFIAM7AQAgASAFQQJqNgIEDAELIAEgBhCDAgsgBEEBaiIEIABHDQALDAMLIAIoAgAgAiAHQQBIGyICIQUCQANAAkACQCACLQAAIgRBLEcEQCAEDQEgBRCZASICQeX/A0oEQCADKAL0gQQaCyAGIAI7AQAgASgCBCIEIAEoAghGDQIgBCACOwEAIAEgBEECaiICNgIEDAQLIAUQmQEiBEHm/wNOBEAgAygC9IEEGgsgBiAEOwEAAkAgASgCBCIFIAEoAghHBEAgBSAEOwEAIAEgBUECaiIENgIEDAELIAEgBhCDAiABKAIEIQQLIARBfmovAQBFBEAgAygC9IEEGgsgAkEBaiEFCyACQQFqIQIMAQsLIAEgBhCDAiABKAIEIQILIAJBfmovAQANAiADKAL0gQQaDAILIAZBADYCCCAGQgA3AwAgBiACEKQHGgJAIAEoAgQgASgCACIEa0EBdSICIAIgBigCBCAGKAIAIgNrIgBBAXUiB2oiBUkEQCABIAcQxwEgASgCACEEIAYoAgAhAwwBCyACIAVNDQAgASAEIAVBAXRqNgIECyAEIAJBAXRqIAMgABAaGiAGKAIAIgFFDQEgBiABNgIEIAEQPAwBCwJAIAEoAgggASgCACIDa0EBdSAETw0AIARBf0wNAyABKAIEIQAgBEEBdCIHEF0iBCAHaiEHIAQgACADayIAaiEIIABBAU4EQCAEIAMgABAaGgsgASAHNgIIIAEgCDYCBCABIAQ2AgAgA0UNACADEDwLIAIoAgQgAi0ACyIEIARBGHRBGHVBAEgiAxtFDQBBACEEA0AgBiACKAIAIAIgA0EBcRsgBGotAAAiAzsBAAJAIAEoAgQiBSABKAIIRwRAIAUgAzsBACABIAVBAmo2AgQMAQsgASAGEIMCCyAEQQFqIgQgAigCBCACLQALIgMgA0EYdEEYdUEASCIDG0kNAAsLIAZBEGoiACMCSQRAEBMLIAAkAA8LQeAWEJMIAAtB4BYQkwgAC+8BAQZ/IAAoAggiAyAAKAIEIgJrQQF1IAFPBEAgACACQQAgAUEBdCIBEBkgAWo2AgQPCwJAIAIgACgCACIFayIGQQF1IgcgAWoiBEF/SgRAQQAhAgJ/IAQgAyAFayIDIAMgBEkbQf////8HIANBAXVB/////wNJGyIDBEAgA0F/TA0DIANBAXQQXSECCyACIAdBAXRqC0EAIAFBAXQQGRogAiAEQQF0aiEBIAIgA0EBdGohBCAGQQFOBEAgAiAFIAYQGhoLIAAgBDYCCCAAIAE2AgQgACACNgIAIAUEQCAFEDwLDwsQcwALQeAWEJMIAAvVAwECfyMAQbABayICIgMjAkkEQBATCyADJAACQCABRQRAQdAUEKcHIQEMAQsgAkEANgKoASACQgA3A6ABAkAgACgCCEF/aiIAQQJNBEACQAJAAkAgAEEBaw4CAQIACyACQaABaiABQRB0QRh1EOICIAJBoAFqIAFBGHRBGHUQ4gIMAwsgAkGEFjYCUCACQfAVNgIYIAJB0ABqIAJBGGpBBHIiABCdByACQoCAgIBwNwOYASACQcwVNgJQIAJBuBU2AhggABDYBiACQgA3AjwgAkIANwJEIAJBEDYCTCACQYybCDYCHCACQRhqIAEQjwcgAkEIaiAAEMkBIAJBoAFqIAJBCGoQ1gIgAiwAE0F/TARAIAIoAggQPAsgAkEYahDKARoMAgsgAkEANgIgIAJCADcDGCACQQIQXSIANgIYIAIgAEECaiIDNgIgIAAgATsAACACIAM2AhwgAkGgAWogAkEYahCjByACKAIYIgFFDQEgAiABNgIcIAEQPAwBCyACQaABaiABQRh0QRh1EOICCyACKAKgASACQaABaiACLACrAUEASBsQpwchASACLACrAUF/Sg0AIAIoAqABEDwLIAJBsAFqIgAjAkkEQBATCyAAJAAgAQv5AgEEfwJAIAEoAjAiA0EQcQRAIAEoAiwiAyABKAIYIgJJBEAgASACNgIsIAIhAwsgASgCFCEBIABBADYCCCAAQgA3AgAgAyABayICQXBPDQECQCACQQpNBEAgACACOgALDAELIAJBEGpBcHEiBRBdIQQgACAFQYCAgIB4cjYCCCAAIAQ2AgAgACACNgIEIAQhAAsgASADRwRAA0AgACABLQAAOgAAIABBAWohACABQQFqIgEgA0cNAAsLIABBADoAAA8LIANBCHEEQCABKAIQIQMgASgCCCEBIABBADYCCCAAQgA3AgAgAyABayICQXBPDQECQCACQQpNBEAgACACOgALDAELIAJBEGpBcHEiBRBdIQQgACAFQYCAgIB4cjYCCCAAIAQ2AgAgACACNgIEIAQhAAsgASADRwRAA0AgACABLQAAOgAAIABBAWohACABQQFqIgEgA0cNAAsLIABBADoAAA8LIABCADcCACAAQQA2AggPCxDPAgALQAAgAEHMFTYCOCAAQbgVNgIAIABBjJsINgIEIAAsAC9Bf0wEQCAAKAIkEDwLIABBBGoQ1gYaIABBOGoQ0wYgAAsKACAAKAJUQQBHCwoAIAAoAmBBAEcLEwAgACAAKAIAQXRqKAIAahDKAQsJACAAEMoBEDwLGgAgACAAKAIAQXRqKAIAaiIAEMoBGiAAEDwLgQIBA39BgAghAgJAAkACQCAAIAFzQQNxDQBBASEDAkAgAUEDcUUNAANAIAAgAS0AACIDOgAAIANFDQQgAEEBaiEAIAFBAWohASACQX9qIgJBAEchAyACRQ0BIAFBA3ENAAsLIANFDQEgAS0AAEUNAiACQQRJDQAgAkEDcSEEA0AgASgCACIDQX9zIANB//37d2pxQYCBgoR4cQ0BIAAgAzYCACAAQQRqIQAgAUEEaiEBIAJBfGoiAkEDSw0ACyAEIQILIAJFDQADQCAAIAEtAAAiAzoAACADRQ0CIABBAWohACABQQFqIQEgAkF/aiICDQALC0EAIQILIABBACACEBkaCw4AIABBIHJBn39qQRpJC3gBBH8gAEEQakH/AUGACBAZGiAAKAIEIQMDQAJ/IAMgAkEMbGoiASwAC0F/SiIERQRAIAEoAgAMAQsgAQstAAAEQCAAIAQEfyABBSABKAIACy0AAEECdGpBEGoiASgCAEF/TARAIAEgAjYCAAsgAkECaiECDAELCwu8EwEcfyMAQaAIayIGIgMjAkkEQBATCyADJAACQAJ/IAEsAAsiBUF/TARAIAEoAgQiE0GBCE8EQCAAQgA3AgAgAEEANgIIDAMLIAEoAgAhASAGQRBqDAELIAVB/wFxIRMgBkEQagsiAyABENABIAMhGyAGQQA6AJAIIAZBADYCCCAGQgA3AwAgBi0AECINBEBBs30hBQNAAkACQCACIA1B/wFxIhZBAnRqKAIQIhFBAEgNACACKAIEIg4gEUEMbGoiAy0ACyIBQRh0QRh1Ig9Bf0wEfyADKAIEBSABC0UNACAGIApqQRFqIRwgCkF/aiIdIAZBEGpqIRcDQCAOIBFBDGwiGGohDAJ/IA9Bf0oiFEUEQCAMKAIADAELIAwLLQAAIBZHDQFBASEIAn8gFEUEQCAMKAIADAELIAwLIgNBAWohAQJ/AkACQAJAIAMtAAEiB0UNACADIQUgHC0AACIEIAdHDQIDQCABIQUgB0H/AXFBUGpBCkkNAkGkFyAHQRh0QRh1QQYQJQ0CIAVBAWohASAIQQFqIQggBS0AASIHRQ0BIAUhAyAHIAZBEGogCCAKamotAAAiBEYNAAsMAgsgCEEBSiELQQAhByAIIQlBAAwCCyADIQULAn8gCCAHQf8BcSIDQShHDQAaAkAgBEEYdEEYdSILQQBIDQAgBEH/AXEQ0QENACAIDAELIAggBUECaiALEGBFDQAaIAFBAWohASADQSlHBEADQCABLQAAIQUgAUEBaiEBIAVBKUcNAAsLIAEtAAAhByAIQQFqCyIJQQFKIQsgB0EYdCEQAkAgCUECSARAIAkhCCABIQMgByEEDAELIAkiBSEIIAEhAyAHIgRB/wFxQS1HDQADQCAFQQJKIQsgAUEBaiEDIAVBf2ohCCABLQABIQQgBUEDSA0BIAMhASAIIQUgBEH/AXFBLUYNAAsLIANBAWogAyAEQf8BcUE8RhshASAQQRh1CyEFAkACQCABQQFqIAEgASwAACIEQf8BcUFQakEKSSISGyIBLQAAIgNB3gBGBH8gAUEBaiABIAEtAAFB3gBGGyIBLQAABSADC0H/AXEiA0UNACADQd4ARgRAIAoEQCAXLAAAIgNBAEgNAyADQf8BcRDRAQ0DCyABLQABQSRHDQEgBkEQaiAJIApqaiwAACIBQQBIDQIgAUH/AXEQ0QFFDQEMAgsgCkEBSA0BIANBJEcNASAXLAAAIgFBAE4EQCABQf8BcRDRAUUNAgsgBkEQaiAJIApqaiwAACIBQQBIDQEgAUH/AXEQ0QENAQsCQCAHQf8BcUEtRg0AIAsgAiAGIAggCmoiAWotAA8iGUECdGooAhAiEEF/SnFFDQAgBkEQaiABaiIeLQAARQ0AIA4gEEEMbGoiBy0ACyIDQRh0QRh1IgFBf0wEfyAHKAIEBSADC0UNACAEQVBqQQUgEhshGgNAIA4gEEEMbGohCQJAAn8gAUEYdEEYdUF/SiISRQRAIAkoAgAMAQsgCQstAAAgGUcNAAJ/IBJFBEAgCSgCAAwBCyAJCyIHQQFqIQECQCAHLQABIgVFBEAgCCEEDAELIAghBCAHIQMCQCAeLQAAIgsgBUcNAANAAkAgASEDIAVB/wFxQVBqQQpJDQBBpBcgBUEYdEEYdUEGECUNACADQQFqIQEgBEEBaiEEIAMtAAEiBUUNAyADIQcgBSAGQRBqIAQgCmpqLQAAIgtGDQEMAgsLIAchAwsgBUH/AXFBKEcNACALQRh0QRh1IgdBAE4EQCALQf8BcRDRAUUNAQsgA0ECaiAHEGBFDQAgBEEBaiEEA0ACQCABQQFqIQMgBUH/AXEiBUUNACAFQSlGDQAgAy0AACEFIAMhAQwBCwsgAyABIAVBKUYbIQELAn8DQCABLQAAIgVBLUcEQCABIAVBPEcNAhoFIAFBAWohAQwBCwsgAS0AASEFIAFBAWoLIQMgBUEYdEEYdUFQakEFIAVB/wFxQVBqQQpJIgEbIQUCQCADQQFqIAMgARstAAAiAQRAIAFBJEcNASAGQRBqIAQgCmpqLAAAIgFBAEgNASABQf8BcRDRAQ0BCyAEIAhGDQAgBSAaTg0BCyAOIBBBAmoiEEEMbGotAAshAQwBCwsgBSAaSA0AIBIEfyAJBSAJKAIACy0AACAZRg0BCyAMQQxqIQEgDCwAF0F/TARAIAEoAgAhAQtBACENQQAhBQJAAn8gFEUEQCAMKAIEDAELIA9B/wFxC0UNACAUBH8gDAUgDCgCAAtBAWpBPBBgIgNBAEchBSAVDQAgA0UNAAJAAkAgBigCBCAGLQALIgMgA0EYdEEYdUEASCIDGyIERQ0AIAEtAAAiB0UEQEEAIQMMAgsgFiAEQX9qIgQgBigCACAGIAMbai0AACIDR0EAIAMgB0cbDQAgBiAEQX8Q5wILQQAhAyABLQAAIgRFDQADQCAGQRBqIAMgCmpqIgctAABFDQEgByAEOgAAIANBAWohAyABLQABIQQgAUEBaiEBIAQNAAsLQQEhFSAIIANMDQQgBkEQaiAKaiIEIANqIQEgBCAIaiIDLQAAIgQEQANAIAEgBDoAACABQQFqIQEgAy0AASEEIANBAWohAyAEDQALCyABQQA6AAAMBAsCQCABLQAAIgdFBEBBASEJDAELAn8DQCABLQABIgNFBEBBACEJIAcMAgtBACEJIAcgBigCBCAGLQALIgQgBEEYdEEYdSILQQBIGyIEIBNPDQEaIAFBAWohAQJAIAQEQCAEIAYoAgAgBiALQQBIG2pBf2otAAAgB0H/AXFGDQELIAYgB0EYdEEYdRDiAiABLQAAIQMLIAMhByADQf8BcQ0AC0EBIQlBAAshDSACKAIEIg4gGGosAAshDwsgDiAYaiEBIAggHWohCgJ/IA9Bf0oiBEUEQCABKAIEDAELIA9B/wFxC0UNAiAEBH8gAQUgASgCAAtBAWpBqhcQrgFFDQIgCUUEQCAGIA1BGHRBGHUQ4gILIBshASAGQRBqIApqIgQtAAEiAwRAIARBAWohBANAIAEgAzoAACABQQFqIQEgBC0AASEDIARBAWohBCADDQALC0EAIRUgAUEAOgAAQQAhCgwDCyAOIBFBAmoiEUEMbGosAAshDwwAAAsACwJAIAhFDQAgBQ0AIA1B/wFxRQ0AIAYoAgQgBi0ACyIBIAFBGHRBGHVBAEgbIBNPDQAgBiANQRh0QRh1EOICCyAKQQFqIQpBACEVQQAhCAsgBkEQaiAKai0AACINDQALCyAAIAYQ0QIaIAYsAAtBf0oNACAGKAIAEDwLIAZBoAhqIgAjAkkEQBATCyAAJAALCQAgABDVARA8C3oBAX8gAEG4FzYCACAALQAdQRBxBEAgACgCMBA8CwJAIAAoAjQiAUUNACAALQAdQQhxDQAgARA8CwJAIAAoAjgiAUUNACAALQAdQQRxDQAgARA8CyAALAAbQX9MBEAgACgCEBA8CyAALAAPQX9MBEAgACgCBBA8CyAAC0kAIABBADsBPCAAQgA3AjQgAEIANwIEIABCADcCRCAAIAE2AkAgAEHIFzYCACAAQgA3AgwgAEIANwIUIABBADYCHCAAQgA3AkwL1wEBAn8gAEIANwIAIABBADYCCAJAAn8gASwAGyIEQX9MBEAgASgCFAwBCyAEQf8BcQsgA08EQCADDQEgASgCQCgClCNFDQELIAEtABwgA0sNACABIAIQ2AFFDQACfyABQRBqIgQtAAsiA0EYdEEYdSIFQX9MBEAgASgCFAwBCyADCwRAIAICfyAFQX9MBEAgASgCFCEDIAEoAhAMAQsgBAsgAxBsDQELIAAgAUEEahDWAiAAAn8gBCwACyIDQX9MBEAgASgCFAwBCyADQf8BcQsgAmoQ4QILC6QIAQl/AkACQCAALQAcRQ0AIABBNGohBSAAQTBqIQYgAEEgaiECA0ACQAJAIAIsAAAiA0Glf2oiB0EDSwRAIANBLkcEQCADRQ0FDAILIAQNASACQQFqIQICfwJAIAAtAB0iA0EQcQRAIAIgBkcNASAAKAIwDAILIAIgBUcNAEEADAELIAJBACACLQAAGwshAiADQQJxIQQDQAJAIAFBAWohAyABLQABIQcgBEUNACADIQEgB0HAAXFBgAFGDQELC0EAIQQgAkUEQCADIQEMAwsgB0H/AXEEQCADIQEMAwtBAA8LAkACQAJAIAdBAWsOAwMAAQILIAggCXNFBEBBAA8LIAJBAWohAgJ/AkAgAC0AHSIDQRBxBEAgAiAGRw0BIAAoAjAMAgsgAiAFRw0AQQAMAQsgAkEAIAItAAAbCyECAkAgCA0AIAEtAABFDQAgA0ECcSEDA0AgAUEBaiEBIANFDQEgAS0AAEHAAXFBgAFGDQALC0EAIQQgAkUNAyABLQAADQNBAA8LIAJBAWohAgJAIAAtAB1BEHEEQCACIAZHDQEgACgCMCECQQEhCQwECyACIAVGDQULQQEhCSACLQAADQIMBAsgAkEBaiECAkAgAC0AHUEQcQRAIAIgBkcNASAAKAIwIQJBACEJIAEhBEEAIQgMAwsgAiAFRg0EC0EAIQkgASEEQQAhCCACLQAADQEMAwsCQCABLQAAIANB/wFxRgRAIAJBAWohAgJ/AkAgAC0AHSIKQRBxIgcEQCACIAZHDQEgACgCMAwCCyACIAVHDQBBAAwBCyACQQAgAi0AABsLIQIgAUEBaiEBIANBf0oNASAKQQJxRQ0BAn9BACACRQ0AGgNAIAIgAi0AACIDQcABcUGAAUcNARogAS0AACADRwRAIAQiAQ0FQQAPCyACQQFqIQICQAJAAkACQCAHBEAgAiAGRw0BIAAoAjAhAgwDCyACIAVGDQELIAItAAANAQsgAUEBaiEBDAELIAFBAWohASACDQELC0EACyEDIARFBEBBACEEIAMhAgwDCyABIARGBEAgBCEBIAMhAgwDCwNAIANFDQUgAy0AAEHdAEYEQEEBIQggAyECDAQLIANBAWohAwJAAkAgBwRAIAMgBkcNASAAKAIwIQMMAgsgAyAFRg0HCyADLQAARQ0GC0EBIQIgAw0ACwwFCyAERQRAQQAPCyACQQFqIQICQCAALQAdQRBxBEAgAiAGRw0BIAAoAjAhAgwDCyACIAVGDQQLIAItAABFDQMMAQsgBEUEQEEAIQQMAQsDQCACRQ0DIAItAABB3QBGBEBBASEIDAILIAJBAWohAgJAIAcEQCACIAZHDQEgACgCMCICDQIMBQsgAiAFRg0ECyACLQAARQ0DIAINAAsMAgsgAg0ACwtBASECCyACC4AGAQl/IwBBEGsiCyIFIwJJBEAQEwsgBSQAAkACQCACAn8gACwADyIFQX9MBEAgACgCCAwBCyAFQf8BcQtrIgxBAEwEQCAMDQEgACgCQCgClCNFDQELIAsgAEEQaiIFENECIggCfyAALAAPIgJBf0wEQCAAKAIIDAELIAJB/wFxCyABahDhAgJAAkAgACAIKAIAIAsgCCwAC0EASBsQ2AFFDQACfyAFLAALIgJBf0wEQCAAKAIUDAELIAJB/wFxCyENIAAoAkAgCCgCACALIAgsAAtBAEgbEJwCIgcEQANAIAcoAgQiAiAHLgECIgVBAXRqIQogBQRAIAAvAR4hCQNAIAIgBUEBdiIBQQF0aiIGQQJqIAIgBi8BACAJSSIGGyECIAUgAUF/c2ogASAGGyIFDQALCwJAIAIgCkYNACAALwEeIAIvAQBJDQAgACgCOCICIAAuATwiBUEBdGohCiAAKAJALwHmICEJIAUEQANAIAIgBUEBdiIBQQF0aiIGQQJqIAIgBi8BACAJSSIGGyECIAUgAUF/c2ogASAGGyIFDQALCyACIApHBEAgCSACLwEATw0BC0EAIQkgBEUNBCAHKAIEIgIgBy4BAiIFQQF0aiEKIAUEQANAIAIgBUEBdiIBQQF0aiIGQQJqIAIgBi8BACAESSIGGyECIAUgAUF/c2ogASAGGyIFDQALCyACIApHBEAgAi8BACAETQ0FCyAAKAI4IgJFDQAgAiAALgE8IgVBAXRqIQogBQRAA0AgAiAFQQF2IgFBAXRqIgZBAmogAiAGLwEAIARJIgYbIQIgBSABQX9zaiABIAYbIgUNAAsLIAIgCkYNACACLwEAIARNDQQLIAcoAgwiBw0ACwsgAC0AHUEBcUUNAEEAIQkgACgCQCAIKAIAIAsgCCwAC0EASBsgDCANakEBIABBACAEIAMQmgIiBw0BC0EBIQkLIAgsAAtBf0wEQCAIKAIAEDwLIAlFDQELQQAhBwsgC0EQaiIAIwJJBEAQEwsgACQAIAcL4AIBA38jAEEQayIGIgUjAkkEQBATCyAFJAACQAJAIAICfyAALAAPIgVBf0wEQCAAKAIIDAELIAVB/wFxC2siAkEATARAIAINASAAKAJAKAKUI0UNAQsCfyAALAAbIgVBf0wEQCAAKAIUDAELIAVB/wFxCyACaiAALQAcSQ0AIAYgAEEQaiIHENECIgUgAQJ/IAAsAA8iAUF/TARAIAAoAggMAQsgAUH/AXELahDhAgJ/AkAgACAFKAIAIAYgBSwAC0EASBsQ2AFFDQACfyAHLAALIgFBf0wEQCAAKAIUDAELIAFB/wFxCyEBIANBAUYNACAALQAdQQFxRQ0AQQEgACgCQCAFKAIAIAYgBSwAC0EASBsgASACakEBIAAgBBCbAiIADQEaC0EAIQBBAAshASAFLAALQX9MBEAgBSgCABA8CyABDQELQQAhAAsgBkEQaiIBIwJJBEAQEwsgASQAIAAL6gIBA38jAEEgayIGIgUjAkkEQBATCyAFJAAgAEIANwIAIABBADYCCAJAIAMCfyABLAAPIgVBf0wEQCABKAIIDAELIAVB/wFxC2siA0EATARAIAMNASABKAJAKAKUI0UNAQsCfyABLAAbIgVBf0wEQCABKAIUDAELIAVB/wFxCyADaiABLQAcSQ0AIAZBEGogAUEQaiIHENECIgUgAgJ/IAEsAA8iAkF/TARAIAEoAggMAQsgAkH/AXELahDhAgJAIAEgBSgCACAGQRBqIAUsAAtBAEgbENgBRQ0AAn8gBywACyICQX9MBEAgASgCFAwBCyACQf8BcQshAiABLQAdQQFxRQ0AIAYgASgCQCAFKAIAIAZBEGogBSwAC0EASBsgAiADakEBIAEgBBCgAiAAIAYQ1gIgBiwAC0F/Sg0AIAYoAgAQPAsgBSwAC0F/Sg0AIAUoAgAQPAsgBkEgaiIAIwJJBEAQEwsgACQAC/wHAQp/IwBBIGsiBiIJIwJJBEAQEwsgCSQAIABCADcCACAAQQA2AggCQCADAn8gASwADyIEQX9MBEAgASgCCAwBCyAEQf8BcQtrIgtBAEwEQCALDQEgASgCQCgClCNFDQELAn8gASwAGyIDQX9MBEAgASgCFAwBCyADQf8BcQsgC2ogAS0AHEkNACAGQRBqIAFBEGoiBBDRAiIHAn8gAUEEaiIJLAALIgNBf0wEQCABKAIIDAELIANB/wFxCyACahDhAgJAIAEgBygCACAGQRBqIAcsAAtBAEgbENgBRQ0AAn8gBCwACyIDQX9MBEAgASgCFAwBCyADQf8BcQshDSABKAJAIAcoAgAgBkEQaiAHLAALQQBIGxCcAiIFBEADQCAFKAIEIgMgBS4BAiIEQQF0aiEMIAQEQCABLwEeIQoDQCADIARBAXYiAkEBdGoiCEECaiADIAgvAQAgCkkiCBshAyAEIAJBf3NqIAIgCBsiBA0ACwsCQCADIAxGDQAgAS8BHiADLwEASQ0AIAEoAjgiAyABLgE8IgRBAXRqIQwgASgCQC8B5iAhCiAEBEADQCADIARBAXYiAkEBdGoiCEECaiADIAgvAQAgCkkiCBshAyAEIAJBf3NqIAIgCBsiBA0ACwsgAyAMRwRAIAogAy8BAE8NAQsCQCABKAI0BEAgAEHQFxDhAiAAIAEoAjQQ4QIMAQsgACAJIgMsAAtBf0wEfyAJKAIABSADCxDhAgsCQAJAIAUtABAiBEUNAAJ/IAUgBS0AAGpBEmoiAyAEQQJxRQ0AGiADKAAARQ0BQQAgBS0AECIERQ0AGiAFIAUtAABqQRJqIgMgBEECcUUNABogAygAAAtB0hcQrgENAQsgAEHQFxDhAiAAQdIXEOECIAAgBUERahDhAgsCQAJAIAUtABAiA0UNACADQQJxBEAgBSAFLQAAakESaigAAEUNAQsgAEHQFxDhAiAFLQAQIgRFBEAgAEGwGBDhAgwCCyAFIAUtAABqQRJqIQMgACAEQQJxBH8gAygAAAUgAwsQ4QIMAQsgASgCQCgChCAgAS8BHhDIASEDIABB0BcQ4QIgAEHWFxDhAiAAIAMQ4QIgAxA8CyAAQdoXEOECCyAFKAIMIgUNAAsLIAEtAB1BAXFFDQAgBiABKAJAIAcoAgAgBkEQaiAHLAALQQBIGyALIA1qQQEgAUEAQQAQnwIgBigCBCAGLQALIgMgA0EYdEEYdSIDQQBIIgQbIgIEfyAAIAYoAgAgBiAEGyACEOACIAYtAAsFIAMLQRh0QRh1QX9KDQAgBigCABA8CyAHLAALQX9KDQAgBygCABA8CyAGQSBqIgAjAkkEQBATCyAAJAALXgAgAEEAOwE8IABCADcCNCAAQgA3AgQgAEIANwJEIAAgATYCQCAAQeQXNgIAIABCADcCDCAAQgA3AhQgAEEANgIcIABCADcCTCAAQgA3AlQgAEIANwJcIABCADcCZAuJAgEEfyAAQgA3AgAgAEEANgIIAkACfyABLAAbIgRBf0wEQCABKAIUDAELIARB/wFxCyADTwRAIAMNASABKAJAKAKUI0UNAQsgAS0AHCADSw0AIAEgAiADaiIHIAIQ3wFFDQACfyABQRBqIgYtAAsiBEEYdEEYdSIFQX9MBEAgASgCFAwBCyAECwRAAn8gBUF/TARAIAEoAhQhBCABKAIQDAELIAYLIQUgByAEayAFEEMNAQsgACACEOMCIAAgAwJ/IAYsAAsiBEF/TARAIAEoAhQMAQsgBEH/AXELa0F/IAEoAgQgAUEEaiABLQAPIgNBGHRBGHVBAEgiBBsgASgCCCADIAQbEOgCCwurCgEMfwJAAkAgAC0AHCIORQ0AIABBNGohByAAQTBqIQggAUF/aiEBIABBIGohA0EBIQsDQAJAAkACQAJAAkACQCADLAAAIgVBpX9qIgRBA0sEQCAFQS5HBEAgBUUNCQwGCyAGDQUgA0EBaiEEAn8CQCAALQAdIgVBEHEEQCAEIAhHDQEgACgCMAwCCyAEIAdHDQBBAAwBCyAEQQAgBC0AABsLIQMgBUECcSEEA0ACQCABIgVBf2oiASACSQ0AIARFDQAgAS0AAEHAAXFBgAFGDQEMAwsLIAEgAk8NASADRQ8LIARBAWsOAwQBAgMLQQAhBiAERQ0EIAEsAABBf0oNBCAFQX5qIgEgAk8NBCADRQ8LIAkgCnJFBEBBAA8LIAAtAB0hBSAKRQRAAkAgASACSQ0AIAVBAnFFDQADQCABLQAAQcABcUGAAUcNASABQX9qIgEgAk8NAAsLIAFBf2ohAQsgA0EBaiEEAn8CQCAFQRBxBEAgBCAIRw0BIAAoAjAMAgsgBCAHRg0HCyAEQQAgBC0AABsLIQMgC0EBaiELQQAhBiABIAJPBEBBACEJQQAhCgwEC0EAIQlBACEKIAMNBgwDCyADQQFqIQMCQCAALQAdQRBxBEAgAyAIRw0BIAAoAjAhA0EBIQkMBAsgAyAHRg0FC0EBIQkgAy0AAA0CDAULIANBAWohAwJAIAAtAB1BEHEEQCADIAhHDQEgACgCMCEDIAEhBgwDCyADIAdGDQQLIAEhBiADLQAADQEMAwsgAS0AACAFQf8BcUYEQCADQQFqIQQCfwJAIAAtAB0iA0EQcSIMBEAgBCAIRw0BIAAoAjAMAgsgBCAHRw0AQQAMAQsgBEEAIAQtAAAbCyEEAkACQCAFQX9KDQAgA0ECcUUNAAJAAkAgAUF/aiIFIAJJDQAgBEUNAANAIAQtAAAiDSAFIgMtAABHBEAgBiIFDQNBAA8LIA1BwAFxQYABRwRADAILIARBAWohAQJ/AkAgDARAIAEgCEcNASAAKAIwDAILIAEgB0cNACADQX9qIQVBACEEIAMhAQwDCyABQQAgAS0AABsLIQQgA0F/aiIFIAJJBEAgAyEBDAILIAMhASAEDQALCwJAIAZFBEAgBCEDDAELIAUgBkYEQCAEIQMMAQsgCQRAQQAPCyALIA5GDQcDQAJAQQAhAyAERQ0AIAQtAABB3QBGBEAgBCEDDAELIARBAWohBAJAAkAgDARAIAQgCEcNASAAKAIwIQQMAgsgBCAHRg0CCyAELQAARQ0BCyAEDQELCyABQX5qIQVBASEKCyADRQRAQQAhAwwDCyADLQAAIQ0gAyEECyANQd0ARgRAIAQhAwwCCyAEQQFqIQECQCAMBEAgASAIRw0BIAAoAjAhAwwDCyABIAdHDQBBACEDDAILIAFBACABLQAAGyEDDAELIAZFBEAgASEFIAQhAwwBCyAJBEBBAA8LIAsgDkYNBANAAkBBACEDIARFDQAgBC0AAEHdAEYEQCAEIQMMAQsgBEEBaiEEAkACQCAMBEAgBCAIRw0BIAAoAjAhBAwCCyAEIAdGDQILIAQtAABFDQELIAQNAQsLIAFBf2ohBUEBIQoLIAsgBkVqIQsgBSAFQX9qIAYbIgEgAk8NASADRQ0BIAMtAABB3QBGDQFBAA8LIAZFBEBBAA8LIANBAWohAwJAIAAtAB1BEHEEQCADIAhHDQEgACgCMCEDDAILIAMgB0YNAwsgAy0AAEUNAgsgAw0ACwtBASEJCyAJC54KAQp/IwBBEGsiCiILIwJJBEAQEwsgCyQAAkAgA0EBcSIRBEAgAC0AHUEBcUUNAQsCQCACAn8gACwADyIDQX9MBEAgACgCCAwBCyADQf8BcQtrIgNBAEwEQCADDQEgACgCQCgClCNFDQELAn8gAC0AGyICQRh0QRh1IglBf0wEQCAAKAIUDAELIAILIANqIAAtABxJDQAgCkEANgIIIApCADcDAAJAAkAgA0ELTwRAIANBEGpBcHEiCxBdIQggCiALQYCAgIB4cjYCCCAKIAg2AgAgCiADNgIEDAELIAogAzoACyAKIQggA0UNAQsgCCABIAMQGhoLIAMgCGpBADoAAAJ/IAlBf0wEQCAAKAIUDAELIAILBEAgCiAAKAIQIABBEGogCUEASCIDGyAAKAIUIAIgAxsQ4AILQQEhCQJAIAAgCigCACAKIAotAAsiAkEYdEEYdUEASCIBGyIDIAooAgQgAiABG2ogAxDfAUUNACAAKAJAIAMQnAIiA0UNAANAIAMiDygCBCILIAMvAQIiDUEQdEEQdSIMQQF0aiEOIAshAyANBEAgAC8BHiEJIAwhAgNAIAMgAkEBdiIBQQF0aiIIQQJqIAMgCC8BACAJQf//A3FJIggbIQMgAiABQX9zaiABIAgbIgINAAsLAkACQCADIA5HBEAgAC8BHiADLwEATw0BCyAERQ0BIAQoAjgiA0UNASADIAQuATwiAkEBdGohECACBEAgAC8BHiEJA0AgAyACQQF2IgFBAXRqIghBAmogAyAILwEAIAlB//8DcUkiCBshAyACIAFBf3NqIAEgCBsiAg0ACwsgAyAQRg0BIAAvAR4gAy8BAEkNAQsCQCARRQ0AIARFDQEgBC8BHiEJIAshAyAMIQIgDQRAA0AgAyACQQF2IgFBAXRqIghBAmogAyAILwEAIAlB//8DcUkiCBshAyACIAFBf3NqIAEgCBsiAg0ACwsgAyAORwRAIAlB//8DcSADLwEATw0BCyAAKAI4IgNFDQEgAyAALgE8IgJBAXRqIRAgAgRAA0AgAyACQQF2IgFBAXRqIghBAmogAyAILwEAIAlB//8DcUkiCBshAyACIAFBf3NqIAEgCBsiAg0ACwsgAyAQRg0BIAlB//8DcSADLwEASQ0BCyAFBEAgACgCOCIDRQ0BIAMgAC4BPCICQQF0aiEJIAIEQANAIAMgAkEBdiIBQQF0aiIIQQJqIAMgCC8BACAFSSIIGyEDIAIgAUF/c2ogASAIGyICDQALCyADIAlGDQEgAy8BACAFSw0BCwJAIAdFDQAgCyEDIAwhAiANBEADQCADIAJBAXYiAUEBdGoiCEECaiADIAgvAQAgB0kiCBshAyACIAFBf3NqIAEgCBsiAg0ACwsgAyAORg0AIAMvAQAgB00NAQtBACEJIAZFDQIgDQRAA0AgCyAMQQF2IgNBAXRqIgJBAmogCyACLwEAIAZJIgIbIQsgDCADQX9zaiADIAIbIgwNAAsLIAsgDkcEQCALLwEAIAZNDQMLIAAoAjgiA0UNACADIAAuATwiAkEBdGohCyACBEADQCADIAJBAXYiAUEBdGoiCEECaiADIAgvAQAgBkkiCBshAyACIAFBf3NqIAEgCBsiAg0ACwsgAyALRg0AIAMvAQAgBk0NAgsgDygCDCIDDQALQQEhCQsgCiwAC0F/TARAIAooAgAQPAsgCUUNAQtBACEPCyAKQRBqIgAjAkkEQBATCyAAJAAgDwvHBQEHfyMAQRBrIgYiCCMCSQRAEBMLIAgkAAJAAkAgA0EBcQRAIAAtAB1BAXFFDQELAkAgAgJ/IAAsAA8iB0F/TARAIAAoAggMAQsgB0H/AXELayIHQQBMBEAgBw0BIAAoAkAoApQjRQ0BCwJ/IAAsABsiAkF/TARAIAAoAhQMAQsgAkH/AXELIAdqIAAtABxJDQAgBkEANgIIIAZCADcDACABEF4iAkFwTw0CIABBEGohCgJAAkAgAkELTwRAIAJBEGpBcHEiCRBdIQggBiAJQYCAgIB4cjYCCCAGIAg2AgAgBiACNgIEDAELIAYgAjoACyAGIQggAkUNAQsgCCABIAIQGhoLIAIgCGpBADoAACAGIAcQ2wIgBiAAKAIQIAogAC0AGyICQRh0QRh1QQBIIgEbIAAoAhQgAiABGxDgAgJ/IAAgBigCACAGIAYsAAtBAEgbIgECfyAKLAALIgJBf0wEQCAAKAIUDAELIAJB/wFxCyAHaiIJaiABEN8BBEBBAQJ/IAQEQAJ/QQAgACgCOCIHRQ0AGiAHIAAuATwiAkEBdGohDCAELwEeIQsgAgRAIAshCgNAIAcgAkEBdiIBQQF0aiIIQQJqIAcgCC8BACAKSSIIGyEHIAIgAUF/c2ogASAIGyICDQALC0EAIAcgDEYNABogCyAHLwEATwshAiAGKAIAIAYgBiwAC0EASBshByAALwEeIQEgACgCQCEAIAIEQCAAIAcgCUEAQQAgAUH//wNxIAVBABCaAgwCCyAAIAcgCSADIAQgAUH//wNxIAVBABCaAgwBCyAAKAJAIAYoAgAgBiAGLAALQQBIGyAJQQBBACAALwEeIAVBABCaAgsiBw0BGgtBACEHQQALIQAgBiwAC0F/TARAIAYoAgAQPAsgAA0BC0EAIQcLIAZBEGoiACMCSQRAEBMLIAAkACAHDwsQzwIAC+cHAQd/IwBBIGsiByIKIwJJBEAQEwsgCiQAIABCADcCACAAQQA2AggCQAJAIARBAXEEQCABLQAdQQFxRQ0BCyADAn8gASwADyIIQX9MBEAgASgCCAwBCyAIQf8BcQtrIgNBAEwEQCADDQEgASgCQCgClCNFDQELAn8gASwAGyIIQX9MBEAgASgCFAwBCyAIQf8BcQsgA2ogAS0AHEkNACAHQQA2AhggB0IANwMQIAIQXiIIQXBPDQEgAUEQaiEKAkACQCAIQQtPBEAgCEEQakFwcSILEF0hCSAHIAtBgICAgHhyNgIYIAcgCTYCECAHIAg2AhQMAQsgByAIOgAbIAdBEGohCSAIRQ0BCyAJIAIgCBAaGgsgCCAJakEAOgAAIAdBEGogAxDbAiAHQRBqIAEoAhAgCiABLQAbIghBGHRBGHVBAEgiAhsgASgCFCAIIAIbEOACAkAgASAHKAIQIAdBEGogBywAG0EASBsiAgJ/IAosAAsiCEF/TARAIAEoAhQMAQsgCEH/AXELIANqIgtqIAIQ3wFFDQAgBQRAAkAgASgCOCIDRQ0AIAMgAS4BPCIIQQF0aiENIAUvAR4hDCAIBEAgDCEKA0AgAyAIQQF2IgJBAXRqIglBAmogAyAJLwEAIApJIgkbIQMgCCACQX9zaiACIAkbIggNAAsLIAMgDUYNACAMIAMvAQBJDQAgByABKAJAIAcoAhAgB0EQaiAHLAAbQQBIGyALQQBBACABLwEeIAYQnwIgBygCBCIIIActAAsiAyADQRh0QRh1IgFBAEgbBH8gBSgCNCICBEAgACACEOECIABB0BcQ4QIgBygCBCEIIActAAsiAyEBCyAAIAcoAgAgByABQRh0QRh1QQBIIgEbIAggAyABGxDgAiAAEKgHIActAAsFIAELQRh0QRh1QX9KDQIgBygCABA8DAILIAcgASgCQCAHKAIQIAdBEGogBywAG0EASBsgCyAEIAUgAS8BHiAGEJ8CIAcoAgQgBy0ACyIBIAFBGHRBGHUiAUEASCIDGyIIBH8gACAHKAIAIAcgAxsgCBDgAiAAEKgHIActAAsFIAELQRh0QRh1QX9KDQEgBygCABA8DAELIAcgASgCQCAHKAIQIAdBEGogBywAG0EASBsgC0EAQQAgAS8BHiAGEJ8CIAcoAgQgBy0ACyIBIAFBGHRBGHUiAUEASCIDGyIIBH8gACAHKAIAIAcgAxsgCBDgAiAAEKgHIActAAsFIAELQRh0QRh1QX9KDQAgBygCABA8CyAHLAAbQX9KDQAgBygCEBA8CyAHQSBqIgAjAkkEQBATCyAAJAAPCxDPAgALlgYBC38gAwRAIAMvAR4hCwsgASgCDCIKBEAgAkEBcSEPA0AgCigCBCIJIAovAQIiDUEQdEEQdSIMQQF0aiEOIAkhASANBEAgAC8BHiEIIAwhAgNAIAEgAkEBdiIHQQF0aiIGQQJqIAEgBi8BACAIQf//A3FJIgYbIQEgAiAHQX9zaiAHIAYbIgINAAsLAkACQCABIA5HBEAgAC8BHiABLwEATw0BCyADRQ0BIAMoAjgiAUUNASABIAMuATwiAkEBdGohECACBEAgAC8BHiEIA0AgASACQQF2IgdBAXRqIgZBAmogASAGLwEAIAhB//8DcUkiBhshASACIAdBf3NqIAcgBhsiAg0ACwsgASAQRg0BIAAvAR4gAS8BAEkNAQsCQCAPRQ0AIAkhASAMIQIgDQRAA0AgASACQQF2IgdBAXRqIgZBAmogASAGLwEAIAtJIgYbIQEgAiAHQX9zaiAHIAYbIgINAAsLIAEgDkcEQCALIAEvAQBPDQELIAAoAjgiAUUNASABIAAuATwiAkEBdGohCCACBEADQCABIAJBAXYiB0EBdGoiBkECaiABIAYvAQAgC0kiBhshASACIAdBf3NqIAcgBhsiAg0ACwsgASAIRg0BIAsgAS8BAEkNAQsgBARAIAAoAjgiAUUNASABIAAuATwiAkEBdGohCCACBEADQCABIAJBAXYiB0EBdGoiBkECaiABIAYvAQAgBEkiBhshASACIAdBf3NqIAcgBhsiAg0ACwsgASAIRg0BIAEvAQAgBEsNAQsgBUUEQCAKDwsgDQRAA0AgCSAMQQF2IgFBAXRqIgJBAmogCSACLwEAIAVJIgIbIQkgDCABQX9zaiABIAIbIgwNAAsLAkAgCSAORg0AIAkvAQAgBUsNACAKDwsgACgCOCIBRQ0AIAEgAC4BPCICQQF0aiEIIAIEQANAIAEgAkEBdiIHQQF0aiIGQQJqIAEgBi8BACAFSSIGGyEBIAIgB0F/c2ogByAGGyICDQALCyABIAhGDQAgAS8BACAFSw0AIAoPCyAKKAIMIgoNAAsLQQALDAAgABDVARogABA8CyQAIABB5Bc2AgAgACwAT0F/TARAIAAoAkQQPAsgABDVARogAAsmACAAQeQXNgIAIAAsAE9Bf0wEQCAAKAJEEDwLIAAQ1QEaIAAQPAuQBAAgACACNgKAICACKAIAKAIAIQIgAEEAOgDsICAAIAI2AoQgIABCADcCiCAgAEGQIGpCADcCACAAQZggakIANwIAIABBoCBqQgA3AgAgAEGoIGpCADcCACAAQbAgakIANwIAIABBuCBqQgA3AgAgAEG+IGpCADcBACAAQgA3AsggIABB0CBqQgA3AgAgAEHYIGpCADcCACAAQgA3AvAgIABB+CBqQgA3AgAgAEH9IGpCADcAACAAQgA3AoghIABBjSFqQgA3AAAgAEGdIWpCADcAACAAQgA3ApghIABCADcCqCEgAEGwIWpCADcCACAAQbghakEAOgAAIABCADcCvCEgAEHEIWpCADcCACAAQgA3AuwhIABB9CFqQgA3AgAgAEH8IWpCADcCACAAQYQiakIANwIAIABBjCJqQQA2AgAgAEGwImpBAEHIABAZGiAAQub/AzcC4CAgAEEANgKYIyAAQQA2AqwiIABBADYCmCIgAEIANwKQIiAAQv////8PNwLkISAAQX82AuggIABBADsBgCMgAEIANwL4IiAAQv////8PNwLUISAAQn83AswhIABCADcC3CEgAEIANwKQIyAAQgA3AqQiIABBnCNqQQBBgIAEEBkaIABBAEGAIBAZIgBBiiNqQQA2AQAgAEIANwGCIyAAIAEQ6AEgACgC6CBBf0YEQCAAQQM2AuggCyAAC64bAih/AX4jAEGggARrIgIiBSMCSQRAEBMLIAUkAEH4gQQQXSABEIABIQEgAkEANgIYIAJCADcDECAAQYwjaiEOIABBhiNqIQ8gAEGEI2ohECAAQYIjaiERIABB0CFqIRIgAEHUIWohEyAAQcwhaiEUIABB4CJqIRUgAEHsImohCSAAQYAhaiEWIABB/CBqIRcgAEHIImohGCAAQdQiaiEZIABBsCJqIQcgAEG8ImohGiAAQYQiaiEbIABB6CBqIQggAEHmIGohCiAAQYAjaiEcIABB/iJqIR0gAEH8ImohHiAAQeAgaiEfIABB5CBqISAgAEHiIGohISAAQcIgaiEiIABBxCBqISMgAEHAIGohJCAAQeQhaiElIABBvCBqISYgAEG6IGohCyAAQb4gaiEMIABBuCBqIScgAEGgIGohBiAAQZQgaiEoIABBiCBqISlBASEFAkACQANAIAUhAwJAA0AgASACQRBqEIUBRQ0BIAJBEGoQqAcCQCADRQ0AIAJBEGpBAEEDQbEYQQMQ9gINACACQRBqQQBBAxDnAgsgAkEQakEAQQNBtRhBAxD2AkUEQCACQRBqICkgASgC9IEEEMsHRQ0ECyACQRBqQQBBA0G5GEEDEPYCRQRAIAJBEGogKCABKAL0gQQQywdFDQQLAkAgAkEQakEAQQNBvRhBAxD2Ag0AIAJBEGogBiABKAL0gQQQywdFDQQgACgCpCAgAC0AqyAiAyADQRh0QRh1QQBIG0EFRw0AIAZBAEF/QcEYQQUQ9gINACAAQQE2ArAgEMUHCyACQRBqQQBBD0HHGEEPEPYCRQRAIABBATYCtCALIAJBEGpBAEEMQdcYQQwQ9gJFBEAgACACQRBqICcgARDpAUUNBAsCQCACQRBqQQBBDUHkGEENEPYCDQAgACgCtCAEQCAAIAJBEGogDCABEOkBRQ0FDAELIAAgAkEQaiALIAEQ6QFFDQQLIAJBEGpBAEEOQfIYQQ4Q9gJFBEAgACACQRBqICYgARDpAUUNBAsCQCACQRBqQQBBC0GBGUELEPYCDQAgACgCtCAEQCAAIAJBEGogCyABEOkBRQ0FDAELIAAgAkEQaiAMIAEQ6QFFDQQLIAJBEGpBAEEPQY0ZQQ8Q9gJFBEAgAkEQaiAlIAEQ6gFFDQQLIAJBEGpBAEEMQZ0ZQQwQ9gJFBEAgACACQRBqICQgARDpAUUNBAsgAkEQakEAQRJBqhlBEhD2AkUEQCAAIAJBEGogIyABEOkBRQ0ECyACQRBqQQBBEkG9GUESEPYCRQRAIAAgAkEQaiAiIAEQ6QFFDQQLIAJBEGpBAEEUQdAZQRQQ9gJFBEAgAEEBNgLIIAsgAkEQakEAQRBB5RlBEBD2AkUEQCAAQQE2AswgCyACQRBqQQBBEEH2GUEQEPYCRQRAIABBATYC0CALIAJBEGpBAEETQYcaQRMQ9gJFBEAgAEEBNgLYIAsgAkEQakEAQRBBmxpBEBD2AkUEQCAAQQE2AtwgCyACQRBqQQBBEUGsGkEREPYCRQRAIABBATYC1CALIAJBEGpBAEEJQb4aQQkQ9gJFBEAgACACQRBqICEgARDpAUUNBAsgAkEQakEAQQ5ByBpBDhD2AkUEQCAAIAJBEGogICABEOkBRQ0ECyACQRBqQQBBDUHXGkENEPYCRQRAIAAgAkEQaiAfIAEQ6QFFDQQLIAJBEGpBAEENQeUaQQ0Q9gJFBEAgACACQRBqIB4gARDpAUUNBAsgAkEQakEAQQlB8xpBCRD2AkUEQCAAIAJBEGogHSABEOkBRQ0ECyACQRBqQQBBDkH9GkEOEPYCRQRAIAAgAkEQaiAcIAEQ6QFFDQQLIAJBEGpBAEEKQYwbQQoQ9gJFBEAgACACQRBqIAogARDpAUUNBAsgAkEQakEAQQlBlxtBCRD2AkUEQCAAIAJBEGogCiABEOkBRQ0ECwJAIAJBEGpBAEELQaEbQQsQ9gINACACQRBqIAggARDqAUUNBCAIKAIAQQBKDQAgCEEBNgIACyACQRBqQQBBEEGtG0EQEPYCRQRAIAAgAkEQaiABEOsBRQ0ECyACQRBqQQBBC0G+G0ELEPYCRQRAIAJBEGogGyABKAL0gQQQywdFDQQLIAJBEGpBAEEIQcobQQgQ9gJFBEAgAEEBNgKsIgsgAkEQakEAQQlB0xtBCRD2AkUEQCACQRBqIAcgGiAAKAKwICABKAL0gQQQzAdFDQQLIAJBEGpBAEEGQd0bQQYQ9gJFBEAgAkEQaiAYIBkgACgCsCAgASgC9IEEEMwHRQ0ECyACQRBqQQBBA0HkG0EDEPYCRQRAIAAgAkEQaiABEOwBRQ0ECyACQRBqQQBBBUHoG0EFEPYCRQRAIAJBgICAKDYCCCACQgA3AwAgAkEAOgAFIAJB6BsoAAA2AgAgAkHsGy0AADoABCACQRBqIAEgFyACEO0BIQMgAiwAC0F/TARAIAIoAgAQPAsgA0UNBAsgAkEQakEAQQVB7htBBRD2AkUEQCACQYCAgCg2AgggAkIANwMAIAJBADoABSACQe4bKAAANgIAIAJB8hstAAA6AAQgAkEQaiABIBYgAhDtASEDIAIsAAtBf0wEQCACKAIAEDwLIANFDQQLIAJBEGpBAEEFQfQbQQUQ9gJFBEAgACACQRBqIAEQ7gFFDQQLIAJBEGpBAEEUQfobQRQQ9gJFBEAgACACQRBqIAEQ7wFFDQQLIAJBEGpBAEEMQY8cQQwQ9gJFBEAgACACQRBqIAEQ8AFFDQQLIAJBEGpBAEEDQZwcQQMQ9gJFBEAgACACQRBqIAEQ8QFFDQQLIAJBEGpBAEEFQaAcQQUQ9gJFBEAgACACQRBqIAEQ8gFFDQQLIAJBEGpBAEEEQaYcQQQQ9gJFBEAgAkEQaiAJIAEoAvSBBBDLB0UNBCAAIAkQxAc2AvgiCwJAIAJBEGpBAEEHQascQQcQ9gINACACKAIUIAItABsiAyADQRh0QRh1QQBIIgMbIgRBCEkNACACKAIQIAJBEGogAxsiDUEHaiEDIAQgDWohBANAAkAgAzEAACIqQj9WDQBCASAqhkKAhICAEINQDQAgA0EBaiIDIARHDQEMAgsLIAMgDWsiA0F/Rg0AIBUgAiACQRBqIANBfyACQRBqENQCENYCIAIsAAtBf0oNACACKAIAEDwLIAJBEGpBAEEMQbMcQQwQ9gJFBEAgAkEQaiAUIAEQ6gFFDQQLIAJBEGpBAEELQcAcQQsQ9gJFBEAgAEEBNgLYIQsgAkEQakEAQQdBzBxBBxD2AkUEQCACQRBqIBMgARDqAUUNBAsgAkEQakEAQQpB1BxBChD2AkUEQCACQRBqIBIgARDqAUUNBAsgAkEQakEAQQtB3xxBCxD2AkUEQCAAQQE2AtwhCyACQRBqQQBBCUHrHEEJEPYCRQRAIABBATYClCMLIAJBEGpBAEEMQfUcQQwQ9gJFBEAgAEEBNgLgIQsgAkEQakEAQQhBgh1BCBD2AkUEQCAAIAJBEGogESABEOkBRQ0ECyACQRBqQQBBCkGLHUEKEPYCRQRAIAAgAkEQaiAQIAEQ6QFFDQQLIAJBEGpBAEEEQZYdQQQQ9gJFBEAgACACQRBqIA8gARDpAUUNBAsgAkEQakEAQQpBmx1BChD2AkUEQCAAQQE2AogjCyACQRBqQQBBC0GmHUELEPYCRQRAIAAgAkEQaiAOIAEQ6QFFDQQLIAJBEGpBAEELQbIdQQsQ9gJFBEAgAEEBNgKQIwtBICEEIAJBEGpBAEEDQb4dQQMQ9gJFBEBB0wBB0AAgACgCtCAbIQQLAkAgAkEQakEAQQNBwh1BAxD2AkUEQEHQAEHTACAAKAK0IBshBAwBC0EAIQMgBEEgRg0BCwsgBQRAIAJBIGpBAEGAgAQQGRoLQQAhBSAAIAJBEGogBCABIAJBIGoQ8wENAQwCCwsgACABEPQBIAAQ9QEgABD2AQJAIAAoArAgDQACfyAGLAALIgFBf0wEQCAAKAKkIAwBCyABQf8BcQtFBEAgBkHgHRDjAgsgACAGEMMHIgM2AqwgQQAhAQNAAkAgAyABQQNsaiIDLQACIAMtAAFGDQAgByABQRh0QRh1IgNBABDsAkF/Rw0AIAcgAxDiAgsgAUEBaiIBQYACRg0BIAAoAqwgIQMMAAALAAsgAC0AlCENASACQYCAgAg2AgggAkItNwMAIABBmCFqIQECQCAAQZwhaigCACIDIABBoCFqKAIARwRAIAMgAhDRAhogACAAKAKcIUEMajYCnCEMAQsgASACEJwICyACLAALQX9MBEAgAigCABA8CyACQYCAgBA2AgggAkIANwMAIAJBADoAAiACQd7aADsBAAJAIAAoApwhIgMgACgCoCFHBEAgAyACENECGiAAIAAoApwhQQxqNgKcIQwBCyABIAIQnAgLIAIsAAtBf0wEQCACKAIAEDwLIAJBgICAEDYCCCACQgA3AwAgAkEAOgACIAJBrcgAOwEAAkAgACgCnCEiAyAAKAKgIUcEQCADIAIQ0QIaIAAgACgCnCFBDGo2ApwhDAELIAEgAhCcCAsgAiwAC0F/TARAIAIoAgAQPAsgAEEBOgCUIQwBCyAAIAEQ9AELIAIsABtBf0wEQCACKAIQEDwLIAJBoIAEaiIAIwJJBEAQEwsgACQAC6oBAQJ/IwBBEGsiBCIFIwJJBEAQEwsgBSQAAkAgAi8BAEF/akH//wNxQeT/A00EQCADKAL0gQQaQQAhBQwBC0EAIQUgBEEANgIIIARCADcDACABIAQgAygC9IEEEMsHBEAgAiAAKAKEICAEKAIAIAQgBCwAC0EASBsQtgE7AQBBASEFCyAELAALQX9KDQAgBCgCABA8CyAEQRBqIgAjAkkEQBATCyAAJAAgBQufAQECfyMAQRBrIgMiBCMCSQRAEBMLIAQkAAJAIAEoAgBBf0cEQCACKAL0gQQaQQAhBAwBC0EAIQQgA0EANgIIIANCADcDACAAIAMgAigC9IEEEMsHIQAgAywACyECIAAEQCABIAMoAgAgAyACQQBIGxCZATYCAEEBIQQLIAJBf0oNACADKAIAEDwLIANBEGoiAyMCSQRAEBMLIAMkACAEC8AHAQ1/IwBBIGsiBCIDIwJJBEAQEwsgAyQAIAQgASgCACABIAEsAAtBAEgbNgIQAkACQAJAIAEgBEEQahCmByIFIAEoAgAgASABLQALIgNBGHRBGHVBAEgiBxsgASgCBCADIAcbakcEQCAAQewhaiEIIABB+CFqIQ4gBEEIaiENA0AgC0ECTQRAAkACQAJAIAtBAWsOAgABAgsgDUEANgIAIARCADcDACAEKAIQIgcgBWsiBkFwTw0HAkAgBkEKTQRAIAQgBjoACyAEIQMMAQsgBkEQakFwcSIJEF0hAyAEIAlBgICAgHhyNgIIIAQgAzYCACAEIAY2AgQLIAUgB0cEQANAIAMgBS0AADoAACADQQFqIQMgBUEBaiIFIAdHDQALCyADQQA6AAAgBCwAC0EATgRAIAAgBBCZATYC6CEMAgsgACAEKAIAIgUQmQE2AughIAUQPAwBCyAAKAKwIEUEQEEKIQMCfyAILQALIgxBGHRBGHUiCUF/SiIPRQRAIAAoAvQhQf////8HcUF/aiEDCyAEKAIQIgcgBWsiBiADSwsEQCAIIAMgBiADawJ/IA9FBEAgACgC8CEhDAsgDAtBACAMQQAQ3gIgCC0ACyEJCyAIIQMgCUEYdEEYdUF/TARAIAgoAgAhAwsgBSAHRwRAA0AgAyAFLQAAOgAAIANBAWohAyAFQQFqIgUgB0cNAAsLIANBADoAAAJ/AkAgCCwAC0EATgRAIAggBjoACyAGQRh0QRh1QX9KDQEgACgC8CEhBiAIKAIADAILIAAgBjYC8CEgCCgCAAwBCyAGQf8BcSEGIAgLIgUgBSAGaiAEEJ8BDAELIA1BADYCACAEQgA3AwAgBCgCECIHIAVrIgZBcE8NBgJAIAZBCk0EQCAEIAY6AAsgBCEDDAELIAZBEGpBcHEiCRBdIQMgBCAJQYCAgIB4cjYCCCAEIAM2AgAgBCAGNgIECyAFIAdHBEADQCADIAUtAAA6AAAgA0EBaiEDIAVBAWoiBSAHRw0ACwsgA0EAOgAAIA4gBBCkBxogACgC+CEgACgC/CEgBEEYahDNByAELAALQX9KDQAgBCgCABA8CyAKQQFqIQoLIAtBAWohCyABIARBEGoQpgciBSABKAIAIAEgAS0ACyIDQRh0QRh1QQBIIgcbIAEoAgQgAyAHG2pHDQALQQEhBSAKQQFKDQELIAIoAvSBBBpBACEFDAELIApBAkcNACAAQewhakGHHhDjAgsgBEEgaiIAIwJJBEAQEwsgACQAIAUPCxDPAgAL8xABGH8jAEHwAGsiAyIGIwJJBEAQEwsgBiQAAn8CQCAALQDsIARAIAIoAvSBBBoMAQsgAEEBOgDsICADIAEoAgAgASABLAALQQBIGzYCaAJAIAEgA0HoAGoQpgciBSABKAIAIAEgAS0ACyIEQRh0QRh1QQBIIgcbIAEoAgQgBCAHG2pGDQAgAEHwIGohCEF/IQsgA0EgaiEJQQAhBgJAA0AgDUEBTQRAIA1BAWtFBEAgCUEANgIAIANCADcDGCADKAJoIgcgBWsiCkFwTw0DAkAgCkEKTQRAIAMgCjoAIyADQRhqIQQMAQsgCkEQakFwcSILEF0hBCADIAtBgICAgHhyNgIgIAMgBDYCGCADIAo2AhwLIAUgB0cEQANAIAQgBS0AADoAACAEQQFqIQQgBUEBaiIFIAdHDQALCyAEQQA6AAACQCADLAAjQQBOBEAgA0EYahCZASELDAELIAMoAhgiBRCZASELIAUQPAsgC0EATARAIAIoAvSBBBoMBgsgCCALEPsBCyAGQQFqIQYLIA1BAWohDSABIANB6ABqEKYHIgUgASgCACABIAEtAAsiBEEYdEEYdUEASCIHGyABKAIEIAQgBxtqRw0ACyAGQQJHDQFBASALQQFIDQMaIABB+CBqIQ0gAEHwIGohESADQeAAaiESIANB0ABqIRMgA0HIAGohFCADQUBrIRUgA0E4aiEWIANBMGohFyADQShqIRgDQCASQQA2AgAgA0IANwNYAn9BASACIANB2ABqEIUBRQ0AGiADQdgAahCoByATQQA2AgAgFEIANwMAIBVCADcDACAWQgA3AwAgF0IANwMAIBhCADcDACADQSBqIhBCADcDACADQgA3AxgCQCAAKAL0ICIFIAAoAvggRwRAIA0gBSADQRhqEPwBIAAgACgC9CBBPGo2AvQgDAELIBEgA0EYahD9AQsgAywAU0F/TARAIAMoAkgQPAsgAywAR0EASARAIAMoAjwQPAsgAywAO0F/TARAIAMoAjAQPAsgAywAL0F/TARAIAMoAiQQPAsgAywAI0EASARAIAMoAhgQPAtBACEBIAMgAygCWCADQdgAaiADLABjQQBIGzYCaEEAIQoCQCADQdgAaiADQegAahCmByIFIAMoAlgiBiADQdgAaiADLQBjIgdBGHRBGHVBAEgiBBsgAygCXCAHIAQbakcEQANAAkAgAUECSw0AAkACQAJAIAFBAWsOAgECAAsgA0HYAGogBSAGIANB2ABqIARBAXEba0EDQeQbQQMQ9gJFDQIgAigC9IEEGiAAKAL0ICEFIAAoAvAgIQQDQCAEIAVHBEAgBUFEaiIFEPgBDAELCyAAIAQ2AvQgDAULIAMoAmgiByAFQQEgCiAFLQAAQd4ARhsiCmoiBWshCUEKIQQgACgC9CAiCEFPai0AACIMQRh0QRh1Ig5Bf0oiD0UEQCAIQUxqKAIAQf////8HcUF/aiEECyAIQURqIQYCfyAJIARLBH8gBiAEIAkgBGsCfyAPRQRAIAhBSGooAgAhDAsgDAtBACAMQQAQ3gIgBiwACwUgDgtBGHRBGHVBf0wEQCAGKAIADAELIAYLIQQgBSAHRwRAA0AgBCAFLQAAOgAAIARBAWohBCAFQQFqIgUgB0cNAAsLIARBADoAAAJAIAYsAAtBf0wEQCAIQUhqIAk2AgAMAQsgBiAJOgALCyAAKAL0ICEFIBBBgICACDYCACADQt8ANwMYIANBgICACDYCECADQiA3AwggBUFEaiADQRhqIANBCGoQswcgAywAE0F/TARAIAMoAggQPAsgAywAI0F/TARAIAMoAhgQPAsCfyAAKAL0ICIEQU9qLQAAIgVBGHRBGHVBf0oiBkUEQCAEQUhqKAIADAELIAULRQ0BIARBRGohBwJ/IAZFBEAgBygCACEIIARBSGooAgAMAQsgByEIIAULIQkgCCAJakF/ai0AAEEkRw0BIApBAmohCiAHIAYEfyAFBSAEQUhqKAIAC0F/ahDbAgwBCyADKAJoIgcgBWshCUEKIQQgCkEMbCIPIAAoAvQgaiIIQVtqLQAAIgxBGHRBGHUiDkF/SiIZRQRAIAhBWGooAgBB/////wdxQX9qIQQLIAhBUGohBgJ/IAkgBEsEfyAGIAQgCSAEawJ/IBlFBEAgCEFUaigCACEMCyAMC0EAIAxBABDeAiAGLAALBSAOC0EYdEEYdUF/TARAIAYoAgAMAQsgBgshBCAFIAdHBEADQCAEIAUtAAA6AAAgBEEBaiEEIAVBAWoiBSAHRw0ACwsgBEEAOgAAAkAgBiwAC0F/TARAIAhBVGogCTYCAAwBCyAGIAk6AAsLIAAoAvQgIQUgEEGAgIAINgIAIANC3wA3AxggA0GAgIAINgIQIANCIDcDCCAFIA9qQVBqIANBGGogA0EIahCzByADLAATQX9MBEAgAygCCBA8CyADLAAjQX9KDQAgAygCGBA8CyABQQFqIQEgA0HYAGogA0HoAGoQpgciBSADKAJYIgYgA0HYAGogAy0AYyIHQRh0QRh1QQBIIgQbIAMoAlwgByAEG2pHDQALCwJ/IAAoAvQgIgRBT2osAAAiBUF/TARAIARBSGooAgAMAQsgBUH/AXELBEBBAAJ/IAQgCkEMbGoiBEFbaiwAACIFQX9MBEAgBEFUaigCAAwBCyAFQf8BcQsNAhoLIAIoAvSBBBogACgC9CAhBSAAKALwICEEA0AgBCAFRwRAIAVBRGoiBRD4AQwBCwsgACAENgL0IAtBAQshBSADLABjQX9MBEAgAygCWBA8CyAFDQMgGkEBaiIaIAtHDQALQQEMAwsQzwIACyACKAL0gQQaC0EACyEFIANB8ABqIgAjAkkEQBATCyAAJAAgBQuLCwELfyMAQUBqIgQiBSMCSQRAEBMLIAUkAAJ/AkAgAigCAARAIAEoAvSBBBoMAQsgBCAAKAIAIAAgACwAC0EASBs2AjgCQCAAIARBOGoQpgciBSAAKAIAIAAgAC0ACyIGQRh0QRh1QQBIIgcbIAAoAgQgBiAHG2pGDQAgBEEwaiELAkADQCAIQQFNBEAgCEEBa0UEQCALQQA2AgAgBEIANwMoIAQoAjgiByAFayIJQXBPDQMCQCAJQQpNBEAgBCAJOgAzIARBKGohBgwBCyAJQRBqQXBxIgwQXSEGIAQgDEGAgICAeHI2AjAgBCAGNgIoIAQgCTYCLAsgBSAHRwRAA0AgBiAFLQAAOgAAIAZBAWohBiAFQQFqIgUgB0cNAAsLIAZBADoAAAJAIAQsADNBAE4EQCAEQShqEJkBIQkMAQsgBCgCKCIFEJkBIQkgBRA8CyAJQQBMBEAgASgC9IEEGgwGC0EMEF0iBSAJEJQBIAIgBTYCAAsgCkEBaiEKCyAIQQFqIQggACAEQThqEKYHIgUgACgCACAAIAAtAAsiBkEYdEEYdUEASCIHGyAAKAIEIAYgBxtqRw0ACyAKQQJHDQFBASAJQQFIDQMaIARBMGohDQNAIA1BADYCACAEQgA3AyhBASEFAkAgASAEQShqEIUBRQ0AIARBKGoQqAdBACEAIARBADYCICAEQgA3AxggBEEANgIQIARCADcDCCAEIAQoAiggBEEoaiAELAAzQQBIGzYCOAJ/IARBKGogBEE4ahCmByIFIAQoAigiCCAEQShqIAQtADMiB0EYdEEYdUEASCIGGyAEKAIsIAcgBhtqRwRAA0ACQCAAQQJLDQACQAJAAkAgAEEBaw4CAQIACyAEQShqIAUgCCAEQShqIAZBAXEbayADKAIEIAMtAAsiBSAFQRh0QRh1QQBIGyIFIANBACAFEO8CRQ0CIAEoAvSBBBogAigCACIFBEAgBRCVARA8CyACQQA2AgBBAQwFCyAEKAI4IgcgBWsiCCAEKAIgQf////8HcUF/akEKIAQtACMiC0EYdEEYdSIGQQBIIgwbIgpLBEAgBEEYaiAKIAggCmsgBCgCHCALIAwbIgZBACAGQQAQ3gIgBC0AIyEGCyAEKAIYIARBGGogBkEYdEEYdUEASBshBiAFIAdHBEADQCAGIAUtAAA6AAAgBkEBaiEGIAVBAWoiBSAHRw0ACwsgBkEAOgAAIAQsACNBf0wEQCAEIAg2AhwMAgsgBCAIOgAjDAELIAQoAjgiByAFayIIIAQoAhBB/////wdxQX9qQQogBC0AEyILQRh0QRh1IgZBAEgiDBsiCksEQCAEQQhqIAogCCAKayAEKAIMIAsgDBsiBkEAIAZBABDeAiAELQATIQYLIAQoAgggBEEIaiAGQRh0QRh1QQBIGyEGIAUgB0cEQANAIAYgBS0AADoAACAGQQFqIQYgBUEBaiIFIAdHDQALCyAGQQA6AAAgBCwAE0F/TARAIAQgCDYCDAwBCyAEIAg6ABMLIABBAWohACAEQShqIARBOGoQpgciBSAEKAIoIgggBEEoaiAELQAzIgdBGHRBGHVBAEgiBhsgBCgCLCAHIAYbakcNAAsLAkAgBCgCHCAELQAjIgUgBUEYdEEYdUEASBsEQCAEKAIMIAQtABMiBSAFQRh0QRh1QQBIGw0BCyABKAL0gQQaQQEMAQsgAigCACAEQRhqIARBCGoQlgFBAAshBSAELAATQX9MBEAgBCgCCBA8CyAELAAjQX9KDQAgBCgCGBA8CyAELAAzQX9MBEAgBCgCKBA8CyAFDQMgDkEBaiIOIAlHDQALQQEMAwsQzwIACyABKAL0gQQaC0EACyEFIARBQGsiBCMCSQRAEBMLIAQkACAFC4AOAQ1/IwBBQGoiAyIEIwJJBEAQEwsgBCQAAkACQAJAAn8gACgCyCEEQCACKAL0gQQaQQAMAQsgAyABKAIAIAEgASwAC0EASBs2AjgCQAJAAkAgASADQThqEKYHIgQgASgCACABIAEtAAsiBUEYdEEYdUEASCIGGyABKAIEIAUgBhtqRg0AQX8hCSADQTBqIQoDQCAHQQFNBEAgB0EBa0UEQCAKQQA2AgAgA0IANwMoIAMoAjgiBiAEayIJQXBPDQcCQCAJQQpNBEAgAyAJOgAzIANBKGohBQwBCyAJQRBqQXBxIgsQXSEFIAMgC0GAgICAeHI2AjAgAyAFNgIoIAMgCTYCLAsgBCAGRwRAA0AgBSAELQAAOgAAIAVBAWohBSAEQQFqIgQgBkcNAAsLIAVBADoAAAJAIAMsADNBAE4EQCADQShqEJkBIQkMAQsgAygCKCIEEJkBIQkgBBA8CyAJQQBMBEAgAigC9IEEGkEADAcLQZAIEF0iBEEANgIMIARCADcCBCAAIAQ2AsghIAQgACgCsCA6AAALIAhBAWohCAsgB0EBaiEHIAEgA0E4ahCmByIEIAEoAgAgASABLQALIgVBGHRBGHVBAEgiBhsgASgCBCAFIAYbakcNAAsgCEECRw0AIAlBAUgNAiADQTBqIQwMAQsgAigC9IEEGkEADAILA0AgDEEANgIAIANCADcDKEEBIQsCQCACIANBKGoQhQFFDQAgA0EoahCoByAAKALIISIEKAIIIQVBACEBIAQoAgQhBCADIAMoAiggA0EoaiADLAAzQQBIGzYCOCAFIARrQQxtIQ0gA0EoaiADQThqEKYHIgQgAygCKCIHIANBKGogAy0AMyIGQRh0QRh1QQBIIgUbIAMoAiwgBiAFG2pHBEADQAJAIAFBAksNAAJAAkACQCABQQFrDgIBAgALIANBKGogBCAHIANBKGogBUEBcRtrQQVB9BtBBRD2AkUNAiACKAL0gQQaDAULIAAoAsghIQcgA0EANgIgIANCADcDGCADKAI4IgYgBGsiCEFwTw0JAkAgCEEKTQRAIAMgCDoAIyADQRhqIQUMAQsgCEEQakFwcSIKEF0hBSADIApBgICAgHhyNgIgIAMgBTYCGCADIAg2AhwLIAQgBkcEQANAIAUgBC0AADoAACAFQQFqIQUgBEEBaiIEIAZHDQALCyAFQQA6AAACQCAHKAIIIgQgBygCDEcEQCAEIANBGGoQ0QIaIAcgBygCCEEMajYCCAwBCyAHQQRqIANBGGoQnAgLIAMsACNBf0oNASADKAIYEDwMAQsgACgCyCEhByADQSBqIgpBADYCACADQgA3AxggAygCOCIGIARrIghBcE8NCQJAIAhBCk0EQCADIAg6ACMgA0EYaiEFDAELIAhBEGpBcHEiDhBdIQUgAyAOQYCAgIB4cjYCICADIAU2AhggAyAINgIcCyAEIAZHBEADQCAFIAQtAAA6AAAgBUEBaiEFIARBAWoiBCAGRw0ACwsgBUEAOgAAAkAgBygCCCIEIAcoAgxHBEAgBCADQRhqENECGiAHIAcoAghBDGo2AggMAQsgB0EEaiADQRhqEJwICyADLAAjQX9MBEAgAygCGBA8CyAAKALIISgCCCEEIApBgICACDYCACADQt8ANwMYIANBADYCECADQgA3AwggBEF0aiADQRhqIANBCGoQswcgAywAE0F/TARAIAMoAggQPAsgAywAI0F/Sg0AIAMoAhgQPAsgAUEBaiEBIANBKGogA0E4ahCmByIEIAMoAigiByADQShqIAMtADMiBkEYdEEYdUEASCIFGyADKAIsIAYgBRtqRw0ACwtBACELIA1BAmogACgCyCEiBCgCCCAEKAIEa0EMbUYNACACKAL0gQQaIAAoAsghIgEoAggiBSABKAIEIgZHBEADQCAFQXRqIQQgBUF/aiwAAEF/TARAIAQoAgAQPAsgBCEFIAQgBkcNAAsLIAEgBjYCCEEBIQsLIAMsADNBf0wEQCADKAIoEDwLIAtFBEAgD0EBaiIPIAlGDQIMAQsLQQAMAQsgACgCyCEhBCADQQA2AjAgA0IANwMoAkAgBCgCCCIFIAQoAgxHBEAgBSADQShqENECGiAEIAQoAghBDGo2AggMAQsgBEEEaiADQShqEJwICyADLAAzQX9MBEAgAygCKBA8CyAAKALIISEEIANBADYCMCADQgA3AygCQCAEKAIIIgUgBCgCDEcEQCAFIANBKGoQ0QIaIAQgBCgCCEEMajYCCAwBCyAEQQRqIANBKGoQnAgLIAMsADNBf0wEQCADKAIoEDwLIAAoAsghENIBQQELIQQgA0FAayIAIwJJBEAQEwsgACQAIAQPCxDPAgALEM8CAAsQzwIAC5ASARN/IwBBQGoiAyIEIwJJBEAQEwsgBCQAAn8CQCAALQCkIQRAIAIoAvSBBBoMAQsgAEEBOgCkISADIAEoAgAgASABLAALQQBIGzYCOAJAIAEgA0E4ahCmByIFIAEoAgAgASABLQALIgRBGHRBGHVBAEgiBhsgASgCBCAEIAYbakYNACAAQaghaiELQX8hDCADQQhqIQkCQANAIAdBAU0EQCAHQQFrRQRAIAlBADYCACADQgA3AwAgAygCOCIGIAVrIgxBcE8NAwJAIAxBCk0EQCADIAw6AAsgAyEEDAELIAxBEGpBcHEiChBdIQQgAyAKQYCAgIB4cjYCCCADIAQ2AgAgAyAMNgIECyAFIAZHBEADQCAEIAUtAAA6AAAgBEEBaiEEIAVBAWoiBSAGRw0ACwsgBEEAOgAAAkAgAywAC0EATgRAIAMQmQEhDAwBCyADKAIAIgUQmQEhDCAFEDwLIAxBAEwEQCACKAL0gQQaDAYLIAsgDBD+AQsgCEEBaiEICyAHQQFqIQcgASADQThqEKYHIgUgASgCACABIAEtAAsiBEEYdEEYdUEASCIGGyABKAIEIAQgBhtqRw0ACyAIQQJHDQFBASAMQQFIDQMaIABBqCFqIQ8gAEGwIWohECADQTBqIREgA0EgaiESIANBGGohEyADQRBqIRQDQCARQQA2AgAgA0IANwMoQQEhBwJAAkACQCACIANBKGoQhQFFDQAgA0EoahCoByASQgA3AwAgE0IANwMAIBRCADcDACADQQhqIg5CADcDACADQgA3AwACQCAAKAKsISIFIAAoArAhRwRAIBAgBSADEP8BIAAgACgCrCFBKGo2AqwhDAELIA8gAxCAAgsgAywAI0F/TARAIAMoAhgQPAsgAywAF0F/TARAIAMoAgwQPAsgAywAC0F/TARAIAMoAgAQPAtBACEBIAMgAygCKCADQShqIAMsADNBAEgbNgI4QQAhByADQShqIANBOGoQpgciBSADKAIoIgggA0EoaiADLQAzIgZBGHRBGHVBAEgiBBsgAygCLCAGIAQbakYNAANAAkAgAUEDSw0AAkACQAJAAkAgAUEBaw4DAQIDAAsgA0EoaiAFIAggA0EoaiAEQQFxG2tBFEH6G0EUEPYCRQ0DIAIoAvSBBBpBASEHDAULIAMoAjgiBiAFayEIQQohBCAAKAKsISIJQWNqLQAAIgpBGHRBGHUiC0F/SiINRQRAIAlBYGooAgBB/////wdxQX9qIQQLIAlBWGohBwJ/IAggBEsEfyAHIAQgCCAEawJ/IA1FBEAgCUFcaigCACEKCyAKC0EAIApBABDeAiAHLQALBSALC0EYdEEYdUF/TARAIAcoAgAMAQsgBwshBCAFIAZHBEADQCAEIAUtAAA6AAAgBEEBaiEEIAVBAWoiBSAGRw0ACwsgBEEAOgAAAkAgBywAC0F/TARAIAlBXGogCDYCAAwBCyAHIAg6AAsLIAAoAqwhQVhqQS9BABDsAiIEQX9GDQIgACgCrCEhBiAOQQA2AgAgA0IANwMAIAZBXGooAgAgBkFjai0AACIFIAVBGHRBGHVBAEgiCBsiBSAETQ0FIAUgBEEBaiIJayIFQXBPDQggBkFYaiIHKAIAIQsCQAJAIAVBC08EQCAFQRBqQXBxIgoQXSEGIAMgCkGAgICAeHI2AgggAyAGNgIAIAMgBTYCBAwBCyADIAU6AAsgAyEGIAVFDQELIAYgCyAHIAgbIAlqIAUQGhoLIAUgBmpBADoAACAHIAQQ2wIgACgChCAgAygCACADIAMsAAtBAEgbELYBIQUgACgCrCFBfGogBTsBACADLAALQX9KDQIgAygCABA8DAILIAMoAjgiBiAFayEIQQohBCAAKAKsISIJQW9qLQAAIgpBGHRBGHUiC0F/SiINRQRAIAlBbGooAgBB/////wdxQX9qIQQLIAlBZGohBwJ/IAggBEsEfyAHIAQgCCAEawJ/IA1FBEAgCUFoaigCACEKCyAKC0EAIApBABDeAiAHLQALBSALC0EYdEEYdUF/TARAIAcoAgAMAQsgBwshBCAFIAZHBEADQCAEIAUtAAA6AAAgBEEBaiEEIAVBAWoiBSAGRw0ACwsgBEEAOgAAAkAgBywAC0F/TARAIAlBaGogCDYCAAwBCyAHIAg6AAsLIAAoAqwhQWRqQS9BABDsAiIEQX9GDQEgACgCrCEhBiAOQQA2AgAgA0IANwMAIAZBaGooAgAgBkFvai0AACIFIAVBGHRBGHVBAEgiCBsiBSAETQ0EIAUgBEEBaiIJayIFQXBPDQcgBkFkaiIHKAIAIQsCQAJAIAVBC08EQCAFQRBqQXBxIgoQXSEGIAMgCkGAgICAeHI2AgggAyAGNgIAIAMgBTYCBAwBCyADIAU6AAsgAyEGIAVFDQELIAYgCyAHIAgbIAlqIAUQGhoLIAUgBmpBADoAACAHIAQQ2wIgACgChCAgAygCACADIAMsAAtBAEgbELYBIQUgACgCrCFBfmogBTsBACADLAALQX9KDQEgAygCABA8DAELIAMoAjgiBiAFayEIQQohBCAAKAKsISIJQXtqLQAAIgpBGHRBGHUiC0F/SiINRQRAIAlBeGooAgBB/////wdxQX9qIQQLIAlBcGohBwJ/IAggBEsEfyAHIAQgCCAEawJ/IA1FBEAgCUF0aigCACEKCyAKC0EAIApBABDeAiAHLQALBSALC0EYdEEYdUF/TARAIAcoAgAMAQsgBwshBCAFIAZHBEADQCAEIAUtAAA6AAAgBEEBaiEEIAVBAWoiBSAGRw0ACwsgBEEAOgAAAkAgBywAC0F/TARAIAlBdGogCDYCAAwBCyAHIAg6AAsLIABBATYCtCELQQAhByABQQFqIQEgA0EoaiADQThqEKYHIgUgAygCKCIIIANBKGogAy0AMyIGQRh0QRh1QQBIIgQbIAMoAiwgBiAEG2pHDQALCyADLAAzQX9MBEAgAygCKBA8CyAHRQ0BDAULENACAAsgFUEBaiIVIAxHDQALQQEMAwsQzwIACyACKAL0gQQaC0EACyEFIANBQGsiACMCSQRAEBMLIAAkACAFC8UNAQ1/IwBBMGsiAyIEIwJJBEAQEwsgBCQAAn8CQCAALQC4IQRAIAIoAvSBBBoMAQsgAEEBOgC4ISADIAEoAgAgASABLAALQQBIGzYCKAJAIAEgA0EoahCmByIEIAEoAgAgASABLQALIgVBGHRBGHVBAEgiBhsgASgCBCAFIAYbakYNACAAQbwhaiELQX8hCCADQSBqIQwCQANAIAlBAU0EQCAJQQFrRQRAIAxBADYCACADQgA3AxggAygCKCIGIARrIgpBcE8NAwJAIApBCk0EQCADIAo6ACMgA0EYaiEFDAELIApBEGpBcHEiCBBdIQUgAyAIQYCAgIB4cjYCICADIAU2AhggAyAKNgIcCyAEIAZHBEADQCAFIAQtAAA6AAAgBUEBaiEFIARBAWoiBCAGRw0ACwsgBUEAOgAAAkAgAywAI0EATgRAIANBGGoQmQEhCAwBCyADKAIYIgQQmQEhCCAEEDwLIAhBAEwEQCACKAL0gQQaDAYLIAsgCBCBAgsgB0EBaiEHCyAJQQFqIQkgASADQShqEKYHIgQgASgCACABIAEtAAsiBUEYdEEYdUEASCIGGyABKAIEIAUgBhtqRw0ACyAHQQJHDQFBASAIQQFIDQMaIABBvCFqIQ0gA0EgaiEOA0AgDkEANgIAIANCADcDGAJAAkACQAJ/AkAgAiADQRhqEIUBRQ0AIANBGGoQqAcgA0EANgIQIANCADcDCAJAIAAoAsAhIgUgACgCxCFHBEAgBUEANgIIIAVCADcCAAJAIAMoAgwgAygCCCIEayIGRQ0AIAZBf0wNBiAFIAYQXSIBNgIAIAUgATYCBCAFIAEgBkEBdUEBdGo2AgggAygCDCADKAIIIgRrIgZBAUgNACAFIAEgBCAGEBogBmo2AgQLIAAgACgCwCFBDGo2AsAhDAELIA0gA0EIahCCAiADKAIIIQQLIAQEQCADIAQ2AgwgBBA8C0EAIQkgAyADKAIYIANBGGogAywAI0EASBs2AiggA0EYaiADQShqEKYHIgQgAygCGCIBIANBGGogAy0AIyIGQRh0QRh1QQBIIgUbIAMoAhwgBiAFG2pHBEADQAJAIAlBAUsNACAJQQFrBEAgA0EYaiAEIAEgA0EYaiAFQQFxG2tBDEGPHEEMEPYCRQ0BIAIoAvSBBBpBACEIDAQLIAQhBQJAAkAgBCADKAIoIgZGIgENAANAIAUtAABBKEYNASAFQQFqIgUgBkcNAAsMAQsgBSAGRg0AIAENAQNAIARBAWohASAEIQUCQCAELQAAQShHDQACQANAIAYgBUEBaiIFRwRAIAUtAABBKUcNAQwCCwsgBCEFDAELIAEhBCAFIQELAkACQCAELQAAIgZBP0dBACAGQSpHG0UEQCAAKALAISEEIAMgBjsBCCAEQXhqIgcoAgAiASAEQXxqKAIARwRAIAEgBjsBACAHIAFBAmo2AgAMAgsgBEF0aiADQQhqEIMCDAELIAAoAoQgIQogACgCwCEhDCADQQA2AhAgA0IANwMIIAEgBGsiB0FwTw0BAkAgB0EKTQRAIAMgBzoAEyADQQhqIQYMAQsgB0EQakFwcSILEF0hBiADIAtBgICAgHhyNgIQIAMgBjYCCCADIAc2AgwLIAxBdGohByABIARHBEADQCAGIAQtAAA6AAAgBkEBaiEGIARBAWoiBCABRw0ACwsgBkEAOgAAIAogByADQQhqIAIQxgEgAywAE0F/Sg0AIAMoAggQPAsgAygCKCIGIAVBAWoiBEcNAQwDCwsQzwIACyAAKAKEICEKIAAoAsAhIQwgA0EANgIQIANCADcDCCAGIARrIgdBcE8NBQJAIAdBCk0EQCADIAc6ABMgA0EIaiEFDAELIAdBEGpBcHEiCxBdIQUgAyALQYCAgIB4cjYCECADIAU2AgggAyAHNgIMCyAMQXRqIQcgAUUEQANAIAUgBC0AADoAACAFQQFqIQUgBEEBaiIEIAZHDQALCyAFQQA6AAAgCiAHIANBCGogAhDGASADLAATQX9KDQAgAygCCBA8CyAJQQFqIQkgA0EYaiADQShqEKYHIgQgAygCGCIBIANBGGogAy0AIyIGQRh0QRh1QQBIIgUbIAMoAhwgBiAFG2pHDQALC0EAIAAoAsAhQXRqIgUoAgAgBSgCBEcNARogAigC9IEEGgtBAQshBCADLAAjQX9MBEAgAygCGBA8CyAERQ0CDAYLEM8CAAsQcwALIA9BAWoiDyAISA0AC0EBDAMLEM8CAAsgAigC9IEEGgtBAAshBCADQTBqIgAjAkkEQBATCyAAJAAgBAutCwEMfyMAQTBrIgMiBCMCSQRAEBMLIAQkAAJ/AkAgAC0AhCEEQCACKAL0gQQaDAELIABBAToAhCEgAyABKAIAIAEgASwAC0EASBs2AigCQCABIANBKGoQpgciBCABKAIAIAEgAS0ACyIFQRh0QRh1QQBIIgYbIAEoAgQgBSAGG2pGDQAgAEGIIWohDEF/IQggA0EgaiEKAkADQCAHQQFNBEAgB0EBa0UEQCAKQQA2AgAgA0IANwMYIAMoAigiBiAEayILQXBPDQMCQCALQQpNBEAgAyALOgAjIANBGGohBQwBCyALQRBqQXBxIggQXSEFIAMgCEGAgICAeHI2AiAgAyAFNgIYIAMgCzYCHAsgBCAGRwRAA0AgBSAELQAAOgAAIAVBAWohBSAEQQFqIgQgBkcNAAsLIAVBADoAAAJAIAMsACNBAE4EQCADQRhqEJkBIQgMAQsgAygCGCIEEJkBIQggBBA8CyAIQQBMBEAgAigC9IEEGgwGCyAMIAgQhAILIAlBAWohCQsgB0EBaiEHIAEgA0EoahCmByIEIAEoAgAgASABLQALIgVBGHRBGHVBAEgiBhsgASgCBCAFIAYbakcNAAsgCUECRw0BQQEgCEEBSA0DGiAAQYghaiENIANBIGohDkEAIQwDQCAOQQA2AgAgA0IANwMYAkACQAJ/AkAgAiADQRhqEIUBRQ0AIANBGGoQqAcgA0EANgIQIANCADcDCAJAIAAoAowhIgQgACgCkCFHBEAgBCADQQhqEJkIGiAAIAAoAowhQQxqNgKMIQwBCyANIANBCGoQhQILIAMoAggiBgRAAn8gBiAGIAMoAgwiBUYNABoDQCAFQXRqIQQgBUF/aiwAAEF/TARAIAQoAgAQPAsgBCEFIAQgBkcNAAsgAygCCAshBCADIAY2AgwgBBA8C0EAIQogAyADKAIYIANBGGogAywAI0EASBs2AiggA0EYaiADQShqEKYHIgQgAygCGCIBIANBGGogAy0AIyIGQRh0QRh1QQBIIgUbIAMoAhwgBiAFG2pHBEADQAJAIApBAUsNACAKQQFrBEAgA0EYaiAEIAEgA0EYaiAFQQFxG2tBA0GcHEEDEPYCRQ0BIAIoAvSBBBpBACEIDAQLIAMoAigiBSAERg0AA0AgBEEBaiEGIAQhAQJAIAQtAAAiB0EoRgRAAkADQCABQQFqIgEgBUYNASABLQAAQSlHDQALIAYhBCABIQYMAgsgBCEBDAELIAdBwAFJDQAgACgCsCBFDQACQCAFIAZHBEADQCAGLQAAQcABcUGAAUcNAiAGQQFqIgYgBUcNAAsLIAUhBgsgBkF/aiEBCyAAKAKMISEJIANBADYCECADQgA3AwggBiAEayIHQXBPDQYCQCAHQQpNBEAgAyAHOgATIANBCGohBQwBCyAHQRBqQXBxIgsQXSEFIAMgC0GAgICAeHI2AhAgAyAFNgIIIAMgBzYCDAsgBCAGRwRAA0AgBSAELQAAOgAAIAVBAWohBSAEQQFqIgQgBkcNAAsLIAVBADoAAAJAIAlBeGoiBCgCACIFIAlBfGooAgBHBEAgBSADQQhqENECGiAEIAQoAgBBDGo2AgAMAQsgCUF0aiADQQhqEJwICyADLAATQX9MBEAgAygCCBA8CyADKAIoIgUgAUEBaiIERw0ACwsgCkEBaiEKIANBGGogA0EoahCmByIEIAMoAhgiASADQRhqIAMtACMiBkEYdEEYdUEASCIFGyADKAIcIAYgBRtqRw0ACwtBACAAKAKMIUF0aiIFKAIAIAUoAgRHDQEaIAIoAvSBBBoLQQELIQQgAywAI0F/TARAIAMoAhgQPAsgBEUNAQwFCxDPAgALIAxBAWoiDCAISA0AC0EBDAMLEM8CAAsgAigC9IEEGgtBAAshBCADQTBqIgAjAkkEQBATCyAAJAAgBAvkCAELfyMAQTBrIgMiBCMCSQRAEBMLIAQkAAJAAkACQAJAIAAtAJQhBEAgAigC9IEEGgwBCyAAQQE6AJQhIAMgASgCACABIAEsAAtBAEgbNgIoAkACQAJAIAEgA0EoahCmByIFIAEoAgAgASABLQALIgRBGHRBGHVBAEgiBxsgASgCBCAEIAcbakYNACAAQZghaiEKIANBIGohC0F/IQYDQCAIQQFNBEAgCEEBa0UEQCALQQA2AgAgA0IANwMYIAMoAigiByAFayIGQXBPDQgCQCAGQQpNBEAgAyAGOgAjIANBGGohBAwBCyAGQRBqQXBxIgwQXSEEIAMgDEGAgICAeHI2AiAgAyAENgIYIAMgBjYCHAsgBSAHRwRAA0AgBCAFLQAAOgAAIARBAWohBCAFQQFqIgUgB0cNAAsLIARBADoAAAJAIAMsACNBAE4EQCADQRhqEJkBIQYMAQsgAygCGCIFEJkBIQYgBRA8CyAGQX9MBEAgAigC9IEEGgwHCyAGRQRAQQEhCQwICyAKIAYQhgILIAlBAWohCQsgCEEBaiEIIAEgA0EoahCmByIFIAEoAgAgASABLQALIgRBGHRBGHVBAEgiBxsgASgCBCAEIAcbakcNAAsgCUECRw0AQQEhCSAGQQFIDQIgAEGYIWohDSADQSBqIQxBACEKDAELIAIoAvSBBBoMAgsDQCAMQQA2AgAgA0IANwMYAn9BASACIANBGGoQhQFFDQAaIANBGGoQqAcgAyADKAIYIANBGGogAywAI0EASBs2AihBACIBIANBGGogA0EoahCmByIFIAMoAhgiCCADQRhqIAMtACMiB0EYdEEYdUEASCIEGyADKAIcIAcgBBtqRg0AGgNAAkAgAUEBSw0AIAFBAWsEQCADQRhqIAUgCCADQRhqIARBAXEba0EFQaAcQQUQ9gJFDQEgAigC9IEEGkEAIQZBAQwDCyADQQA2AhAgA0IANwMIIAMoAigiByAFayIIQXBPDQgCQCAIQQpNBEAgAyAIOgATIANBCGohBAwBCyAIQRBqQXBxIgsQXSEEIAMgC0GAgICAeHI2AhAgAyAENgIIIAMgCDYCDAsgBSAHRwRAA0AgBCAFLQAAOgAAIARBAWohBCAFQQFqIgUgB0cNAAsLIARBADoAAAJAIAAoApwhIgUgACgCoCFHBEAgBSADQQhqENECGiAAIAAoApwhQQxqNgKcIQwBCyANIANBCGoQnAgLIAMsABNBf0oNACADKAIIEDwLIAFBAWohASADQRhqIANBKGoQpgciBSADKAIYIgggA0EYaiADLQAjIgdBGHRBGHVBAEgiBBsgAygCHCAHIAQbakcNAAtBAAshASADLAAjQX9MBEAgAygCGBA8CyABDQIgCkEBaiIKIAZIDQALCyAAQZwhaigCACAAKAKYIWtBDG0gBkYNASACKAL0gQQaC0EAIQkLIANBMGoiACMCSQRAEBMLIAAkACAJDwsQzwIACxDPAgALhicBD38jAEHQAGsiBSIHIwJJBEAQEwsgByQAIAUgAjoASCAFIAA2AkQgBUEANgJAIAVCADcDOCAFIAEoAgAgASABLAALQQBIGzYCMAJAAkACQAJAAkACQCABIAVBMGoQpgciBiABKAIAIAEgAS0ACyIHQRh0QRh1QQBIIgsbIAEoAgQgByALG2pHBEBBAUECIAJB0wBGGyESIAVBKGohDSACQdAARyERA0ACQCAJQQNLDQACQAJAAkACQCAJQQFrDgMBAgMACyAIQQFqIQgMAwsgACgChCAhECANQQA2AgAgBUIANwMgIAUoAjAiCyAGayIKQXBPDQcCQCAKQQpNBEAgBSAKOgArIAVBIGohBwwBCyAKQRBqQXBxIhMQXSEHIAUgE0GAgICAeHI2AiggBSAHNgIgIAUgCjYCJAsgBiALRwRAA0AgByAGLQAAOgAAIAdBAWohByAGQQFqIgYgC0cNAAsLIAdBADoAACAQIAUoAiAgBUEgaiAFLAArQQBIGxC2ASEKIAUsACtBf0wEQCAFKAIgEDwLAkACQCACQdMARgRAIAQgCmotAABBAXENAQwCCyARDQEgBCAKai0AAEECcUUNAQsgAygC9IEEGgsgCEEBaiEIIAQgCmoiBiAGLQAAIBJqOgAADAILQQEgDCAGLQAAQdkARhshDCAIQQFqIQgMAQsgDUEANgIAIAVCADcDICAFKAIwIgsgBmsiDkFwTw0EAkAgDkEKTQRAIAUgDjoAKyAFQSBqIQcMAQsgDkEQakFwcSIQEF0hByAFIBBBgICAgHhyNgIoIAUgBzYCICAFIA42AiQLIAYgC0cEQANAIAcgBi0AADoAACAHQQFqIQcgBkEBaiIGIAtHDQALCyAHQQA6AAACQCAFLAArQQBOBEAgBUEgahCZASEODAELIAUoAiAiBhCZASEOIAYQPAsgDkEBTkEAIA5BgICAIEkbRQRAIAAoAoQgIApB//8DcRDIASIGRQ0JIAMoAvSBBBogBhA8DAkLIAhBAWohCCAFQThqIA4gDEECaiAMIAAoArAgGyIGQQRqIAYgACgChCAQywEbIgZBCGogBiAAKAKEIBDMARtBGHRBGHUgCkH//wNxEIcCCyAJQQFqIQkgASAFQTBqEKYHIgYgASgCACABIAEtAAsiB0EYdEEYdUEASCILGyABKAIEIAcgCxtqRw0ACyAIQQRGDQELIAAoAoQgIApB//8DcRDIASIGRQ0FIAMoAvSBBBogBhA8DAULAn9BACAFKAI4IgwgBSgCPCINRg0AGiAMKAIACyEBAkAgDkEBTgRAIABB1CJqIREgAEHIImohECAFQShqIRMgCkH//wNxIQQgAkHTAEYhEkEAIQ0CQANAIBNBADYCACAFQgA3AyACfwJAIAMgBUEgahCFAUUNACAFQSBqEKgHIAUgBSgCICAFQSBqIAUsACtBAEgbNgIwIAVBIGogBUEwahCmByIGIAUoAiAgBUEgaiAFLQArIgdBGHRBGHVBAEgiCxsgBSgCJCAHIAsbakcEQEEAIQtBACEMA0ACQCALQQVLDQACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgC0EBaw4FAQIDBAoACyAMQQFqIQwgDUUNDiAFQThqEIgCIQEMDgsgBUEANgIYIAVCADcDECAFKAIwIgkgBmsiCEFwTw0HAkAgCEEKTQRAIAUgCDoAGyAFQRBqIQcMAQsgCEEQakFwcSIKEF0hByAFIApBgICAgHhyNgIYIAUgBzYCECAFIAg2AhQLIAYgCUcEQANAIAcgBi0AADoAACAHQQFqIQcgBkEBaiIGIAlHDQALCyAHQQA6AAACQCAAKAKEICAFKAIQIAVBEGogBSwAG0EASBsQtgEgBEcEQEEBIQYgACgChCAgBBDIASIHRQ0BIAMoAvSBBBogBxA8DAELQQohBiANRQ0AIAEgBSgCOCgCAC8BHjsBHgsgBSwAG0F/TARAIAUoAhAQPAsgBkEKRg0JDBALIAVBADYCGCAFQgA3AxAgBSgCMCIJIAZrIghBcE8NBQJAIAhBCk0EQCAFIAg6ABsgBUEQaiEHDAELIAhBEGpBcHEiChBdIQcgBSAKQYCAgIB4cjYCGCAFIAc2AhAgBSAINgIUCyAGIAlHBEADQCAHIAYtAAA6AAAgB0EBaiEHIAZBAWoiBiAJRw0ACwsgB0EAOgAAIAFBEGoiBiAFQRBqENYCIAUsABtBf0wEQCAFKAIQEDwLAkAgACgCtCBFDQAgACgCsCAEQCAGELUHGgwBCyAGELQHCyAMQQFqIQwgBhD1Ag0MIAYsAAtBf0wEQCABKAIQQQA6AAAgAUEANgIUDA0LIAZBADoACyAGQQA6AAAMDAsgAUEAOwE8IAFCADcCNCAGIQcCQCAGIAUoAjAiCUYiCg0AA0AgBy0AAEEvRg0BIAdBAWoiByAJRw0ACwwKCyAHIAlGDQkgBUEYaiIPQQA2AgAgBUIANwMQIAcgBmsiCEFwTw0DAkAgCEEKTQRAIAUgCDoAGyAFQRBqIQkMAQsgCEEQakFwcSIKEF0hCSAFIApBgICAgHhyNgIYIAUgCTYCECAFIAg2AhQLIAYgB0cEQANAIAkgBi0AADoAACAJQQFqIQkgBkEBaiIGIAdHDQALCyAJQQA6AAAgAUEEaiIKIAVBEGoQ1gIgBSwAG0F/TARAIAUoAhAQPAsgD0EANgIAIAVCADcDECAFKAIwIgkgB0EBaiIHayIIQXBPDQICQCAIQQpNBEAgBSAIOgAbIAVBEGohBgwBCyAIQRBqQXBxIg8QXSEGIAUgD0GAgICAeHI2AhggBSAGNgIQIAUgCDYCFAsgByAJRwRAA0AgBiAHLQAAOgAAIAZBAWohBiAHQQFqIgcgCUcNAAsLIAZBADoAAAJAAn8gECwACyIGQX9MBEAgACgCzCIMAQsgBkH/AXELRQ0AIAAoArAgBEAgCiAREMkHGgwBCyAKIBAQygcLAkAgACgCtCBFDQAgACgCsCAEQCAKELUHGgwBCyAKELQHCyABQThqIQYCQCAAKAKEIBDLAQRAIAEgACgChCAgBSgCECAFQRBqIAUsABtBAEgbEJkBIAYgAxDFASIJOwE8DAELIAAoAoQgIQggBUEANgIIIAVCADcDACAFKAIQIAVBEGogBSwAG0EASBsiChBeIgdBcE8NAgJAAkAgB0ELTwRAIAdBEGpBcHEiDxBdIQkgBSAPQYCAgIB4cjYCCCAFIAk2AgAgBSAHNgIEDAELIAUgBzoACyAFIQkgB0UNAQsgCSAKIAcQGhoLIAcgCWpBADoAACABIAggBiAFIAMQuQEiBzsBPCAFLAALQX9MBEAgBSgCABA8IAEvATwhBwsgBigCACIGIAYgB0EQdEEQdUEBdGogBRCmASABLwE8IQkLIABBATYCmCNBACEGQQAhByAJQRB0QRB1QQBMDQgDQCAAIAEoAjggBkEBdGovAQBqQZwjakEBOgAAIAdBAWoiB0H//wNxIgYgAS4BPEgNAAsMCAsgBUEANgIYIAVCADcDECAFKAIwIgkgBmsiCEFwSQRAAkAgCEEKTQRAIAUgCDoAGyAFQRBqIQcMAQsgCEEQakFwcSIKEF0hByAFIApBgICAgHhyNgIYIAUgBzYCECAFIAg2AhQLIAYgCUcEQANAIAcgBi0AADoAACAHQQFqIQcgBkEBaiIGIAlHDQALCyAHQQA6AAACQCAAKAK0IEUNAAJAIAAoArAgBEAgBUEQahC1BxoMAQsgBUEQahC0BwsgBSgCFCAFLQAbIgYgBkEYdEEYdSIGQQBIGyIHRQ0AQQAhCSAFKAIQIAVBEGogBkEASBsgB2ohBgNAIAkhBwJAAkACQAJAIAYiCEF/aiIGLAAAIgpBpX9qIglBA0sNAAJAAkACQCAJQQFrDgMDAQIACyAHBEAgCEHbADoAACAHIQkMBgsgBkHdADoAAAwDCyAGQdsAOgAAQQAhCSAHRQ0EIAhB3gA6AAAMBAtBASEJIAgtAABB3QBGDQMMAgsgBw0BC0EAIQkMAQsgCCAKOgAAIAchCQsgBiAFKAIQIAVBEGogBSwAG0EASBtHDQALCwJAIAEtABsiBkEYdEEYdSIHQX9MBH8gASgCFAUgBgtFDQAgAUEQaiEGAn8CfyAFKAIUIAUtABsiCSAJQRh0QRh1QQBIG0EBRgRAIAVBEGpBAEF/QcwdQQEQ9gJFDQMgBi0ACyEHCyAHQRh0QRh1QX9MCwRAIAEoAhAhBiABKAIUDAELIAdB/wFxCyEHIAMoAvSBBBogACACIAYgByAFKAIQIAVBEGogBSwAG0EASBsQiQJFDQAgBUEQakHMHRDjAgsCQCASRQRAIAUtABshBwwBCyAFQRBqELQHIAUoAhQgBS0AGyIGIAZBGHRBGHUiB0EASBsiBkUNAEEAIQkgBSgCECAFQRBqIAdBAEgbIAZqIQYDQCAJIQcCQAJAAkACQCAGIghBf2oiBiwAACIKQaV/aiIJQQNLDQACQAJAAkAgCUEBaw4DAwECAAsgBwRAIAhB2wA6AAAgByEJDAYLIAZB3QA6AAAMAwsgBkHbADoAAEEAIQkgB0UNBCAIQd4AOgAADAQLQQEhCSAILQAAQd0ARg0DDAILIAcNAQtBACEJDAELIAggCjoAACAHIQkLIAYgBSgCECAFQRBqIAUsABsiB0EASBtHDQALCyAAIAEgBSgCECAFQRBqIAdBGHRBGHVBAEgbEIoCIQYgBSwAG0F/TARAIAUoAhAQPAsgBkUNBwwOCxDPAgALEM8CAAsQzwIACxDPAgALEM8CAAsQzwIACyAFQQA2AhggBUIANwMQAn8CQCAFKAIwIgkgBmsiCEFwSQRAAkAgCEEKTQRAIAUgCDoAGyAFQRBqIQcMAQsgCEEQakFwcSIKEF0hByAFIApBgICAgHhyNgIYIAUgBzYCECAFIAg2AhQLIAYgCUcEQANAIAcgBi0AADoAACAHQQFqIQcgBkEBaiIGIAlHDQALCyAHQQA6AAAgACgChCAQzAEEQCABIAAoAoQgIAUoAhAgBUEQaiAFLAAbQQBIGxCZARC+ATYCNAwCCwJAIAAoArQgRQ0AIAAoArAgBEAgBUEQahC1BxoMAQsgBUEQahC0BwsgBSgCMCIJIAUoAiAgBUEgaiAFLQArIgZBGHRBGHVBAEgiBxsgBSgCJCAGIAcbaiIGRwRAIAVBEGogCSAGEIsCCyABIAUoAhAgBUEQaiAFLAAbQQBIGxCnByIGNgI0IAYNAUEBDAILEM8CAAtBCgshBiAFLAAbQX9MBEAgBSgCEBA8CyAGQQpHDQcLIAxBAWohDAwDCyAFLAAbQX9KDQEgBSgCEBA8DAELIAVBADYCGCAFQgA3AxAgCSAGayIIQXBPDQkCQCAIQQpNBEAgBSAIOgAbIAVBEGohBwwBCyAIQRBqQXBxIg8QXSEHIAUgD0GAgICAeHI2AhggBSAHNgIQIAUgCDYCFAsgCkUEQANAIAcgBi0AADoAACAHQQFqIQcgBkEBaiIGIAlHDQALCyAHQQA6AAAgAUEEaiIGIAVBEGoQ1gIgBSwAG0F/TARAIAUoAhAQPAsCQAJ/IBAsAAsiB0F/TARAIAAoAswiDAELIAdB/wFxC0UNACAAKAKwIARAIAYgERDJBxoMAQsgBiAQEMoHCyAAKAK0IEUNACAAKAKwIARAIAYQtQcaDAELIAYQtAcLIAxBAWohDCABQQRqIgYQ9QINACAGLAALQX9MBEAgASgCBEEAOgAAIAFBADYCCAwBCyAGQQA6AAsgBkEAOgAACyALQQFqIQsgBUEgaiAFQTBqEKYHIgYgBSgCICAFQSBqIAUtACsiB0EYdEEYdUEASCIJGyAFKAIkIAcgCRtqRw0AC0EAIAxBA0oNAhoLIAAoAoQgIAQQyAEiBkUNACADKAL0gQQaIAYQPAtBAQshBiAFLAArQX9MBEAgBSgCIBA8CyAGRQRAIA1BAWoiDSAORg0CDAELC0EAIQ8MBwsgBSgCPCENIAUoAjghDAsgDCANRg0EIAJB0ABHIQoDQCAMKAIAIQgCQAJAIApFBEAgCEEEaiELAn8gCCwAD0F/TARAIAsoAgAMAQsgCwshBiAIIAAgCC0AHkECdGpBgBBqIgcoAgA2AlAgByAINgIAIAYtAABFBEAgCCAAKAIANgJEIAAgCDYCAAwDCyAIQgA3AkggACAGLQAAQQJ0aiIGKAIAIgdFDQEgCywACyEJA0AgCyEBIAciBkEEaiEHIAlBf0wEfyALKAIABSABCyAGLAAPQX9MBH8gBygCAAUgBwsQQ0EATARAIAYoAkgiBw0BIAYgCDYCSAwECyAGKAJMIgcNAAsgBiAINgJMDAILIAAgCBCMAgwBCyAGIAg2AgALIA0gDEEEaiIMRw0ACwwDCxDPAgALEM8CAAsQzwIACyAFKAI4IQwLIAUgDDYCPEEBIQ8LAkAgBSgCPCIAIAUoAjgiB0YEQCAAIQcMAQtBACEGA0AgByAGQQJ0aigCACIBBEAgASABKAIAKAIEEQQAIAUoAjghByAFKAI8IQALIAZBAWoiBiAAIAdrQQJ1SQ0ACwsgBwRAIAUgBzYCPCAHEDwLIAVB0ABqIgAjAkkEQBATCyAAJAAgDwtuAQJ/IAEEQCABEIQBEDwLQQEhAUEBIQIDQCAAIAJBAnRqIgMgACADKAIAQQAQ+QE2AgAgAkEBaiICQYACRw0ACwNAIAAgAUECdGpBgAhqIgIgACACKAIAQQAQ+gE2AgAgAUEBaiIBQYACRw0ACwv1BAENf0EBIQkDQAJAIAAgCUECdGoiDCgCACIFRQ0AAkAgBSgCRCIBBEAgAUUhCwNAIAUiB0EEaiEEIAVBD2oiDSwAACEIIAEiBSEGAkADQCAEIQIgCEF/TARAIAQoAgAhAgsgBkEEaiEDIAYsAA9Bf0wEQCADKAIAIQMLAkAgAi0AACIBRQ0AIAFBLkYgASADLQAARnJFDQADQCACLQABIgFFDQEgAy0AASEKIANBAWohAyACQQFqIQIgAUEuRiABIApGcg0ACwsgAQ0BIAYoAkQiBg0AC0EAIQYLIAdBADYCSCAHIAY2AkwgCw0CIA0sAABBf0wEQCAEKAIAIQQLIAVBBGohAiAFLAAPQX9MBEAgAigCACECCwJAIAQtAAAiAUUNACABQS5GIAEgAi0AAEZyRQ0AA0AgBC0AASIBRQ0BIAItAAEhAyACQQFqIQIgBEEBaiEEIAFBLkYgASADRnINAAsLIAFFBEAgByAFNgJICyAFKAJEIgFFIQsgAQ0ACwsgBUIANwJICyAMKAIAIgFFDQADQCABKAJEIgdFDQEgAUEEaiEGIAEsAA8hBUEAIQggByEBAkACQANAIAEhBCAGIQIgBUF/TARAIAYoAgAhAgsgBEEEaiEDIAQsAA9Bf0wEQCADKAIAIQMLAkAgAi0AACIBRQ0AIAFBLkYgASADLQAARnJFDQADQCACLQABIgFFDQEgAy0AASEKIANBAWohAyACQQFqIQIgAUEuRiABIApGcg0ACwsgAUUEQCAEIQggBCgCRCIBDQEMAgsLIAgiBEUNAQsgBEEANgJMCyAHIgENAAsLIAlBAWoiCUGAAkcNAAsL/wQBDX9BASEJA0ACQCAAIAlBAnRqQYAIaiIMKAIAIgVFDQACQCAFKAJQIgEEQCABRSELA0AgBSIHQcQAaiEEIAVBzwBqIg0sAAAhCCABIgUhBgJAA0AgBCECIAhBf0wEQCAEKAIAIQILIAZBxABqIQMgBiwAT0F/TARAIAMoAgAhAwsCQCACLQAAIgFFDQAgAUEuRiABIAMtAABGckUNAANAIAItAAEiAUUNASADLQABIQogA0EBaiEDIAJBAWohAiABQS5GIAEgCkZyDQALCyABDQEgBigCUCIGDQALQQAhBgsgB0EANgJUIAcgBjYCWCALDQIgDSwAAEF/TARAIAQoAgAhBAsgBUHEAGohAiAFLABPQX9MBEAgAigCACECCwJAIAQtAAAiAUUNACABQS5GIAEgAi0AAEZyRQ0AA0AgBC0AASIBRQ0BIAItAAEhAyACQQFqIQIgBEEBaiEEIAFBLkYgASADRnINAAsLIAFFBEAgByAFNgJUCyAFKAJQIgFFIQsgAQ0ACwsgBUIANwJUCyAMKAIAIgFFDQADQCABKAJQIgdFDQEgAUHEAGohBiABLABPIQVBACEIIAchAQJAAkADQCABIQQgBiECIAVBf0wEQCAGKAIAIQILIARBxABqIQMgBCwAT0F/TARAIAMoAgAhAwsCQCACLQAAIgFFDQAgAUEuRiABIAMtAABGckUNAANAIAItAAEiAUUNASADLQABIQogA0EBaiEDIAJBAWohAiABQS5GIAEgCkZyDQALCyABRQRAIAQhCCAEKAJQIgENAQwCCwsgCCIERQ0BCyAEQQA2AlgLIAciAQ0ACwsgCUEBaiIJQYACRw0ACwvRCQEGfwNAIAAgAkECdGoiAUGAEGpBADYCACABKAIAIQEDQCABBEAgASgCRCEDIAEgASgCACgCBBEEACADIQEMAQsLIAJBAWoiAkGAAkcNAAtBACECA0AgACACQQJ0aiIBQYAYakEANgIAIAFBgAhqIgQoAgAhAQNAIAEEQCABKAJQIQMgASABKAIAKAIEEQQAIAMhAQwBCwsgBEEANgIAIAJBAWoiAkGAAkcNAAsgACgC/CAiAQRAIAEQlQEQPAsgACgCgCEiAQRAIAEQlQEQPAsgACgCyCEiBARAIAQoAgQiAgRAAn8gAiACIAQoAggiA0YNABoDQCADQXRqIQEgA0F/aiwAAEF/TARAIAEoAgAQPAsgASEDIAEgAkcNAAsgBCgCBAshASAEIAI2AgggARA8CyAEEDwLIABBADsBgCMgAEEANgL8IiAAQgA3AuQhIABBADYChCAgAEIANwK4ICAAQgA3AuAgIABBviBqQgA3AQAgAEHoIGpBADYCABDGByAAQQA2AqwiIABB9yJqLAAAQX9MBEAgACgC7CIQPAsgAEHrImosAABBf0wEQCAAKALgIhA8CyAAKALUIiIBBEAgAEHYImogATYCACABEDwLIABB0yJqLAAAQX9MBEAgACgCyCIQPAsgACgCvCIiAQRAIABBwCJqIAE2AgAgARA8CyAAQbsiaiwAAEF/TARAIAAoArAiEDwLIABBjyJqLAAAQX9MBEAgACgChCIQPAsgACgC+CEiAQRAIABB/CFqIAE2AgAgARA8CyAAQfchaiwAAEF/TARAIAAoAuwhEDwLIAAoArwhIgQEQAJ/IAQgBCAAQcAhaigCACIDRg0AGgNAIANBdGoiASgCACICBEAgA0F4aiACNgIAIAIQPAsgASEDIAEgBEcNAAsgACgCvCELIQEgACAENgLAISABEDwLIAAoAqghIgIEQAJ/IAIgAiAAQawhaigCACIBRg0AGgNAIAFBe2osAABBf0wEQCABQXBqKAIAEDwLIAFBWGohAyABQW9qLAAAQX9MBEAgAUFkaigCABA8CyADLAALQX9MBEAgAygCABA8CyADIgEgAkcNAAsgACgCqCELIQEgACACNgKsISABEDwLIAAoApghIgIEQAJ/IAIgAiAAQZwhaigCACIDRg0AGgNAIANBdGohASADQX9qLAAAQX9MBEAgASgCABA8CyABIQMgASACRw0ACyAAKAKYIQshASAAIAI2ApwhIAEQPAsgACgCiCEiBQRAAn8gBSAFIABBjCFqKAIAIgFGDQAaA0AgAUF0aiIEKAIAIgIEQAJ/IAIgAiABQXhqIgYoAgAiA0YNABoDQCADQXRqIQEgA0F/aiwAAEF/TARAIAEoAgAQPAsgASEDIAEgAkcNAAsgBCgCAAshASAGIAI2AgAgARA8CyAFIAQiAUcNAAsgACgCiCELIQEgACAFNgKMISABEDwLIAAoAvAgIgMEQCAAQfQgaigCACEBA0AgASADRwRAIAFBRGoiARD4AQwBCwsgACADNgL0ICAAKALwIBA8CyAAQasgaiwAAEF/TARAIAAoAqAgEDwLIABBnyBqLAAAQX9MBEAgACgClCAQPAsgAEGTIGosAABBf0wEQCAAKAKIIBA8CyAAC1wAIAAsADtBf0wEQCAAKAIwEDwLIAAsAC9BAEgEQCAAKAIkEDwLIAAsACNBf0wEQCAAKAIYEDwLIAAsABdBf0wEQCAAKAIMEDwLIAAsAAtBAEgEQCAAKAIAEDwLCzIBAX8gAUUEQCACDwsDQCABIgMgACADKAJMIAIQ+QE2AkQgAyECIAMoAkgiAQ0ACyADCzIBAX8gAUUEQCACDwsDQCABIgMgACADKAJYIAIQ+gE2AlAgAyECIAMoAlQiAQ0ACyADC9kBAQV/AkACQCAAKAIIIAAoAgAiA2tBPG0gAU8NACABQcWIkSJPDQEgAEEIaiEFIAAoAgQhAiABQTxsIgEQXSIEIAFqIQYgBCACIANrQTxtQTxsaiEEAkAgAiADRgRAIAQhAQwBCyAEIQEDQCAFIAFBRGogAkFEaiICEPwBIAFBRGohASACIANHDQALIAAoAgAhAiAAKAIEIQMLIAAgBjYCCCAAIAQ2AgQgACABNgIAA0AgAiADRwRAIANBRGoiAxD4AQwBCwsgAkUNACACEDwLDwtBmR4QkwgAC0IAIAEgAhDRAhogAUEMaiACQQxqENECGiABQRhqIAJBGGoQ0QIaIAFBJGogAkEkahDRAhogAUEwaiACQTBqENECGgueAgEFfwJ/AkACQCAAKAIEIAAoAgAiBGtBPG0iBUEBaiICQcWIkSJJBEACf0EAIAIgACgCCCAEa0E8bSIEQQF0IgMgAyACSRtBxIiRIiAEQaLEiBFJGyICRQ0AGiACQcWIkSJPDQIgAkE8bBBdCyEDIABBCGoiBiADIAVBPGxqIgQgARD8ASADIAJBPGxqIQEgBEE8aiEFIAAoAgQiAyAAKAIAIgJGDQIDQCAGIARBRGogA0FEaiIDEPwBIARBRGohBCACIANHDQALIAAoAgQhAiAAKAIADAMLEHMAC0GZHhCTCAALIAILIQMgACABNgIIIAAgBTYCBCAAIAQ2AgADQCACIANHBEAgAkFEaiICEPgBDAELCyADBEAgAxA8CwuhAgEFfwJAAkAgACgCCCAAKAIAIgJrQShtIAFPDQAgAUHnzJkzTw0BIAAoAgQhAyABQShsIgEQXSIEIAFqIQYgBCADIAJrQShtQShsaiEFAkAgAiADRgRAIAUhAQwBCyAAQQhqIQQgBSEBA0AgBCABQVhqIANBWGoiAxD/ASABQVhqIQEgAiADRw0ACyAAKAIAIQMgACgCBCECCyAAIAY2AgggACAFNgIEIAAgATYCACACIANHBEADQCACQXtqLAAAQX9MBEAgAkFwaigCABA8CyACQVhqIQEgAkFvaiwAAEF/TARAIAJBZGooAgAQPAsgASwAC0F/TARAIAEoAgAQPAsgASECIAEgA0cNAAsLIANFDQAgAxA8Cw8LQZkeEJMIAAswACABIAIQ0QIaIAFBDGogAkEMahDRAhogAUEYaiACQRhqENECGiABIAIoAiQ2AiQL5AIBBX8CfwJAAkAgACgCBCAAKAIAIgNrQShtIgVBAWoiAkHnzJkzSQRAAn9BACACIAAoAgggA2tBKG0iA0EBdCIEIAQgAkkbQebMmTMgA0Gz5swZSRsiAkUNABogAkHnzJkzTw0CIAJBKGwQXQshBCAAQQhqIgYgBCAFQShsaiIDIAEQ/wEgBCACQShsaiEBIANBKGohBSAAKAIEIgQgACgCACICRg0CA0AgBiADQVhqIARBWGoiBBD/ASADQVhqIQMgAiAERw0ACyAAKAIEIQIgACgCAAwDCxBzAAtBmR4QkwgACyACCyEEIAAgATYCCCAAIAU2AgQgACADNgIAIAIgBEcEQANAIAJBe2osAABBf0wEQCACQXBqKAIAEDwLIAJBWGohAyACQW9qLAAAQX9MBEAgAkFkaigCABA8CyADLAALQX9MBEAgAygCABA8CyAEIAMiAkcNAAsLIAQEQCAEEDwLC4sCAQR/IwBBIGsiAiIDIwJJBEAQEwsgAyQAAkACQCAAKAIIIAAoAgAiA2tBDG0gAU8NACAAKAIEIQQgAiAAQQhqNgIYIAJBADYCFCABQdaq1aoBTw0BIAIgAUEMbCIFEF0iATYCCCACIAEgBWo2AhQgAiABIAQgA2tBDG1BDGxqIgE2AhAgAiABNgIMIAAgAkEIahCoAiACKAIQIgEgAigCDCIERwRAA0AgAiABQXRqIgA2AhAgACgCACIDBEAgAUF4aiADNgIAIAMQPCACKAIQIQALIAAhASAAIARHDQALCyACKAIIIgBFDQAgABA8CyACQSBqIgAjAkkEQBATCyAAJAAPC0GZHhCTCAALtAMBB38jAEEgayIEIgIjAkkEQBATCyACJAACQAJAIAAoAgQgACgCACIDa0EMbSIHQQFqIgJB1qrVqgFJBEAgACgCCCEGIAQgAEEIajYCGCAEQQA2AhQgAiAGIANrQQxtIgNBAXQiBiAGIAJJG0HVqtWqASADQarVqtUASRsiAwRAIANB1qrVqgFPDQIgA0EMbBBdIQULIAQgBTYCCCAEIAUgB0EMbGoiAjYCECAEIAUgA0EMbGo2AhQgBCACNgIMIAJBADYCCCACQgA3AgAgASgCBCABKAIAIgZrIgMEQCADQX9MDQMgAkEEaiIIIAMQXSIBNgIAIAIgATYCACAFIAdBDGxqIAEgA0EBdUEBdGo2AgggCCABIAYgAxAaIANqNgIACyAEIAJBDGo2AhAgACAEQQhqEKgCIAQoAhAiACAEKAIMIgNHBEADQCAEIABBdGoiAjYCECACKAIAIgUEQCAAQXhqIAU2AgAgBRA8IAQoAhAhAgsgAiEAIAIgA0cNAAsLIAQoAggiAgRAIAIQPAsgBEEgaiIAIwJJBEAQEwsgACQADwsQcwALQZkeEJMIAAsQcwALwwEBBX8CQCAAKAIEIAAoAgAiBGsiBUF9SgRAAn9BACAFQQF1IgZBAWoiAiAAKAIIIARrIgMgAyACSRtB/////wcgA0EBdUH/////A0kbIgJFDQAaIAJBf0wNAiACQQF0EF0LIQMgAyAGQQF0aiIGIAEvAQA7AQAgAyACQQF0aiECIAZBAmohASAFQQFOBEAgAyAEIAUQGhoLIAAgAjYCCCAAIAE2AgQgACADNgIAIAQEQCAEEDwLDwsQcwALQZkeEJMIAAuxAgEEfwJAAkAgACgCCCAAKAIAIgJrQQxtIAFPDQAgAUHWqtWqAU8NASAAKAIEIQMgAUEMbCIBEF0iBCABaiEFIAQgAyACa0EMbUEMbGohBAJAIAIgA0YEQCAEIQEMAQsgBCEBA0AgAUF0aiADQXRqIgMQmQgaIAFBdGohASACIANHDQALIAAoAgAhAyAAKAIEIQILIAAgBTYCCCAAIAQ2AgQgACABNgIAIAIgA0cEQANAIAJBdGoiBCgCACIABEACfyAAIAAgAkF4aiIFKAIAIgFGDQAaA0AgAUF0aiECIAFBf2osAABBf0wEQCACKAIAEDwLIAIhASAAIAJHDQALIAQoAgALIQIgBSAANgIAIAIQPAsgBCICIANHDQALCyADRQ0AIAMQPAsPC0GZHhCTCAAL+wIBBn8CfwJAAkAgACgCBCAAKAIAIgNrQQxtIgRBAWoiAkHWqtWqAUkEQAJ/QQAgAiAAKAIIIANrQQxtIgNBAXQiBSAFIAJJG0HVqtWqASADQarVqtUASRsiAkUNABogAkHWqtWqAU8NAiACQQxsEF0LIQMgAyACQQxsaiEGIAMgBEEMbGoiBCABEJkIIgFBDGohByAAKAIEIgMgACgCACICRg0CA0AgAUF0aiADQXRqIgMQmQgaIARBdGoiBCEBIAIgA0cNAAsgACgCBCECIAAoAgAMAwsQcwALQZkeEJMIAAsgAgshBSAAIAY2AgggACAHNgIEIAAgBDYCACACIAVHBEADQCACQXRqIgEoAgAiBARAAn8gBCAEIAJBeGoiACgCACIDRg0AGgNAIANBdGohAiADQX9qLAAAQX9MBEAgAigCABA8CyACIQMgAiAERw0ACyABKAIACyECIAAgBDYCACACEDwLIAUgASICRw0ACwsgBQRAIAUQPAsL7QEBBH8CQAJAIAAoAgggACgCACIDa0EMbSABTw0AIAFB1qrVqgFPDQEgACgCBCECIAFBDGwiARBdIgQgAWohBSAEIAIgA2tBDG1BDGxqIQQCQCACIANGBEAgBCEBDAELIAQhAQNAIAFBdGogAkF0aiICENECGiABQXRqIQEgAiADRw0ACyAAKAIAIQIgACgCBCEDCyAAIAU2AgggACAENgIEIAAgATYCACACIANHBEADQCADQXRqIQEgA0F/aiwAAEF/TARAIAEoAgAQPAsgASEDIAEgAkcNAAsLIAJFDQAgAhA8Cw8LQZkeEJMIAAviAgEFfyMAQRBrIgUiBCMCSQRAEBMLIAQkAAJAAkAgACgCCCAAKAIAIgRrQQJ1IAFPDQAgAUGAgICABE8NASAAKAIEIQYgAUECdCIHEF0iASAHaiEHIAEgBiAEayIGaiEIIAZBAU4EQCABIAQgBhAaGgsgACAHNgIIIAAgCDYCBCAAIAE2AgAgBEUNACAEEDwLAkAgAC0AEEHQAEYEQEHUABBdIgEgACgCDBDWASAFIAE2AgwgACgCBCIEIAAoAghHBEAgBCABNgIAIAAgACgCBEEEajYCBAwCCyAAIAVBDGoQqQIMAQtB7AAQXSIBIAAoAgwQ3QEgBSABNgIIIAAoAgQiBCAAKAIIRwRAIAQgATYCACAAIAAoAgRBBGo2AgQMAQsgACAFQQhqEKkCCyAAKAIEQXxqKAIAIgAgAzsBHiAAIAI6AB0gBUEQaiIAIwJJBEAQEwsgACQADwtBmR4QkwgAC+kBAQN/IwBBEGsiAiIBIwJJBEAQEwsgASQAAkAgAC0AEEHQAEYEQEHUABBdIgEgACgCDBDWASACIAE2AgwgACgCBCIDIAAoAghHBEAgAyABNgIAIAAgACgCBEEEajYCBAwCCyAAIAJBDGoQqQIMAQtB7AAQXSIBIAAoAgwQ3QEgAiABNgIIIAAoAgQiAyAAKAIIRwRAIAMgATYCACAAIAAoAgRBBGo2AgQMAQsgACACQQhqEKkCCyAAKAIEQXxqKAIAIgEgACgCACgCAC0AHUEPcToAHSACQRBqIgAjAkkEQBATCyAAJAAgAQvxAwEGfyAEEF4hBQJAAkAgAUHQAEYEQCACIAQgBRBsRQRAQQEPCyAAKAKwIA0BIAVBAEohAAJAIANBAUgNACAFQQFIDQAgBUF/aiEIQQAhAQNAAkAgASAEaiIALQAAIgZB2wBHBEAgBiACIAlqLQAARg0BDAULIAIgCWotAAAhByAALQABIQpBACEAA0ACQEEBIAAgByAEIAFBAWoiAWotAAAiBkYbIQAgASAITg0AIAZB3QBHDQELC0EAIQcgASAIRiAGQd0AR3ENBSAKQd4ARyAAQQBHcw0FCyABQQFqIgEgBUghACAJQQFqIgkgA04NASABIAVIDQALC0EBIQcgAA0BDAILAkAgBSADSg0AIAIgA2ogBWsgBBBDDQBBAQ8LIAAoArAgDQACQCADQQFIDQAgBUEBSA0AA0AgAiADQX9qIglqLQAAIQgCQCAEIAVBf2oiBWotAAAiAUHdAEYEQEEAIQEDQAJAQQEgASAEIAUiAEF/aiIFai0AACIGIAhB/wFxRhshASAAQQJIDQAgBkHbAEcNAQsLIAVFQQAgBkHbAEcbDQQgAUEARyAAIARqLQAAQd4AR3NFDQEMBQsgASAIQf8BcUcNAwsgA0ECSA0BIAkhAyAFQQBKDQALC0EBIQcgBUEBSA0BC0EAIQcLIAcLnQIBBn8CQCACQcwdEEMEQAJAIAItAAAiB0UEQAwBCyACIQYDQCAGIQQgAyEIAkACQCAHQaV/aiIGQQJLDQBBACEDAkAgBkEBaw4CAQIAC0EBIQMgBUEBaiEFDAELQQEhAyAIQQFxDQAgBSAHQRh0QRh1IgNBwAFxQYABRiADQYABcUUgACgCsCBFcnJqIQVBACEDCyAEQQFqIQYgBC0AASIHDQALCyABIAU6ABwgAUEgaiACIAIQXiIEQRQgBEEUSRsiAxAaGiAEQRNNBEAgASADakEgakEAQRQgA2sQGRpBAA8LIAItABRFDQEgASABLQAdQRBqOgAdIAEgAkEQahCnByIENgIwIARFDwsgAUEAOgAgIAFBADoAHAtBAAuCBAEHfyMAQRBrIgQiAyMCSQRAEBMLIAMkAAJ/IAAtAAsiA0EYdEEYdSIIQQBOBEBBCiEHIAMMAQsgACgCCEH/////B3FBf2ohByAAKAIECyEFAkACQCACIAFrIgZFDQACQAJ/IAhBf0wEQCAAKAIEIQMgACgCAAwBCyAACyIJIAFLDQAgAyAJaiABTQ0AIARBADYCCCAEQgA3AwAgBkFwTw0CAkAgBkEKTQRAIAQgBjoACyAEIQMMAQsgBkEQakFwcSIFEF0hAyAEIAVBgICAgHhyNgIIIAQgAzYCACAEIAY2AgQLIAEgAkcEQANAIAMgAS0AADoAACADQQFqIQMgAUEBaiIBIAJHDQALCyADQQA6AAAgACAEKAIAIAQgBC0ACyIBQRh0QRh1QQBIIgMbIAQoAgQgASADGxDgAiAELAALQX9KDQEgBCgCABA8DAELAn8gByAFayAGSQR/IAAgByAFIAZqIAdrIAUgBUEAQQAQ3gIgAC0ACwUgCAtBGHRBGHVBf0wEQCAAKAIADAELIAALIAVqIQMgASACRwRAA0AgAyABLQAAOgAAIANBAWohAyABQQFqIgEgAkcNAAsLIANBADoAACAFIAZqIQEgACwAC0F/TARAIAAgATYCBAwBCyAAIAE6AAsLIARBEGoiASMCSQRAEBMLIAEkAA8LEM8CAAuJAgEEfyABQcQAaiICIAFBBGoQ1gIgAhC0ByABQcQAaiEDAn8gASwAT0F/TARAIAMoAgAMAQsgAwshAiABIAAgAS0AHkECdGpBgBhqIgQoAgA2AlwgBCABNgIAAkAgAi0AAEUEQCABIAAoAoAINgJQIABBgAhqIQAMAQsgAUIANwJUIAAgAi0AAEECdGpBgAhqIgAoAgAiAkUNACADLAALQX9KIQUDQCADIQQgAiIAQcQAaiECIAUEfyAEBSADKAIACyAALABPQX9MBH8gAigCAAUgAgsQQ0EATARAIAAoAlQiAg0BIABB1ABqIQAMAgsgACgCWCICDQALIABB2ABqIQALIAAgATYCAAtDAQF/An8gAEGrIGosAAAiAUF/TARAIABBpCBqKAIADAELIAFB/wFxCyEBIABBoCBqIQAgAUUEQCAAQeAdEOMCCyAAC8YGAQl/IABBADYCmCIgAEIANwKQIiAAQQA2AqgiIAAoAgAiCgRAIANBAkshDANAAkACQCAMDQACQAJAAkAgA0EBaw4CAwABCyAKKAI4IQUMAQsgCigCOCIFRQ0BIAUgCi4BPCIHQQF0aiENIAUhBiAHBEAgAC8BgCMhCwNAIAYgB0EBdiIJQQF0aiIIQQJqIAYgCC8BACALQf//A3FJIggbIQYgByAJQX9zaiAJIAgbIgcNAAsLIAYgDUcEQCAALwGAIyAGLwEATw0DCyADQQJHDQELIAVFDQEgBSAKLgE8IgZBAXRqIQsgBgRAIAAvAcQgIQgDQCAFIAZBAXYiB0EBdGoiCUECaiAFIAkvAQAgCEH//wNxSSIJGyEFIAYgB0F/c2ogByAJGyIGDQALCyAFIAtGDQEgAC8BxCAgBS8BAEkNAQsgCiABIAIgAyAEENkBIgVFDQAgACAKNgKoIiAFDwsgCigCRCIKDQALCyAAIAEtAABBAnRqKAIAIggEQCADQQJLIQwDQCAIQQRqIQYgCCwAD0F/TARAIAYoAgAhBgsCQCAGLQAAIgVFDQAgBUEuRiAFIAEiBy0AAEZyRQ0AA0AgBi0AASIFRQ0BIActAAEhCSAHQQFqIQcgBkEBaiEGIAVBLkYgBSAJRnINAAsLAn8gBUUEQAJAAkAgDA0AAkACQAJAIANBAWsOAgMAAQsgCCgCOCEFDAELIAgoAjgiBUUNASAFIAguATwiB0EBdGohDSAFIQYgBwRAIAAvAYAjIQoDQCAGIAdBAXYiCUEBdGoiC0ECaiAGIAsvAQAgCkH//wNxSSILGyEGIAcgCUF/c2ogCSALGyIHDQALCyAGIA1HBEAgAC8BgCMgBi8BAE8NAwsgA0ECRw0BCyAFRQ0BIAUgCC4BPCIGQQF0aiEKIAYEQCAALwHEICELA0AgBSAGQQF2IgdBAXRqIglBAmogBSAJLwEAIAtB//8DcUkiCRshBSAGIAdBf3NqIAcgCRsiBg0ACwsgBSAKRg0BIAAvAcQgIAUvAQBJDQELIAggASACIAMgBBDZASIFRQ0AIAAgCDYCqCIgBQ8LIAhByABqDAELIAhBzABqCygCACIIDQALC0EAC/8BAQV/IABCADcClCIgAEEANgKoIgJAIAAoAgAiBQRAA0AgBSABIAIgAyAEENoBIgYNAiAFKAJEIgUNAAsLIAAgAS0AAEECdGooAgAiBwRAA0AgB0EEaiEGIAcsAA9Bf0wEQCAGKAIAIQYLAkAgBi0AACIFRQ0AIAEhCCAFQS5GIAUgAS0AAEZyRQ0AA0AgBi0AASIFRQ0BIAgtAAEhCSAIQQFqIQggBkEBaiEGIAVBLkYgBSAJRnINAAsLAn8gBUUEQCAHIAEgAiADIAQQ2gEiBQRAIAAgBzYCqCIgBQ8LIAdByABqDAELIAdBzABqCygCACIHDQALC0EAIQYLIAYLpgQBC38jAEEQayIGIggjAkkEQBATCyAIJAAgAEIANwIAIABBADYCCCABQgA3ApQiIAFBADYCqCIgASgCACIEBEADQCAGIAQgAiADENwBIAYoAgQgBi0ACyIFIAVBGHRBGHUiBUEASCIIGyIJBEAgACAGKAIAIAYgCBsgCRDgAiAGLQALIQULIAQoAkQhBCAFQRh0QRh1QX9MBEAgBigCABA8CyAEDQALCyABIAItAABBAnRqKAIAIgcEQANAIAdBBGohBSAHLAAPQX9MBEAgBSgCACEFCwJAIAUtAAAiBEUNACAEQS5GIAQgAiIILQAARnJFDQADQCAFLQABIgRFDQEgCC0AASEJIAhBAWohCCAFQQFqIQUgBEEuRiAEIAlGcg0ACwsCQCAERQRAIAYgByACIAMQ3AECQCAGKAIEIAYtAAsiBCAEQRh0QRh1IgpBAEgiCxsiDEUNAAJAIAcoAjgiBEUNACAEIAcuATwiBUEBdGohDSAFBEAgAS8BgCMhDgNAIAQgBUEBdiIIQQF0aiIJQQJqIAQgCS8BACAOSSIJGyEEIAUgCEF/c2ogCCAJGyIFDQALCyAEIA1GDQAgAS8BgCMgBC8BAE8NAQsgACAGKAIAIAYgCxsgDBDgAiABIAc2AqgiIAYsAAshCgsgBygCSCEHIApBf0oNASAGKAIAEDwMAQsgBygCTCEHCyAHDQALCyAGQRBqIgAjAkkEQBATCyAAJAALugMBBn8jAEEQayIGIggjAkkEQBATCyAIJAAgAEIANwIAIABBADYCCCABQgA3ApQiIAFBADYCqCIgASgCACIFBEADQCAGIAUgAiADIAQQ2wEgBigCBCAGLQALIgcgB0EYdEEYdSIHQQBIIggbIgoEQCAAIAYoAgAgBiAIGyAKEOACIAYtAAshBwsgBSgCRCEFIAdBGHRBGHVBf0wEQCAGKAIAEDwLIAUNAAsLIAEgAi0AAEECdGooAgAiCQRAA0AgCUEEaiEHIAksAA9Bf0wEQCAHKAIAIQcLAkAgBy0AACIFRQ0AIAVBLkYgBSACIggtAABGckUNAANAIActAAEiBUUNASAILQABIQogCEEBaiEIIAdBAWohByAFQS5GIAUgCkZyDQALCwJAIAVFBEAgBiAJIAIgAyAEENsBIAYoAgQgBi0ACyIFIAVBGHRBGHUiBUEASCIHGyIIBEAgACAGKAIAIAYgBxsgCBDgAiABIAk2AqgiIAYtAAshBQsgCSgCSCEJIAVBGHRBGHVBf0oNASAGKAIAEDwMAQsgCSgCTCEJCyAJDQALCyAGQRBqIgAjAkkEQBATCyAAJAALnQUBDH8jAEEQayIEIgMjAkkEQBATCyADJABBACEDAkACQCACQQJIDQAgACgC8CAiAiAAQfQgaigCAEYNACAEQQhqIQwDQAJ/IAIgCkE8bCINaiIFLAALIgNBf0wEQCAFKAIEDAELIANB/wFxCyELIAEhAwNAIAMCfyACIA1qIgUsAAtBf0wEQCAFKAIADAELIAULEK4BIgcEQCAMQQA2AgAgBEIANwMAIAEQXiICQXBPDQQCQAJAIAJBC08EQCACQRBqQXBxIgYQXSEDIAQgBkGAgICAeHI2AgggBCADNgIAIAQgAjYCBAwBCyAEIAI6AAsgBCEDIAJFDQELIAMgASACEBoaC0EAIQYgAiADakEAOgAAIAEgB0YEQCAAKAL4IkEkRyEGCyALAn8gBSwACyIDQX9MBEAgBSgCBAwBCyADQf8BcQsgByABayICakYEQCAGQQNBAiAGGyAAKAL4IkEkRhshBgtBACEDIAQgAiALIAUgBkEMbGoiBUEMaiIGKAIAIAYgBS0AFyIIQRh0QRh1QQBIIgkbIAUoAhAgCCAJGxDoAiAEKAIEIQggBCgCACAEIAQtAAsiCUEYdEEYdUEASCIOGyEFAn8gACgCgCAiAigCBCACKAIARwRAA0AgAigCACADQQJ0aigCACAFEL0BIgZFBEAgA0EBaiIDIAAoAoAgIgIoAgQgAigCAGtBAnVJDQELC0EBIAYNARoLIAAgBSAIIAkgDhtBAEEAEJMCQQBHCyECIAQsAAtBf0wEQCAEKAIAEDwLIAIEQEEBIQMMBAsgB0EBaiEDIAAoAvAgIQIMAQsLQQAhAyAKQQFqIgogACgC9CAgAmtBPG1JDQALCyAEQRBqIgAjAkkEQBATCyAAJAAgAw8LEM8CAAtmAQF/AkAgACABIAIgBCADEI4CIgUNACAAIAEgAkEAQQBBACADIAQQmgIhBSAAKAKYI0UNACAAQgA3AqQiIAUNACAAIAEgAkEAQQAgAxCbAiIFDQAgACABIAJBACADEI8CIQULIAUL1gQBC38CQCAAQawhaigCACIFIAAoAqghIgtGDQAgA0ERaiENIAUgC2tBKG0hDiABIAJqIgktAAAhDwNAIAsgDEEobGoiBkEMaiEBIAYsABdBf0wEQCABKAIAIQELAkAgAS0AACIARQ0AIAkhByAAQS5GIAAgD0ZyRQ0AA0AgAS0AASIARQ0BIActAAEhBSAHQQFqIQcgAUEBaiEBIABBLkYgACAFRnINAAsLAkAgAA0AAkAgA0UNACAGLwEkIghFDQAgAygCBCIARQ0BIAAgAy4BAiIBQQF0aiEKIAEEQANAIAAgAUEBdiIHQQF0aiIFQQJqIAAgBS8BACAISSIFGyEAIAEgB0F/c2ogByAFGyIBDQALCyAAIApGDQEgCCAALwEASQ0BCwJAIARFDQAgBi8BJiIIRQ0AIAQoAgQiAEUNASAAIAQuAQIiAUEBdGohCiABBEADQCAAIAFBAXYiB0EBdGoiBUECaiAAIAUvAQAgCEkiBRshACABIAdBf3NqIAcgBRsiAQ0ACwsgACAKRg0BIAggAC8BAEkNAQtBASEHAn8gBi0ACyIBQRh0QRh1QX9KIgBFBEAgBigCBAwBCyABC0UNAgJAAn8gAEUEQCAGKAIADAELIAYLLQAAQTBHDQAgAy0AACIFIAJKDQAgCSAFayANIAUQbEUNAwsCfyAARQRAIAYoAgAMAQsgBgstAABBMEYNACAARQRAIAYoAgQhAQsgAUUNACAJIAFrIAAEfyAGBSAGKAIACyABEGxFDQILIAxBAWoiDCAOSQ0AC0EAIQcLIAcLqwQBA38jAEEgayIDIgQjAkkEQBATCyAEJAAgASACaiEBAkACQAJAIAAoArAgBEADQCABQX9qIgEtAABBwAFxQYABRg0ACyADQQA2AhggA0IANwMQIAEQXiICQXBPDQMCQAJAIAJBC08EQCACQRBqQXBxIgQQXSEFIAMgBEGAgICAeHI2AhggAyAFNgIQIAMgAjYCFAwBCyADIAI6ABsgA0EQaiEFIAJFDQELIAUgASACEBoaC0EAIQQgAiAFakEAOgAAIANBADYCCCADQgA3AwAgAyADQRBqEKQHGkEAIQIgAygCBCIFIAMoAgAiAWtBAXVBAk8EQCABLwACIQILIAEgBUcEQCABLwAAIQQLAkACQCACQf//A3EiASAAKAL4IhC4ByABRwRAIARB//8DcSIBIAAoAvgiELgHIQAgAUEtRg0BIAJB//8DcUEtRg0BQQEhAiAAIARB//8DcUcNAQwCCyABQS1GDQBBASECIARB//8DcUEtRw0BC0EAIQILIAMoAgAiAQRAIAMgATYCBCABEDwLIAMsABtBf0wEQCADKAIQEDwLQQEhASACRQ0BDAILIAEtAAAhAiAAKAKsICIAIAFBf2otAAAiAUEDbGotAABFBEAgAkEtRg0BIAFBLUYNAUEBIQEgACACQQNsai0AAEUNAQwCCyABQS1GDQBBASEBIAJBLUcNAQtBACEBCyADQSBqIgAjAkkEQBATCyAAJAAgAQ8LEM8CAAutDQEWfyMAQRBrIgwiByMCSQRAEBMLIAckAAJAAkAgASgCACIGDQAgASAENgIAQQEhFyAEIQYgBA0ADAELIAxBCBBdIgQ2AgAgDCAEQQhqIgg2AgggBEIANwIAIAwgCDYCBCAGIAJBAnQiBGogAzYCAAJAAkAgAy4BAiIHBEACQCAAQcAhaigCACIEIAAoArwhIg1GIhINACAEIA1rQQxtIREDQAJAIA0gFEEMbGoiBCgCBCIGIAQoAgAiD0YNACAGIA9rQQF1IQpBACELA0ACQCAPIAtBAXRqLwEAIg5BKkYNACAOQT9GDQAgAygCBCIQIQQgByEGA0AgBCAGQQF2IghBAXRqIglBAmogBCAJLwEAIA5JIgkbIQQgBiAIQX9zaiAIIAkbIgYNAAsgBCAQIAdBAXRqRg0AIA4gBC8BAEkNAEEBIRMMAgsgC0EBaiILIApJDQALCyAUQQFqIhQgEUkNAAsgE0UNAAJAIBINAANAQQAhD0EAIQdBACEKQQEhCwNAIBhBDGwhFUEBIRMCQAJ/AkACQCAKQRB0QRB1IAJKBEAgByEQDAELIAchECAHIA0gFWoiBCgCBCAEKAIAa0EBdSIDTw0AA0AgCkEQdCIUQRB1IRECfwJAIAdBAWoiECADTw0AIAQoAgAiCSAQQQF0ai8BACIGQT9GIghFQQAgBkEqRxsNACAMKAIAIhkgD0EQdEEQdUEDdGoiGiAKOwECIBogB0ECaiIQOwEAQQEhFgJAIBEgCiACIAgbQRB0QRB1Ig1KBEAgESEHDAELIAkgB0EBdGohGyABKAIAIRIgESEHA0AgEiAHQQJ0aigCACIELgECIgNFBEBBACEWDAILIBsvAQAhDiAEKAIEIhQhBCADIQYDQCAEIAZBAXYiCEEBdGoiCUECaiAEIAkvAQAgDiILSSIJGyEEIAYgCEF/c2ogCCAJGyIGDQALIBQgA0EBdGogBEYEQEEAIRYMAgsgCyAELwEASQRAQQAhFgwCCyAKQRB0QYCABGpBEHUiByEKIAcgDUwNAAsgByEKCyAaIAcgEWsiBDYCBAJAIARBAUgNACAPQQFqIg9BEHRBEHVBAWoiBCAMKAIEIBlrQQN1IgZLBEAgDCAEIAZrEJcCDAELIAQgBk8NACAMIBkgBEEDdGo2AgQLAkAgCkEQdEEQdSACTA0AIBZFDQBBASELDAQLIAAoArwhIQ1BAAwBC0EAIRIgASgCACARQQJ0aigCACIGRQ0DIAYuAQIiCkUNAyAEKAIAIAdBAXRqLwEAIQ4gBigCBCIRIQQgCiEGA0AgBCAGQQF2IghBAXRqIglBAmogBCAJLwEAIA4iC0kiCRshBCAGIAhBf3NqIAggCRsiBg0AC0EBIAQgESAKQQF0akYNBBogCyAELwEASQ0DIBMgE0EAIAMgEEcbIBRBgIAEakEQdSIKIAJKGyETQQELIQsgCkEQdEEQdSACSg0BIBAiByANIBVqIgQoAgQgBCgCAGtBAXUiA0kNAAsLIAtBAEchDgJAIBNFDQAgC0UNAEEBIQggACgCvCEgFWoiBigCBCAGKAIAIglrQQF1IgYgECIETQ0KA0BBASEOIARBAWoiCCAGTw0BIAkgCEEBdGovAQAiCEE/R0EAIAhBKkcbDQEgBiAEQQJqIgRLDQALQQEhCAwKCyAQIQcgEyESDAILQQELIQ5BASELCwJAIA9B//8DcQRAIAwoAgAhCANAIAggD0EQdEEQdUF/akEDdGoiBCAEKAIEIgZBf2oiCTYCBCAGQQBKDQIgD0F/aiIPQf//A3ENAAtBASESIAQuAQAhBwsCQCASRSAOQQFzckUEQCAFRQRAQQEhCAwKC0EBIQggACgCvCEgFWoiBCgCBCAEKAIAa0EBdSAHTQ0JIAAoArwhIg0gFWoiBCgCBCAEKAIAIglrQQF1IgQgB00NCQNAIAdBAWoiBiAETw0CIAkgBkEBdGovAQAiBkE/R0EAIAZBKkcbDQIgBCAHQQJqIgdLDQALDAkLIAAoArwhIQ0LIBhBAWoiGCAAKALAISANa0EMbUkNAgwDCyAELwECIAlqIQogBC4BACEHIAAoArwhIQ0MAAALAAALAAtBACEIIAEoAgAgAkECdGpBADYCACAXRQ0DDAILQQAhCCABKAIAIAJBAnRqQQA2AgAgFw0BDAILQQAhCCABKAIAIARqQQA2AgAgF0UNAQsgAUEANgIACyAMKAIAIgRFDQAgDCAENgIEIAQQPAsgDEEQaiIAIwJJBEAQEwsgACQAIAgLmAIBBn8CQAJAAkAgACgCCCIDIAAoAgQiAmtBA3UgAU8EQANAIAJCADcCACAAIAAoAgRBCGoiAjYCBCABQX9qIgENAAwCAAsACyACIAAoAgAiBGsiB0EDdSIGIAFqIgJBgICAgAJPDQEgBkEDdAJ/IAIgAyAEayIDQQJ1IgYgBiACSRtB/////wEgA0EDdUH/////AEkbIgMEQCADQYCAgIACTw0EIANBA3QQXSEFCyAFC2oiAkEAIAFBA3QQGRogBSADQQN0aiEDA0AgAkEIaiECIAFBf2oiAQ0ACyAHQQFOBEAgBSAEIAcQGhoLIAAgAzYCCCAAIAI2AgQgACAFNgIAIARFDQAgBBA8Cw8LEHMAC0GZHhCTCAALlAQBDn8jAEEQayIDIgcjAkkEQBATCyAHJAACQCAAKALoIUUNACAAKAKwIEUEQCABKAIEIAEtAAsiAiACQRh0QRh1IgJBAEgbIgRFDQEgASgCACABIAJBAEgbIQsgAEHsIWohDCAAQfchai0AACIHQRh0QRh1QX9KIQ8DQCAMIQEgByECIAggC2ohCSAPRQRAIAAoAvAhIQIgACgC7CEhAQsgASACaiENIAIEQCAJLAAAIQ4DQCABIAJBAXYiCmoiBUEBaiABIAUsAAAgDkgiBRshASACIApBf3NqIAogBRsiAg0ACwsgASANRwRAIAYgCSwAACABLAAATmohBgsgCEEBaiIIIARJDQALDAELIAAoAvghIABB/CFqKAIARg0AIANBADYCCCADQgA3AwAgAyABEKQHGiADKAIEIgEgAygCACIERwRAIAEgBGtBAXUhCyAAKAL8ISIMIAAoAvghIg1rIgBBAXUhBwNAIAQgCEEBdGohCSANIQEgAARAIAkvAAAhDiAHIQIDQCABIAJBAXYiCkEBdGoiBUECaiABIAUvAAAgDkH//wNxSSIFGyEBIAIgCkF/c2ogCiAFGyICDQALCyABIAxHBEAgBiAJLwAAIAEvAABPaiEGCyAIQQFqIgggC0kNAAsLIARFDQAgAyAENgIEIAQQPAsgA0EQaiIAIwJJBEAQEwsgACQAIAZBEHRBEHULg14BJ38jAEEwayIQIgsjAkkEQBATCyALJAAgECAGNgIsQQAhCyAQQQA2AiggEEIANwMgIAEoAgQgAS0ACyIMIAxBGHRBGHVBAEgiDBshEyAAKALoICEPAkAgACgCsCAEQCATIQ0gD0EBSA0BIAEoAgAgASAMGyEOIBNBf2ohDEEAIQ0DQCALIBNIBEADQAJAIAsgDEYEQCATIQsMAQsgDiALQQFqIgtqLQAAQcABcUGAAUYNAQsLIA1BAWoiDSAPRw0BCwsgD0ECSARAIBMhDQwCCyAPQX9qIREgEyENQQAhDwNAIA1BAEgNAgNAAkAgDUF/aiEMIA1BAUgNACAMIQ0gDCAOai0AAEHAAXFBgAFGDQELCyAMIQ0gD0EBaiIPIBFHDQALDAELIBMgD2tBAWohDSAPIQsLIBBBIGogARDWAkEAIQwCQCALIA1ODQBBA0EBIAgbISIgBkEARyEqIBBBGGohJCAFQQFqIiZBAnQhKyAFQQJ0ISwDQAJAIAAoArAgRQRAIAshGQwBCyAQKAIgIBBBIGogECwAK0EASBshDANAIAsiGUEBaiELIAwgGWotAABBwAFxQYABRg0ACyAZIA1IDQBBACEMDAILIBAgBjYCLCAqIQsDQCALIR9BACEYIAMhHiACIRdBACEWAkADQAJAAn8gGEUEQEEAIRggECgCICEUIBAtACshEiAZIRVBACEZIBMhHSANDAELIBggACgCrCEgACgCqCEiFGtBKG0iEksNASABKAIAIAEgASwAC0EASBsgGWohFQNAAkACfyAUIBhBf2pBKGwiEWoiDC0AIyILQRh0QRh1QX9KIg9FBEAgDCgCHAwBCyALCwRAIAxBGGohDiAPRQRAIA4oAgAhDiAMKAIcIQsLIBUgDiALEGxFDQELIBhBAWoiGCASTQ0BDAMLCyAQQSBqIBlBfyAMKAIAIAwgDC0ACyILQRh0QRh1QQBIIg4bIAwoAgQgCyAOGxDoAiAQQSBqAn8gACgCqCEgEWoiCywACyIMQX9MBEAgCygCBAwBCyAMQf8BcQsgGWoiFUF/IAsoAgwgC0EMaiALLQAXIgxBGHRBGHVBAEgiDhsgCygCECAMIA4bEOgCAn8gACgCqCEgEWoiCywAFyIMQX9MBEAgCygCEAwBCyAMQf8BcQshDCAQQRBqIAECfyALLAAjIg5Bf0wEQCALKAIcDAELIA5B/wFxCyAZakF/IAEQ1AIaIBBBIGogDCAVakF/IBAoAhAgEEEQaiAQLQAbIgtBGHRBGHVBAEgiDBsgECgCFCALIAwbEOgCIBAsABtBf0wEQCAQKAIQEDwLAn8gACgCqCEgEWoiCywACyIMQX9MBEAgCygCBAwBCyAMQf8BcQshDCAQLAArIRIgECgCICEUAn8gCywAFyIOQX9MBEAgCygCEAwBCyAOQf8BcQsgDCATamoCfyALLAAjIg9Bf0wEQCALKAIcDAELIA9B/wFxC2shHSAAKALoICERAkAgACgCsCBFDQAgEUEBSA0AIBQgEEEgaiASQQBIGyEOIB1Bf2ohDEEAIQtBACEPA0AgCyAdSARAA0ACQCALIAxGBEAgHSELDAELIA4gC0EBaiILai0AAEHAAXFBgAFGDQELCyAPQQFqIg8gEUcNAQsLIBFBAkgNACARQX9qIRtBACEPIB0hCwNAIAtBAEgNAQNAAkAgC0F/aiEMIAtBAUgNACAOIAwiC2otAABBwAFxQYABRg0BCwsgDCELIA9BAWoiDyAbRw0ACwsgEyEtIA0hLiAdIBFrQQFqCyEnQQAhDCAUIBBBIGogEkEYdEEYdUEASBsgFWoiCy0AACEoIAtBADoAACAAQgA3AqQiAkACQAJAAkACQAJAAkACQAJAAkAgACgCgCAiCygCBCALKAIARg0AIBAoAiAgEEEgaiAQLAArQQBIGyEOA0AgCygCACAMQQJ0aigCACAOEL0BIhRFBEAgDEEBaiIMIAAoAoAgIgsoAgQgCygCAGtBAnVJDQELCwJAIAgNACAURQ0AIBhBf2ohEwNAAkACQCAALwHmICIPRQ0AIBQoAgQiCyAULgECIgxBAXRqIREgDARAA0AgCyAMQQF2Ig5BAXRqIg1BAmogCyANLwEAIA9JIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLIAsgEUYNACAPIAsvAQBPDQELIBAoAiwhEQJAAkAgHw0AIAAvAbggIg9FDQAgEQ0AIBQoAgQiCyAULgECIgxBAXRqIRIgDARAA0AgCyAMQQF2Ig5BAXRqIg1BAmogCyANLwEAIA9JIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLIAsgEkYNACAPIAsvAQBPDQELAkAgHw0AIBdB//8DcQ0AIAAvAbogIg9FDQAgFCgCBCILIBQuAQIiDEEBdGohEiAMBEADQCALIAxBAXYiDkEBdGoiDUECaiALIA0vAQAgD0kiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsgCyASRg0AIA8gCy8BAE8NAQsCQCAfDQAgEQ0AIBdB//8DcUUNACAALwG8ICIPRQ0AIBQoAgQiCyAULgECIgxBAXRqIRIgDARAA0AgCyAMQQF2Ig5BAXRqIg1BAmogCyANLwEAIA9JIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLIAsgEkYNACAPIAsvAQBPDQELIB9FDQEgACgCvCEgACgCwCFGDQECQCAXQf//A3ENACARDQAgACAQQSxqIAUgFCAHQQAQlgINASAQKAIsIRELIBFFDQEgACAQQSxqIAUgFCAHQQAQlgJFDQELIBhFDQIgACgCqCEgE0EobGovASQiD0UNAiAUKAIEIgsgFC4BAiIMQQF0aiERIAwEQANAIAsgDEEBdiIOQQF0aiINQQJqIAsgDS8BACAPSSINGyELIAwgDkF/c2ogDiANGyIMDQALCyALIBFGDQAgDyALLwEATw0CCyAUKAIMIhQNAAsMAQsgFA0BCyAfDQECQCAALwG4ICILRQ0AQQEhHCAAIBAoAiAgEEEgaiAQLAArQQBIGyAVICIgCxCOAiIUDQMgACAQKAIgIBBBIGogECwAK0EASBsgFUEAQQBBACAALwG4ICAiEJoCIhRFBEAgACgCyCBFDQEgACAQKAIgIBBBIGogECwAK0EASBsgFUEAQQAgAC8BuCAQmwIiFEUNAQtBASETIAgNBCAAKAKkIiISKAI4Ig1FDQMCQCAALwHCICIRRQ0AIA0gEi4BPCIMQQF0aiETIA0hCyAMBEADQCALIAxBAXYiDkEBdGoiD0ECaiALIA8vAQAgEUkiDxshCyAMIA5Bf3NqIA4gDxsiDA0ACwsgCyATRg0AIBEgCy8BAE8NAQsCQCAALwG+ICIPRQ0AIA0gEi4BPCILQQF0aiERIAsEQANAIA0gC0EBdiIMQQF0aiIOQQJqIA0gDi8BACAPSSIOGyENIAsgDEF/c2ogDCAOGyILDQALCyANIBFGDQAgFEUNASAPIA0vAQBPDQEMBAsgFA0DCyAXQf//A3FFBEAgAC8BuiAiC0UEQEEAIRIMBwtBASEcIAAgECgCICAQQSBqIBAsACtBAEgbIBVBAEEAQQAgCyAiEJoCIhQNAyAAKALIIARAIAAgECgCICAQQSBqIBAsACtBAEgbIBVBAEEAIAAvAbogEJsCIhQNBAtBACESIAAgECgCICAQQSBqIBAsACtBAEgbIBUgIiAALwG6IBCOAiIUDQMMBgsgF0EQdEEQdUEBSARAIBchEgwGCyAALwG8ICILRQRAIBchEgwGC0EBIRwgACAQKAIgIBBBIGogECwAK0EASBsgFUEAQQBBACALICIQmgIiFA0CIAAoAsggBEAgACAQKAIgIBBBIGogECwAK0EASBsgFUEAQQAgAC8BvCAQmwIiFA0DCyAAIBAoAiAgEEEgaiAQLAArQQBIGyAVICIgAC8BvCAQjgIiFA0CIBchEgwFCyAUKAIEIg9FBEAgFiEcDAILIA8gFC8BAiITQRB0QRB1IhFBAXRqIRsgDyELIBMEQCAALwHgICESIBEhDANAIAsgDEEBdiIOQQF0aiINQQJqIAsgDS8BACASQf//A3FJIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLAkAgCyAbRwRAIAAvAeAgIAsvAQBPDQELIA8hCyATBEAgAC8B5iAhEiARIQwDQCALIAxBAXYiDkEBdGoiDUECaiALIA0vAQAgEkH//wNxSSINGyELIAwgDkF/c2ogDiANGyIMDQALCyALIBtHBEAgAC8B5iAgCy8BAE8NAQsgDyELIBEhDCATBEADQCALIAxBAXYiDkEBdGoiDUECaiALIA0vAQBB5/8DSSINGyELIAwgDkF/c2ogDiANGyIMDQALCyALIBtHBEAgCy8BAEHo/wNJDQELIAlFBEAgFiEcDAMLIAAvAeIgIg5FBEAgFiEcDAMLIBMEQANAIA8gEUEBdiILQQF0aiIMQQJqIA8gDC8BACAOSSIMGyEPIBEgC0F/c2ogCyAMGyIRDQALCyAPIBtGBEAgFiEcDAMLIBYhHCAOIA8vAQBJDQILIBAoAiAgEEEgaiAQLAArQQBIGyAVaiAoOgAACyAZRQRAIB0hEyAVIRkgJyENDAgLIBBBIGogARDWAiAdIRMgJyENDAkLAkAgCA0AIBRFDQACQCAAKAKoIiIMRQ0AIAwoAjgiC0UNACALIAwuATwiDEEBdGohESAMBEAgAC8BwiAhDwNAIAsgDEEBdiIOQQF0aiINQQJqIAsgDS8BACAPQf//A3FJIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLIAsgEUYNACAALwHCICALLwEATw0DCyAAKAKkIiIMRQ0AIAwoAjgiC0UNACALIAwuATwiDEEBdGohESAMBEAgAC8BwiAhDwNAIAsgDEEBdiIOQQF0aiINQQJqIAsgDS8BACAPQf//A3FJIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLIAsgEUYNACAALwHCICALLwEATw0CCwJAAkAgHEEARyITIBRFciIRDQACQCAIDQAgAC8BviAiDUUNAAJAIAAoAqgiIgxFDQAgDCgCOCILRQ0AIAsgDC4BPCIMQQF0aiESIAwEQANAIAsgDEEBdiIOQQF0aiIPQQJqIAsgDy8BACANSSIPGyELIAwgDkF/c2ogDiAPGyIMDQALCyALIBJGDQBBACEWIA0gCy8BAEkNACAXIRIMBgsgACgCpCIiDEUNACAMKAI4IgtFDQAgCyAMLgE8IgxBAXRqIRIgDARAA0AgCyAMQQF2Ig5BAXRqIg9BAmogCyAPLwEAIA1JIg8bIQsgDCAOQX9zaiAOIA8bIgwNAAsLIAsgEkYNAEEAIRYgDSALLwEASQ0AIBchEgwFC0EAIRwgF0H//wNxDQAgEUEBc0UNACAIDQAgAC8BvCAiDUUNAAJAIAAoAqgiIgxFDQAgDCgCOCILRQ0AIAsgDC4BPCIMQQF0aiERIAwEQANAIAsgDEEBdiIOQQF0aiIPQQJqIAsgDy8BACANSSIPGyELIAwgDkF/c2ogDiAPGyIMDQALCyALIBFGDQBBACESQQAhFiANIAsvAQBPDQULIAAoAqQiIgxFDQAgDCgCOCILRQ0AIAsgDC4BPCIMQQF0aiERIAwEQANAIAsgDEEBdiIOQQF0aiIPQQJqIAsgDy8BACANSSIPGyELIAwgDkF/c2ogDiAPGyIMDQALCyALIBFGDQAgFA0BQQAhEkEAIRYMBAsgFEUNAgwBC0EAIRJBACEWIA0gCy8BAE8NAgsCQCAUKAIEIg1FDQAgDSAULwECIhZBEHRBEHUiEUEBdGohGyANIQsgFgRAIAAvAeAgIRIgESEMA0AgCyAMQQF2Ig5BAXRqIg9BAmogCyAPLwEAIBJB//8DcUkiDxshCyAMIA5Bf3NqIA4gDxsiDA0ACwsCQCALIBtGDQAgAC8B4CAgCy8BAEkNAEEAIQwMDAsgDSELIBEhDCAWBEADQCALIAxBAXYiDkEBdGoiD0ECaiALIA8vAQBB5/8DSSIPGyELIAwgDkF/c2ogDiAPGyIMDQALCwJAIAsgG0YNACALLwEAQej/A08NAEEAIQwMDAsgCUUNACAALwHiICIPRQ0AIA0hCyAWBEADQCALIBFBAXYiDEEBdGoiDkECaiALIA4vAQAgD0kiDhshCyARIAxBf3NqIAwgDhsiEQ0ACwsgCyAbRg0AIA8gCy8BAEkNAEEAIQwMCwsCQAJAIAAvAcAgIhFFBEAgE0UNAQwCCyANIBQuAQIiDEEBdGohEiANIQsgDARAA0AgCyAMQQF2Ig5BAXRqIg9BAmogCyAPLwEAIBFJIg8bIQsgDCAOQX9zaiAOIA8bIgwNAAsLIAsgEkcEQCAXIBEgCy8BAE9qIRcLIBMNAQsgECgCLCILBEAgCyAsaigCAA0BCwJAIAAvAbggIhFFDQAgDSAULgECIgxBAXRqIRIgDSELIAwEQANAIAsgDEEBdiIOQQF0aiIPQQJqIAsgDy8BACARSSIPGyELIAwgDkF/c2ogDiAPGyIMDQALCyALIBJGDQAgESALLwEATw0BCwJAAkAgAg0AIAAvAbogIhFFDQEgDSAULgECIgxBAXRqIRIgDSELIAwEQANAIAsgDEEBdiIOQQF0aiIPQQJqIAsgDy8BACARSSIPGyELIAwgDkF/c2ogDiAPGyIMDQALCyALIBJGDQAgESALLwEATw0CCyACQQFIDQAgAC8BvCAiEUUNACANIBQuAQIiDEEBdGohEiANIQsgDARAA0AgCyAMQQF2Ig5BAXRqIg9BAmogCyAPLwEAIBFJIg8bIQsgDCAOQX9zaiAOIA8bIgwNAAsLIAsgEkYNACARIAsvAQBPDQELIAhFDQUgACgC+CJBJEcNBSANIBQvAQIiEkEQdEEQdSIRQQF0aiETIA0hCyARIQwgEgRAA0AgCyAMQQF2Ig5BAXRqIg9BAmogCyAPLwEAQcYASSIPGyELIAwgDkF/c2ogDiAPGyIMDQALCyALIBNHBEAgCy8BAEHHAEkNAQsgDSELIBEhDCASBEADQCALIAxBAXYiDkEBdGoiD0ECaiALIA8vAQBBxwBJIg8bIQsgDCAOQX9zaiAOIA8bIgwNAAsLIAsgE0cEQCALLwEAQcgASQ0BCyANIQsgEgRAA0AgCyARQQF2IgxBAXRqIg5BAmogCyAOLwEAQcgASSIOGyELIBEgDEF/c2ogDCAOGyIRDQALCyALIBNGDQUgCy8BAEHIAEsNBQsCQCAYRQ0AIAAoAqghIBhBKGxqQXxqLwEAIg9FDQAgDSAULgECIgtBAXRqIREgCwRAA0AgDSALQQF2IgxBAXRqIg5BAmogDSAOLwEAIA9JIg4bIQ0gCyAMQX9zaiAMIA4bIgsNAAsLIA0gEUYNBSAPIA0vAQBJDQULAkAgECgCLCILDQAgGA0AIAAoAtggRQ0AIAEoAgAgASABLAALQQBIGyAVaiIMQX9qLQAAIg4gDC0AAEcNACAVQQJOBEAgDiAMQX5qLQAARg0GCyAOIAwtAAFGDQULIAsNAiAYDQIgACgC1CBFDQIgACABKAIAIAEgASwAC0EASBsgFRCVAkUNAgwECyAXIRIgHCEWCyAIRQ0BIAAoAvgiQSRHDQEgACAQKAIgIBBBIGogECwAK0EASBsgFUEAQQAQkwIiFEUNASAAKAKkIiILRQ0BIAsoAjgiDUUNASANIAsvATwiF0EQdEEQdSIPQQF0aiETIA0hCyAPIQwgFwRAA0AgCyAMQQF2Ig5BAXRqIhFBAmogCyARLwEAQfgASSIRGyELIAwgDkF/c2ogDiARGyIMDQALCwJAIAsgE0YNACALLwEAQfkATw0AIBIhFyAWIRwMAQsgFwRAA0AgDSAPQQF2IgtBAXRqIgxBAmogDSAMLwEAQSVJIgwbIQ0gDyALQX9zaiALIAwbIg8NAAsLIA0gE0YNASASIRcgFiEcIA0vAQBBJUsNAQsCQAJAIAAoAvgiQSRHDQAgACAQQRBqIBBBIGpBACAVIBBBIGoQ1AIQmAIhCyAQLAAbQX9MBEAgECgCEBA8CyALIB5qIR4gACgCqCIiC0UNACALQQRqIQwgCywAD0F/TARAIAwoAgAhDAsgJEEANgIAIBBCADcDECAMEF4iC0FwTw0BAkACQCALQQtPBEAgC0EQakFwcSINEF0hDiAQIA1BgICAgHhyNgIYIBAgDjYCECAQIAs2AhQMAQsgECALOgAbIBBBEGohDiALRQ0BCyAOIAwgCxAaGgsgCyAOakEAOgAAIAAgEEEQahCYAiELIBAsABtBf0wEQCAQKAIQEDwLIBcgC0EBSmohFwtBACElIBAoAiAgEEEgaiAQLAArQQBIGyAVaiAoOgAAIBdBAWohLyAeQX9qISkgGEF/aiEbIBdBEHRBEHVBAmohMCAYRSEgA0ACQCAAKALcIEUNACAjBEAgFUF/aiEVQQEhJQwBC0EAISMgFUEDSA0AIBUgASgCACABIAEsAAtBAEgbaiILQX9qLQAAIAtBfmotAABGISMLAkAgACgCgCAiCygCBCALKAIARg0AQQAhDCAQKAIgIBBBIGogECwAK0EASBsgFWohDgNAIAsoAgAgDEECdGooAgAgDhC9ASIRRQRAIAxBAWoiDCAAKAKAICILKAIEIAsoAgBrQQJ1SQ0BCwsgEUUNAANAAkACQAJAIAAvAeYgIg9FDQAgESgCBCILIBEuAQIiDEEBdGohEiAMBEADQCALIAxBAXYiDkEBdGoiDUECaiALIA0vAQAgD0kiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsgCyASRg0AIA8gCy8BAE8NAQsgECgCLCESAkACQCAALwG4ICIPRQ0AIBINACARKAIEIgsgES4BAiIMQQF0aiETIAwEQANAIAsgDEEBdiIOQQF0aiINQQJqIAsgDS8BACAPSSINGyELIAwgDkF/c2ogDiANGyIMDQALCyALIBNGDQAgDyALLwEATw0BCwJAIBINACAALwG+ICIPRQ0AIBEoAgQiCyARLgECIgxBAXRqIRMgDARAA0AgCyAMQQF2Ig5BAXRqIg1BAmogCyANLwEAIA9JIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLIAsgE0YNACAPIAsvAQBPDQELIBJFDQEgACgCvCEgACgCwCFGDQEgACAQQSxqICZBEHRBEHUgEUEAQQEQlgJFDQELIBhFDQEgACgCqCEgG0EobGovASYiD0UNASARKAIEIgsgES4BAiIMQQF0aiESIAwEQANAIAsgDEEBdiIOQQF0aiINQQJqIAsgDS8BACAPSSINGyELIAwgDkF/c2ogDiANGyIMDQALCyALIBJGDQAgDyALLwEATw0BCyARKAIMIhENAQwCCwsCQCAALwGEIyIPRQ0AIBEoAgQiCyARLgECIgxBAXRqIRIgDARAA0AgCyAMQQF2Ig5BAXRqIg1BAmogCyANLwEAIA9JIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLIAsgEkYNACAPIAsvAQBJDQAgCkUNASAKLQAAQSBxRQ0BCwJAIBFFDQAgECgCLCILRQ0AIAsgK2ooAgBFDQAgFCEMDAsLIBFFDQACfyAeIAAoAvgiQSRHDQAaIBEoAgQiDyARLwECIhNBEHRBEHUiEkEBdGohFiAPIQsgEiEMIBMEQANAIAsgDEEBdiIOQQF0aiINQQJqIAsgDS8BAEHJAEkiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsgHiALIBZGDQAaIB4hDCALLwEAQckATQRAIBMEQANAIA8gEkEBdiILQQF0aiIMQQJqIA8gDC8BAEHKAEkiDBshDyASIAtBf3NqIAsgDBsiEg0ACwsgKSAPIBZGDQEaICkhDCAeIA8vAQBBywBJDQEaCyAMCyExIBEoAgQhDgJ/IBcgAC8BwCAiEkUNABogDiARLgECIgxBAXRqIRMgDiELIAwEQANAIAsgDEEBdiINQQF0aiIPQQJqIAsgDy8BACASSSIPGyELIAwgDUF/c2ogDSAPGyIMDQALCyAXIAsgE0YNABogFyASIAsvAQBPagshFgJAIA5FDQAgDiARLwECIhpBEHRBEHUiEkEBdGohISAOIQsgGgRAIAAvAeAgIRMgEiEMA0AgCyAMQQF2Ig1BAXRqIg9BAmogCyAPLwEAIBNB//8DcUkiDxshCyAMIA1Bf3NqIA0gDxsiDA0ACwsCQCALICFGDQAgAC8B4CAgCy8BAEkNAEEAIQwMDAsgDiELIBIhDCAaBEADQCALIAxBAXYiDUEBdGoiD0ECaiALIA8vAQBB5/8DSSIPGyELIAwgDUF/c2ogDSAPGyIMDQALCwJAIAsgIUYNACALLwEAQej/A08NAEEAIQwMDAsgCUUNACAALwHiICIPRQ0AIA4hCyAaBEADQCALIBJBAXYiDEEBdGoiDUECaiALIA0vAQAgD0kiDRshCyASIAxBf3NqIAwgDRsiEg0ACwsgCyAhRg0AIA8gCy8BAEkNAEEAIQwMCwsCQAJAIAAvAbggIhJFDQAgDiARLgECIgxBAXRqIRMgDiELIAwEQANAIAsgDEEBdiINQQF0aiIPQQJqIAsgDy8BACASSSIPGyELIAwgDUF/c2ogDSAPGyIMDQALCyALIBNGDQAgEiALLwEATw0BCyAALwG+ICIPRQ0BIA4gES4BAiILQQF0aiESIAsEQANAIA4gC0EBdiIMQQF0aiINQQJqIA4gDS8BACAPSSINGyEOIAsgDEF/c2ogDCANGyILDQALCyAOIBJGDQEgDyAOLwEASQ0BC0EAIRICQAJAAkAgACgC5CEiC0F/Rg0AIBZBEHRBEHVBAWogC0gNACAAKALoIUUNAyARLQAAIQwgEEEANgIIIBBCADcDACAxQRB0QRB1IQ0CQAJAIAxBC08EQCAMQRBqQfADcSILEF0hDiAQIAtBgICAgHhyNgIIIBAgDjYCACAQIAw2AgQMAQsgECAMOgALIBAhDiAMRQ0BCyAOIBFBEWogDBAaGgtBACELIAwgDmpBADoAAEEBIRIgACAQEJgCIA1qIAAoAughSg0BCyAAKAKoISEMAkACQCAYDQAgDCAAKAKsIUYNAEEAIQsgACABKAIAIAEgASwAC0EASBsgFSAUIBEQlAINAQsgESAURiAAKALMIEEAR3EiDkEBcyELIA4NACAYRQ0AIAwgG0EobGovASYiD0UEQEEBIQsMAQsgESgCBCILIBEuAQIiDEEBdGohESAMBEADQCALIAxBAXYiDkEBdGoiDUECaiALIA0vAQAgD0kiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsgCyARRgRAQQAhCwwBCyAPIAsvAQBPIQsLIBJFDQELIBAsAAtBf0oNACAQKAIAEDwLIAtFDQAgACgC0CBFBEAgFCEMDAsLQQAhDCAAIAEoAgAgASABLAALQQBIGyAdEJICDQogFCEMDAoLIABBADsBnCIgAEEANgKkIgJAAn8CQAJAIB8NACAALwG4ICILRQ0AIAAgASgCACABIAEsAAtBAEgbIBVqIgwgDBBeIAtBAhCTAiISDQELAkAgHw0AIAAvAb4gIgtFDQAgAEIANwKkIiAAIAEoAgAgASABLAALQQBIGyAVaiIMIAwQXiALQQIQkwIiEg0BC0EAIhEgACgCvCEgACgCwCFGDQEaQQAhEyAgIRogECgCLEUNAkEAIAAgASgCACABIAEsAAtBAEgbIBVqIgsgCxBeQQBBAhCTAiILRQ0BGiAAIBBBLGogJkEQdEEQdSALQQBBARCWAkUNAiAUIQwMDAsgACgCqCEhFgJAIBhFDQAgEkUNACAWIBtBKGxqLwEmIg9FDQAgEigCBCILIBIuAQIiDEEBdGohESAMBEADQCALIAxBAXYiDkEBdGoiDUECaiALIA0vAQAgD0kiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsgCyARRgRAQQAhEUEAIRNBACEaDAMLQQAhEUEAIRNBACEaIA8gCy8BAEkNAgsCQCAYDQAgFiAAKAKsIUYNAEEAIREgACABKAIAIAEgASwAC0EASBsgFSAUIBIQlAJFDQBBASEaQQAhEwwCCwJAIAAoAqgiIgxFDQAgDCgCOCILRQ0AIAsgDC4BPCIMQQF0aiERIAwEQCAALwHCICEPA0AgCyAMQQF2Ig5BAXRqIg1BAmogCyANLwEAIA9B//8DcUkiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsgCyARRg0AQQAhEUEAIRMgICEaIAAvAcIgIAsvAQBPDQILAkACQAJAIAAoAqQiIgxFDQAgDCgCOCILRQ0AIAsgDC4BPCIMQQF0aiERIAwEQCAALwHCICEPA0AgCyAMQQF2Ig5BAXRqIg1BAmogCyANLwEAIA9B//8DcUkiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsgCyARRg0AQQAiESASRQ0DGkEAIRMgICEaIAAvAcIgIAsvAQBPDQQMAQsgEkUNAQsgEigCBCEPAkAgAC8BhCMiEUUNACAPIBIuAQIiDEEBdGohEyAPIQsgDARAA0AgCyAMQQF2Ig5BAXRqIg1BAmogCyANLwEAIBFJIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLAkAgCyATRg0AIBEgCy8BAEkNACAKRQ0CQQAiESASRQ0DGkEAIRMgICEaIAooAgBBIHENAQwECyASRQ0BC0EBIRECQCAPRQ0AIA8gEi8BAiIaQRB0QRB1IhNBAXRqISEgDyELIBoEQCAALwHgICEWIBMhDANAIAsgDEEBdiIOQQF0aiINQQJqIAsgDS8BACAWQf//A3FJIg0bIQsgDCAOQX9zaiAOIA0bIgwNAAsLAkAgCyAhRg0AIAAvAeAgIAsvAQBJDQBBACEMDA4LIA8hCyATIQwgGgRAA0AgCyAMQQF2Ig5BAXRqIg1BAmogCyANLwEAQef/A0kiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsCQCALICFGDQAgCy8BAEHo/wNPDQBBACEMDA4LIAlFDQAgAC8B4iAiDkUNACAaBEADQCAPIBNBAXYiC0EBdGoiDEECaiAPIAwvAQAgDkkiDBshDyATIAtBf3NqIAsgDBsiEw0ACwsgDyAhRg0AIBIhEyAgIRogDiAPLwEASQ0DQQAhDAwNCyASIRMgICEaDAILQQALIRFBACETICAhGgsgHiEWIBchEgJAAkACQCAAKAL4IkEkRw0AIAEoAgAhCyABLAALIQwgJEEANgIAIBBCADcDEAJAAkAgCyABIAxBAEgbIBVqIg4QXiILQXBJBEACQAJAIAtBC08EQCALQRBqQXBxIg0QXSEMIBAgDUGAgICAeHI2AhggECAMNgIQIBAgCzYCFAwBCyAQIAs6ABsgEEEQaiEMIAtFDQELIAwgDiALEBoaCyALIAxqQQA6AAAgACAQQRBqEJgCIQsgECwAG0F/TARAIBAoAhAQPAsgCyAeaiEWIAAoApQiIgwEQCAkQQA2AgAgEEIANwMQIAwQXiILQXBPDQICQAJAIAtBC08EQCALQRBqQXBxIg0QXSEOIBAgDUGAgICAeHI2AhggECAONgIQIBAgCzYCFAwBCyAQIAs6ABsgEEEQaiEOIAtFDQELIA4gDCALEBoaCyALIA5qQQA6AAAgEEEQahC0ByAWIAAgEEEQahCYAmshCyAALwGYIiEMIBAsABtBf0wEQCAQKAIQEDwLIAsgDGshFgsgFyESIAAoAqgiIgsEQCALQQRqIQwgCywAD0F/TARAIAwoAgAhDAsgJEEANgIAIBBCADcDECAMEF4iC0FwTw0DAkACQCALQQtPBEAgC0EQakFwcSINEF0hDiAQIA1BgICAgHhyNgIYIBAgDjYCECAQIAs2AhQMAQsgECALOgAbIBBBEGohDiALRQ0BCyAOIAwgCxAaGgsgCyAOakEAOgAAIAAgEEEQahCYAiELIBAsABtBf0wEQCAQKAIQEDwLIBcgC0EBSmohEgsCfyAALACPIiILQX9MBEAgACgCiCIMAQsgC0H/AXELRQ0DIAAvAZwiQbd/aiILQRpLDQMCQAJAAkACQCALQQFrDhoBBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHAAILIBFFDQggFkECaiEWDAcLIBFFDQcMAQsgEUUNBiATKAIEIgsgEy4BAiIMQQF0aiEPIAwEQANAIAsgDEEBdiIOQQF0aiINQQJqIAsgDS8BAEHKAEkiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsgCyAPRg0FIAsvAQBBygBLDQQLIBZBAWohFgwECxDPAgALEM8CAAsQzwIACyARRQ0BCwJAIAAvAcAgIg9FDQAgEygCBCILIBMuAQIiDEEBdGohESAMBEADQCALIAxBAXYiDkEBdGoiDUECaiALIA0vAQAgD0kiDRshCyAMIA5Bf3NqIA4gDRsiDA0ACwsgCyARRg0AIBIgDyALLwEAT2ohEgsCQCAAKALkISILQX9GDQAgEkEQdEEQdUEBaiALSA0AIAAoAughIgtFDQEgCyAWQRB0QRB1SA0BCyATIBRGBEAgACgCzCANAQsgACgC0CBFBEAgFCEMDAsLQQAhDCAAIAEoAgAgASABLAALQQBIGyAdEJICDQogFCEMDAoLAkAgMCAETg0AIAAgEEEQaiAQQSBqIBVBfyAQQSBqENQCIC9BEHRBEHUgHkEQdEEQdSAEICZBEHRBEHUgECgCLCAHQQAgCSAKEJkCIQsgECwAG0F/TARAIBAoAhAQPAsgC0UNAAJAIAAoAqghIAAoAqwhRg0AIAAgASgCACABIAEsAAtBAEgbIBUgFCALEJQCIQwgGgRAIAxFDQEMAgsgDEUNAQsCQCAAKALQIEUEQCAALwHgIA0BIBQhDAwMC0EAIQwgACABKAIAIAEgASwAC0EASBsgHRCSAg0LCyALQRFqIAEoAgAgASABLAALQQBIGyAVaiALLQAAIgwQbARAIBQhDAwLCyAMIBVqIBAoAiAgEEEgaiAQLAArQQBIG2oiDC0AACEOIAxBADoAAAJAIAAoAtAgRQ0AIAAgECgCICAQQSBqIBAsACtBAEgbIBUgCy0AAGoQkgJFDQAgFSALLQAAaiAQKAIgIBBBIGogECwAK0EASBtqIA46AAAMAQsCQCAALwHgIEUNACABLAALIQ8gASgCACERAkAgACgCgCAiDCgCBCAMKAIARwRAQQAhDSARIAEgD0EASBshDwNAIAwoAgAgDUECdGooAgAgDxC9ASIYRQRAIA1BAWoiDSAAKAKAICIMKAIEIAwoAgBrQQJ1SQ0BCwsgGA0BIAEoAgAhESABLQALIQ8LIAAgESABIA9BGHRBGHVBAEgbIB1BAEEAEJMCIhhFDQELIBgoAgQiDEUNACAMIBguAQIiDUEBdGohASANBEAgAC8B4CAhEgNAIAwgDUEBdiIPQQF0aiIRQQJqIAwgES8BACASSSIRGyEMIA0gD0F/c2ogDyARGyINDQALCyABIAxGDQAgAC8B4CAgDC8BAEkNAEEAIQwgGEERaiAQKAIgIBBBIGogECwAK0EASBsgFSALLQAAahBsRQ0LCyAVIAstAABqIBAoAiAgEEEgaiAQLAArQQBIG2ogDjoAACAUIQwMCgtBACAjICUbDQALQQAgIyAlGyEjIBUgJUEAR2ohFQwCCxDPAgALIBYhHCASIRcLIC0gHSAZGyETIC4gJyAZGyENIBkgFSAZGyEZIB8NACAAKAK0IUUNACAcIRYgGEEBaiIYIAAoAqwhIAAoAqgha0EobU0NAQsLIBAoAiAgEEEgaiAQLAArQQBIGyAZaiAoOgAACwJAIAINACAAKAK8ISAAKALAIUYNAEEBIQsgH0UNAQsLQQAhDCAZQQFqIgsgDUgNAAsLIBAsACtBf0wEQCAQKAIgEDwLIBBBMGoiACMCSQRAEBMLIAAkACAMC9MTAQt/IAAoAoAIIg0EQCAHQQFHIRADQAJAIAUEQCANKAI4RQ0BCyAQRQRAIA0oAjgiCEUNASAALwHEICIMRQ0BIAggDS4BPCIJQQF0aiEOIAkEQANAIAggCUEBdiILQQF0aiIKQQJqIAggCi8BACAMSSIKGyEIIAkgC0F/c2ogCyAKGyIJDQALCyAIIA5GDQEgDCAILwEASQ0BCwJAIAAvAf4iIgpFDQACQAJAIARFDQAgBCgCOCIIRQ0AIAggBC4BPCIJQQF0aiEOIAkEQANAIAggCUEBdiILQQF0aiIMQQJqIAggDC8BACAKSSIMGyEIIAkgC0F/c2ogCyAMGyIJDQALCyAIIA5GDQAgCiAILwEATw0BCyANKAI4IghFDQEgCCANLgE8IglBAXRqIQ4gCQRAA0AgCCAJQQF2IgtBAXRqIgxBAmogCCAMLwEAIApJIgwbIQggCSALQX9zaiALIAwbIgkNAAsLIAggDkYNASAKIAgvAQBJDQELIARFDQEgBCgCOCIIRQ0BIAggBC4BPCIJQQF0aiEOIAkEQANAIAggCUEBdiILQQF0aiIMQQJqIAggDC8BACAKSSIMGyEIIAkgC0F/c2ogCyAMGyIJDQALCyAIIA5GDQEgCiAILwEASQ0BIA0oAjgiCEUNASAIIA0uATwiCUEBdGohDiAJBEADQCAIIAlBAXYiC0EBdGoiDEECaiAIIAwvAQAgCkkiDBshCCAJIAtBf3NqIAsgDBsiCQ0ACwsgCCAORg0BIAogCC8BAEkNAQsCQCAHDQAgDSgCOCIIRQ0AIAggDS4BPCIJQQF0aiEOIAkEQCAALwGAIyEMA0AgCCAJQQF2IgtBAXRqIgpBAmogCCAKLwEAIAxB//8DcUkiChshCCAJIAtBf3NqIAsgChsiCQ0ACwsgCCAORg0AIAAvAYAjIAgvAQBPDQELAkAgBQ0AIA0oAjgiCEUNACAIIA0uATwiCUEBdGohDiAJBEAgAC8B5iAhDANAIAggCUEBdiILQQF0aiIKQQJqIAggCi8BACAMQf//A3FJIgobIQggCSALQX9zaiALIAobIgkNAAsLIAggDkYNACAALwHmICIMIAgvAQBJDQAgBEUNASAEKAI4IghFDQAgCCAELgE8IglBAXRqIQ4gCQRAA0AgCCAJQQF2IgtBAXRqIgpBAmogCCAKLwEAIAxJIgobIQggCSALQX9zaiALIAobIgkNAAsLIAggDkYNACAMIAgvAQBPDQELQQAhCCANIAEgAiADIAQgBSAGIAcEfyAIBSAALwGAIwtB//8DcRDgASIIRQ0AIAAgDTYCpCIgCA8LIA0oAlAiDQ0ACwtBACEIAkAgAkUNACAAIAEgAmpBf2oiDi0AAEECdGpBgAhqKAIAIgxFDQAgBEEARyAHQQJHciERIAJBAUghEgNAIAxBxABqIRACfyAMLABPQX9MBEAgECgCAAwBCyAQCyEIIAIhCSAOIQsCfwJAAkACQCASDQADQCAILQAAIgpFDQIgCkEuRwRAIAogCy0AAEcNAgsgC0F/aiELIAhBAWohCCAJQQFKIQogCUF/aiEJIAoNAAsLIAgtAAANAQsCQCAHQQFGBEAgDCgCOCIIRQ0BIAAvAcQgIg1FDQEgCCAMLgE8IglBAXRqIQ8gCQRAA0AgCCAJQQF2IgtBAXRqIgpBAmogCCAKLwEAIA1JIgobIQggCSALQX9zaiALIAobIgkNAAsLIAggD0YNASANIAgvAQBJDQELAkAgAC8B/iIiCkUNAAJAAkAgBEUNACAEKAI4IghFDQAgCCAELgE8IglBAXRqIQ8gCQRAA0AgCCAJQQF2IgtBAXRqIg1BAmogCCANLwEAIApJIg0bIQggCSALQX9zaiALIA0bIgkNAAsLIAggD0YNACAKIAgvAQBPDQELIAwoAjgiCEUNASAIIAwuATwiCUEBdGohDyAJBEADQCAIIAlBAXYiC0EBdGoiDUECaiAIIA0vAQAgCkkiDRshCCAJIAtBf3NqIAsgDRsiCQ0ACwsgCCAPRg0BIAogCC8BAEkNAQsgBEUNASAEKAI4IghFDQEgCCAELgE8IglBAXRqIQ8gCQRAA0AgCCAJQQF2IgtBAXRqIg1BAmogCCANLwEAIApJIg0bIQggCSALQX9zaiALIA0bIgkNAAsLIAggD0YNASAKIAgvAQBJDQEgDCgCOCIIRQ0BIAggDC4BPCIJQQF0aiEPIAkEQANAIAggCUEBdiILQQF0aiINQQJqIAggDS8BACAKSSINGyEIIAkgC0F/c2ogCyANGyIJDQALCyAIIA9GDQEgCiAILwEASQ0BCwJAIAcNACAMKAI4IghFDQAgCCAMLgE8IglBAXRqIQ8gCQRAIAAvAYAjIQ0DQCAIIAlBAXYiC0EBdGoiCkECaiAIIAovAQAgDUH//wNxSSIKGyEIIAkgC0F/c2ogCyAKGyIJDQALCyAIIA9GDQAgAC8BgCMgCC8BAE8NAQsCQAJAIAUNACAMKAI4IghFDQAgCCAMLgE8IglBAXRqIQ8gCQRAIAAvAeYgIQ0DQCAIIAlBAXYiC0EBdGoiCkECaiAIIAovAQAgDUH//wNxSSIKGyEIIAkgC0F/c2ogCyAKGyIJDQALCyAIIA9GDQAgAC8B5iAiDSAILwEASQ0AIARFDQIgBCgCOCIIRQ0BIAggBC4BPCIJQQF0aiEPIAkEQANAIAggCUEBdiILQQF0aiIKQQJqIAggCi8BACANSSIKGyEIIAkgC0F/c2ogCyAKGyIJDQALCyAIIA9GDQAgDSAILwEATw0CCyARDQAgDCgCOCIIRQ0AIAggDC4BPCIJQQF0aiEPIAkEQCAALwGAIyENA0AgCCAJQQF2IgtBAXRqIgpBAmogCCAKLwEAIA1B//8DcUkiChshCCAJIAtBf3NqIAsgChsiCQ0ACwsgCCAPRg0AIAAvAYAjIAgvAQBPDQELQQAhCCAMIAEgAiADIAQgBSAGIAcEfyAIBSAALwGAIwtB//8DcRDgASIIRQ0AIAAgDDYCpCIgACAMLwEeOwGcIiAMKAI4RQRAIBAsAAtBf0wEQCAAIBAoAgA2ApQiIAgPCyAAIBA2ApQiIAgPCyAAKAL4IkEkRw0EAn8gDCwADyIJQX9MBEAgDCgCCAwBCyAJQf8BcQtB//8DcUUNBAJ/IBAsAAsiC0F/TARAIBAoAgAMAQsgEAstAABB6QBHDQQCfyALQX9MBEAgECgCAAwBCyAQCy0AAUH5AEYNBCALQX9MBH8gECgCAAUgEAstAAFB9ABGDQQgAEEBNgKYIiAIDwsgDEHUAGoMAQsgDEHYAGoLKAIAIgwNAAtBACEICyAIC+0CAQh/AkAgACgCgAgiBgRAA0AgACAGLwEeakGcI2otAAAEQCAGIAEgAiADIAQgBRDhASIHDQMLIAYoAlAiBg0ACwsCQCACRQ0AIAAgASACakF/aiIMLQAAQQJ0akGACGooAgAiCEUNACACQQFIIQ0DQCAIQcQAaiEJAn8gCCwAT0F/TARAIAkoAgAMAQsgCQshBiACIQcgDCELAn8CQAJAAkAgDQ0AA0AgBi0AACIKRQ0CIApBLkcEQCAKIAstAABHDQILIAtBf2ohCyAGQQFqIQYgB0EBSiEKIAdBf2ohByAKDQALCyAGLQAADQELAkAgACAILwEeakGcI2otAABFDQAgCCABIAIgAyAEIAUQ4QEiB0UNACAAIAgvAR47AZwiIAgoAjgNBSAJLAALQX9MBEAgACAJKAIANgKUIiAHDwsgACAJNgKUIiAHDwsgCEHUAGoMAQsgCEHYAGoLKAIAIggNAAsLQQAhBwsgBwtUAQN/AkAgACgCgCAiAigCBCACKAIARg0AA0AgAigCACADQQJ0aigCACABEL0BIgQNASADQQFqIgMgACgCgCAiAigCBCACKAIAa0ECdUkNAAsLIAQL5k4BH38jAEFAaiIMIgsjAkkEQBATCyALJAAgDCAHNgI8IAxBADYCOCAMQgA3AzAgDEEANgIoIAxCADcDICAAKALoICEaAkAgACgCsCAEQCAaQQFIBEBBACEaDAILIAJBf2ohDUEAIQsDQCALIAJIBEADQAJAIAsgDUYEQCACIQsMAQsgASALQQFqIgtqLQAAQcABcUGAAUYNAQsLIA5BAWoiDiAaRw0BCwsgGkECSARAIAshGgwCCyAaQX9qIQ9BACEOA0AgAkEASARAIAshGgwDCwNAAkAgAkF/aiENIAJBAUgNACANIQIgASANai0AAEHAAXFBgAFGDQELCyANIQIgDkEBaiIOIA9HDQALIAshGgwBCyACIBprQQFqIQILIAxBMGogARDjAgJ/IAxBIGogGiACTg0AGiABQQFqISMgB0EARyEkIAxBGGohGyAGQQFqIiFBAnQhJSAGQQJ0ISYDQAJAIAAoArAgRQRAIBpBAWohCyAaIRQMAQsgDCgCMCAMQTBqIAwsADtBAEgbIQ0gGiELA0AgCyIUQQFqIQsgDSAUai0AAEHAAXFBgAFGDQALIBQgAkgNACAMQSBqDAILIAwgBzYCPCABIAsiGmohJyABIBRqIhVBfmohKCAVQX9qISkgAyEZICQhHANAIAwoAjAgDEEwaiAMLAA7QQBIGyAUaiIDLQAAIR8gA0EAOgAAIABBADYCpCICQCAMLAArQX9MBEAgDCgCIEEAOgAAIAxBADYCJAwBCyAMQQA6ACsgDEEAOgAgCyAKBEAgDEEgaiAKKAIAIAogCi0ACyIDQRh0QRh1QQBIIgsbIAooAgQgAyALGxDgAgsCQAJAAkACQAJAIAAoAoAgIgMoAgQgAygCAEYNAEEAIQsgDCgCMCAMQTBqIAwsADtBAEgbIQ0DQCADKAIAIAtBAnRqKAIAIA0QvQEiEkUEQCALQQFqIgsgACgCgCAiAygCBCADKAIAa0ECdUkNAQsLAkAgEkUNAANAAkACQCAALwHmICIPRQ0AIBIoAgQiAyASLgECIgtBAXRqIRAgCwRAA0AgAyALQQF2Ig1BAXRqIg5BAmogAyAOLwEAIA9JIg4bIQMgCyANQX9zaiANIA4bIgsNAAsLIAMgEEYNACAPIAMvAQBPDQELIAwoAjwhEAJAIBwNACAALwG4ICIPRQ0AIBANACASKAIEIgMgEi4BAiILQQF0aiERIAsEQANAIAMgC0EBdiINQQF0aiIOQQJqIAMgDi8BACAPSSIOGyEDIAsgDUF/c2ogDSAOGyILDQALCyADIBFGDQAgDyADLwEATw0DCwJAIBwNACAZQf//A3ENACAALwG6ICIPRQ0AIBIoAgQiAyASLgECIgtBAXRqIREgCwRAA0AgAyALQQF2Ig1BAXRqIg5BAmogAyAOLwEAIA9JIg4bIQMgCyANQX9zaiANIA4bIgsNAAsLIAMgEUYNACAPIAMvAQBPDQMLAkAgHA0AIBANACAZQf//A3FFDQAgAC8BvCAiD0UNACASKAIEIgMgEi4BAiILQQF0aiERIAsEQANAIAMgC0EBdiINQQF0aiIOQQJqIAMgDi8BACAPSSIOGyEDIAsgDUF/c2ogDSAOGyILDQALCyADIBFGDQAgDyADLwEATw0DCyAcRQ0AIAAoArwhIAAoAsAhRg0AAkAgGUH//wNxDQAgEA0AIAAgDEE8aiAGIBIgCEEAEJYCDQMgDCgCPCEQCyAQRQ0AIAAgDEE8aiAGIBIgCEEAEJYCDQILIBIoAgwiEg0ACwwBCyASRQ0AIAxBIGpBIBDiAiAMQSBqQc4dEOECIAxBIGogDCgCMCAMQTBqIAwsADtBAEgbEOECAkACQCASLQAQIgtFDQACfyASIBItAABqQRJqIgMgC0ECcUUNABogAygAAEUNAUEAIBItABAiC0UNABogEiASLQAAakESaiIDIAtBAnFFDQAaIAMoAAALQdIdEK4BDQELIAxBIGpBIBDiAiAMQSBqQdIdEOECIAxBIGogDCgCMCAMQTBqIAwsADtBAEgbEOECCwJAIBItABAiA0UNACADQQJxBEAgEiASLQAAakESaigAAEUNAQsgDEEgakEgEOICIAxBIGoCf0GSHiASLQAQIgtFDQAaIBIgEi0AAGpBEmoiAyALQQJxRQ0AGiADKAAACxDhAgtBACETIBIoAgQiD0UNASAPIBIvAQIiFkEQdEEQdSIQQQF0aiEXIA8hAyAWBEAgAC8B4CAhESAQIQsDQCADIAtBAXYiDUEBdGoiDkECaiADIA4vAQAgEUH//wNxSSIOGyEDIAsgDUF/c2ogDSAOGyILDQALCwJAIAMgF0cEQCAALwHgICADLwEATw0BCyAPIQMgECELIBYEQANAIAMgC0EBdiINQQF0aiIOQQJqIAMgDi8BAEHn/wNJIg4bIQMgCyANQX9zaiANIA4bIgsNAAsLIAMgF0cEQCADLwEAQej/A0kNAQsgFgRAIAAvAeYgIQ0DQCAPIBBBAXYiA0EBdGoiC0ECaiAPIAsvAQAgDUH//wNxSSILGyEPIBAgA0F/c2ogAyALGyIQDQALCyAPIBdGDQIgAC8B5iAgDy8BAEkNAgsgDCgCMCAMQTBqIAwsADtBAEgbIBRqIB86AAAMAwsCQAJAIAAvAbggIgNFDQAgACAMKAIwIAxBMGogDCwAO0EASBsgFEEBIAMQjgIiEg0BIAAgDCgCMCAMQTBqIAwsADtBAEgbIBRBAEEAQQAgAC8BuCBBARCaAiISRQRAIAAoAsggRQ0BIAAgDCgCMCAMQTBqIAwsADtBAEgbIBRBAEEAIAAvAbggEJsCIhJFDQELIAAoAqQiIhEoAjgiDkUNAQJAIAAvAcIgIhBFDQAgDiARLgE8IgtBAXRqIRYgDiEDIAsEQANAIAMgC0EBdiINQQF0aiIPQQJqIAMgDy8BACAQSSIPGyEDIAsgDUF/c2ogDSAPGyILDQALCyADIBZGDQAgECADLwEATw0BCwJAIAAvAb4gIg9FDQAgDiARLgE8IgNBAXRqIRAgAwRAA0AgDiADQQF2IgtBAXRqIg1BAmogDiANLwEAIA9JIg0bIQ4gAyALQX9zaiALIA0bIgMNAAsLIA4gEEYNACASRQ0BIA8gDi8BAE8NAQwCCyASDQELIBlB//8DcUUEQCAALwG6ICIDRQ0DIAAgDCgCMCAMQTBqIAwsADtBAEgbIBRBAEEAQQAgA0EBEJoCIhINASAAKALIIARAIAAgDCgCMCAMQTBqIAwsADtBAEgbIBRBAEEAIAAvAbogEJsCIhINAgsgACAMKAIwIAxBMGogDCwAO0EASBsgFEEBIAAvAbogEI4CIhINAQwDCyAZQRB0QRB1QQFIDQIgAC8BvCAiA0UNAiAAIAwoAjAgDEEwaiAMLAA7QQBIGyAUQQBBAEEAIANBARCaAiISDQAgACgCyCAEQCAAIAwoAjAgDEEwaiAMLAA7QQBIGyAUQQBBACAALwG8IBCbAiISDQELIAAgDCgCMCAMQTBqIAwsADtBAEgbIBRBASAALwG8IBCOAiISRQ0CCyAbQQA2AgAgDEIANwMQAkAgAC8BuCAiAwRAIAwgACAMKAIwIAxBMGogDCwAO0EASBsgFCADEJ4CIAxBEGogDBDWAiAMLAALQX9MBEAgDCgCABA8CyAMKAIUIAwsABsiA0H/AXEgA0EASBsNAQsgGUH//wNxRQRAIAAvAbogIgNFDQEgDCAAIAwoAjAgDEEwaiAMLAA7QQBIGyAUIAMQngIgDEEQaiAMENYCIAwsAAtBf0oNASAMKAIAEDwMAQsgGUEQdEEQdUEBSA0AIAAvAbwgIgNFDQAgDCAAIAwoAjAgDEEwaiAMLAA7QQBIGyAUIAMQngIgDEEQaiAMENYCIAwsAAtBf0oNACAMKAIAEDwLIAwoAhQgDC0AGyIDIANBGHRBGHUiA0EASBsEfyAMQSBqQSAQ4gIgDEEgakHOHRDhAiAMQSBqIAwoAjAgDEEwaiAMLAA7QQBIGxDhAiAMQRBqEK8HIAxBIGogDCgCECAMQRBqIAwtABsiA0EYdEEYdUEASCILGyAMKAIUIAMgCxsQ4AIgDC0AGwUgAwtBGHRBGHVBf0wEQCAMKAIQEDwLQQEhEwsCQCASRQ0AAkAgACgCqCIiC0UNACALKAI4IgNFDQAgAyALLgE8IgtBAXRqIRAgCwRAIAAvAcIgIQ8DQCADIAtBAXYiDUEBdGoiDkECaiADIA4vAQAgD0H//wNxSSIOGyEDIAsgDUF/c2ogDSAOGyILDQALCyADIBBGDQAgAC8BwiAgAy8BAE8NAwsgACgCpCIiC0UNACALKAI4IgNFDQAgAyALLgE8IgtBAXRqIRAgCwRAIAAvAcIgIQ8DQCADIAtBAXYiDUEBdGoiDkECaiADIA4vAQAgD0H//wNxSSIOGyEDIAsgDUF/c2ogDSAOGyILDQALCyADIBBGDQAgAC8BwiAgAy8BAE8NAgsCQCASRQ0AIBMNAAJAIAAvAb4gIg5FDQACQCAAKAKoIiILRQ0AIAsoAjgiA0UNACADIAsuATwiC0EBdGohECALBEADQCADIAtBAXYiDUEBdGoiD0ECaiADIA8vAQAgDkkiDxshAyALIA1Bf3NqIA0gDxsiCw0ACwsgAyAQRg0AIA4gAy8BAE8NBAsgACgCpCIiC0UNACALKAI4IgNFDQAgAyALLgE8IgtBAXRqIRAgCwRAA0AgAyALQQF2Ig1BAXRqIg9BAmogAyAPLwEAIA5JIg8bIQMgCyANQX9zaiANIA8bIgsNAAsLIAMgEEYNACAOIAMvAQBPDQMLIBlB//8DcQ0AIAAvAbwgIg5FDQACQCAAKAKoIiILRQ0AIAsoAjgiA0UNACADIAsuATwiC0EBdGohECALBEADQCADIAtBAXYiDUEBdGoiD0ECaiADIA8vAQAgDkkiDxshAyALIA1Bf3NqIA0gDxsiCw0ACwsgAyAQRg0AIA4gAy8BAE8NAgsgACgCpCIiC0UNACALKAI4IgNFDQAgAyALLgE8IgtBAXRqIRAgCwRAA0AgAyALQQF2Ig1BAXRqIg9BAmogAyAPLwEAIA5JIg8bIQMgCyANQX9zaiANIA8bIgsNAAsLIAMgEEYNACAOIAMvAQBPDQELIBJFDQACQCASKAIEIhFFDQAgESASLwECIhZBEHRBEHUiDkEBdGohFyARIQMgFgRAIAAvAeAgIRAgDiELA0AgAyALQQF2Ig1BAXRqIg9BAmogAyAPLwEAIBBB//8DcUkiDxshAyALIA1Bf3NqIA0gDxsiCw0ACwsgAyAXRwRAIAAvAeAgIAMvAQBPDQMLIBEhAyAWBEADQCADIA5BAXYiC0EBdGoiDUECaiADIA0vAQBB5/8DSSINGyEDIA4gC0F/c2ogCyANGyIODQALCyADIBdGDQAgAy8BAEHo/wNJDQILAkACQCAALwHAICIPRQRAIBkhFiATRQ0BDAILIBEgEi4BAiILQQF0aiEQIBEhAyALBEADQCADIAtBAXYiDUEBdGoiDkECaiADIA4vAQAgD0kiDhshAyALIA1Bf3NqIA0gDhsiCw0ACwsgGSEWIAMgEEcEQCAZIA8gAy8BAE9qIRYLIBMNAQsgDCgCPCIDBEAgAyAmaigCAA0BCwJAIAAvAbggIg9FDQAgESASLgECIgtBAXRqIRAgESEDIAsEQANAIAMgC0EBdiINQQF0aiIOQQJqIAMgDi8BACAPSSIOGyEDIAsgDUF/c2ogDSAOGyILDQALCyADIBBGDQAgDyADLwEATw0BCwJAAkAgGUH//wNxDQAgAC8BuiAiD0UNASARIBIuAQIiC0EBdGohECARIQMgCwRAA0AgAyALQQF2Ig1BAXRqIg5BAmogAyAOLwEAIA9JIg4bIQMgCyANQX9zaiANIA4bIgsNAAsLIAMgEEYNACAPIAMvAQBPDQILIBlBEHRBEHVBAUgNACAALwG8ICIPRQ0AIBEgEi4BAiILQQF0aiEQIBEhAyALBEADQCADIAtBAXYiDUEBdGoiDkECaiADIA4vAQAgD0kiDhshAyALIA1Bf3NqIA0gDhsiCw0ACwsgAyAQRg0AIA8gAy8BAE8NAQsMAQsgDCgCPCEDAkAgACgC2CBFDQAgAw0AICktAAAiCyAVLQAARw0AIBRBAk4EQCALICgtAABGDQILIAsgJy0AAEYNAQsCQCADDQAgACgCqCEgACgCrCFGDQAgACABIBQgEkEAEJQCDQELAkAgAw0AIAAoAtQgRQ0AIAAgASAUEJUCDQELAkACQAJAAkACQCAAKAL4IkEkRwRAIAQhFwwBCyAAIAxBEGogDEEwakEAIBQgDEEwahDUAhCYAiEDIAwsABtBf0wEQCAMKAIQEDwLIAMgBGohFyAAKAKoIiIDRQ0AIANBBGohCyADLAAPQX9MBEAgCygCACELCyAbQQA2AgAgDEIANwMQIAsQXiIDQXBPDQECQAJAIANBC08EQCADQRBqQXBxIg4QXSENIAwgDkGAgICAeHI2AhggDCANNgIQIAwgAzYCFAwBCyAMIAM6ABsgDEEQaiENIANFDQELIA0gCyADEBoaCyADIA1qQQA6AAAgACAMQRBqEJgCIQMgDCwAG0F/TARAIAwoAhAQPAsgFiADQQFKaiEWC0EAIQsCQCAAKAKAICIDKAIEIAMoAgBGDQADQCADKAIAIAtBAnRqKAIAIBUQvQEiEEUEQCALQQFqIgsgACgCgCAiAygCBCADKAIAa0ECdUkNAQsLIBBFDQACQAJAIAkCfwNAAkACQAJAIAAvAeYgIg9FDQAgECgCBCIDIBAuAQIiC0EBdGohESALBEADQCADIAtBAXYiDUEBdGoiDkECaiADIA4vAQAgD0kiDhshAyALIA1Bf3NqIA0gDhsiCw0ACwsgAyARRg0AIA8gAy8BAE8NAQsgDCgCPCERAkACQCAALwG4ICIPRQ0AIBENACAQKAIEIgMgEC4BAiILQQF0aiETIAsEQANAIAMgC0EBdiINQQF0aiIOQQJqIAMgDi8BACAPSSIOGyEDIAsgDUF/c2ogDSAOGyILDQALCyADIBNGDQAgDyADLwEATw0BCwJAIBENACAALwG+ICIPRQ0AIBAoAgQiAyAQLgECIgtBAXRqIRMgCwRAA0AgAyALQQF2Ig1BAXRqIg5BAmogAyAOLwEAIA9JIg4bIQMgCyANQX9zaiANIA4bIgsNAAsLIAMgE0YNACAPIAMvAQBPDQELIBFFDQEgACgCvCEgACgCwCFGDQEgACAMQTxqICFBEHRBEHUgEEEAQQEQlgJFDQEgDCgCPCERCyARRQ0FIBEgJWooAgBFDQUgCSAMKAIgIAxBIGogDC0AKyIDQRh0QRh1QQBIIgsbIAwoAiQgAyALGxDgAiAJQcYdEOECIAlBzh0Q4QIgCSAVEOECIAAoArQgRQ0EIBAtABAiA0UNBCADQQJxRQ0BIBAgEC0AAGpBEmooAABFDQQgEC0AECIDDQFBkh4MAwsgECgCDCIQDQEMBQsLIBAgEC0AAGpBEmoiCyADQQJxRQ0AGiALKAAACxDhAgsCQAJAIBAtABAiC0UNAAJ/IBAgEC0AAGpBEmoiAyALQQJxRQ0AGiADKAAARQ0BQQAgEC0AECILRQ0AGiAQIBAtAABqQRJqIgMgC0ECcUUNABogAygAAAtB0h0QrgENAQsgCUHGHRDhAiAJQdIdEOECIAkgEEERahDhAgsCQCAAKAK0IA0AIBAtABAiA0UNACADQQJxBEAgECAQLQAAakESaigAAEUNAQsgCUHGHRDhAiAJAn9Bkh4gEC0AECILRQ0AGiAQIBAtAABqQRJqIgMgC0ECcUUNABogAygAAAsQ4QILIAlB1h0Q4QIgDEEgagwLCwJ/IBcgACgC+CJBJEcNABogECgCBCIPIBAvAQIiE0EQdEEQdSIRQQF0aiEYIA8hAyARIQsgEwRAA0AgAyALQQF2Ig1BAXRqIg5BAmogAyAOLwEAQckASSIOGyEDIAsgDUF/c2ogDSAOGyILDQALCyAXIAMgGEYNABogFyADLwEAQckASw0AGiATBEADQCAPIBFBAXYiA0EBdGoiC0ECaiAPIAsvAQBBygBJIgsbIQ8gESADQX9zaiADIAsbIhENAAsLIBdBf2ogDyAYRg0AGiAXIA8vAQBBygBLawshHSAQKAIEIQ8CfyAWIAAvAcAgIhFFDQAaIA8gEC4BAiIDQQF0aiETIA8hCyADBEADQCALIANBAXYiDUEBdGoiDkECaiALIA4vAQAgEUkiDhshCyADIA1Bf3NqIA0gDhsiAw0ACwsgFiALIBNGDQAaIBYgESALLwEAT2oLIQMCQCAPRQ0AIA8gEC8BAiIeQRB0QRB1IhFBAXRqISIgDyELIB4EQCAALwHgICEYIBEhDQNAIAsgDUEBdiIOQQF0aiITQQJqIAsgEy8BACAYQf//A3FJIhMbIQsgDSAOQX9zaiAOIBMbIg0NAAsLAkAgCyAiRwRAIAAvAeAgIAsvAQBPDQELIA8hCyAeBEADQCALIBFBAXYiDUEBdGoiDkECaiALIA4vAQBB5/8DSSIOGyELIBEgDUF/c2ogDSAOGyIRDQALCyALICJGDQEgCy8BAEHn/wNLDQELIAwoAjAgDEEwaiAMLAA7QQBIGyAUaiAfOgAAIB0hBAwICwJAAkAgAC8BuCAiE0UNACAPIBAuAQIiDUEBdGohGCAPIQsgDQRAA0AgCyANQQF2Ig5BAXRqIhFBAmogCyARLwEAIBNJIhEbIQsgDSAOQX9zaiAOIBEbIg0NAAsLIAsgGEYNACATIAsvAQBPDQELIAAvAb4gIhFFDQEgDyAQLgECIgtBAXRqIRMgCwRAA0AgDyALQQF2Ig1BAXRqIg5BAmogDyAOLwEAIBFJIg4bIQ8gCyANQX9zaiANIA4bIgsNAAsLIA8gE0YNASARIA8vAQBJDQELAkACQCAAKALkISILQX9GDQAgA0EQdEEQdUEBaiALSA0AIAAoAughRQ0CIBAtAAAhAyAbQQA2AgAgDEIANwMQIB1BEHRBEHUhDgJAAkAgA0ELTwRAIANBEGpB8ANxIg0QXSELIAwgDUGAgICAeHI2AhggDCALNgIQIAwgAzYCFAwBCyAMIAM6ABsgDEEQaiELIANFDQELIAsgEEERaiADEBoaC0EAIQ0gAyALakEAOgAAIAAgDEEQahCYAiAOaiAAKALoIUwEQCAAKALMIEUgECASR3IhDQsgDCwAG0F/TARAIAwoAhAQPAsgDQ0BDAILIBAgEkcNACAAKALMIA0BCyAJIAwoAiAgDEEgaiAMLQArIgNBGHRBGHVBAEgiCxsgDCgCJCADIAsbEOACIAlBxh0Q4QIgCUHOHRDhAiAJIBUQ4QICQCAQLQAQIgNFDQAgA0ECcQRAIBAgEC0AAGpBEmooAABFDQELIAAoArQgBEAgCQJ/QZIeIBAtABAiC0UNABogECAQLQAAakESaiIDIAtBAnFFDQAaIAMoAAALEOECCwJAAkAgEC0AECILRQ0AAn8gECAQLQAAakESaiIDIAtBAnFFDQAaIAMoAABFDQFBACAQLQAQIgtFDQAaIBAgEC0AAGpBEmoiAyALQQJxRQ0AGiADKAAAC0HSHRCuAQ0BCyAJQcYdEOECIAlB0h0Q4QIgCSAQQRFqEOECCyAAKAK0IA0AIAlBxh0Q4QIgCQJ/QZIeIBAtABAiC0UNABogECAQLQAAakESaiIDIAtBAnFFDQAaIAMoAAALEOECCyAJQdYdEOECQQEhIAsgAEEAOwGcIiAAQQA2AqQiAkACQCAcDQAgAC8BuCAiA0UNACAAIBUgFRBeIANBABCTAiITDQELAkAgHA0AIAAvAb4gIgNFDQAgAEIANwKkIiAAIBUgFRBeIANBABCTAiITDQELQQAhGCAAKAK8ISAAKALAIUYNAyAMKAI8RQ0DIAAgFSAVEF5BAEECEJMCIhNFDQMgACAMQTxqICFBEHRBEHUgE0EAQQEQlgJFDQAgG0EANgIAIAxCADcDEAJAIAAvAbggIgMEQCAMIAAgFSAVEF4gAxCeAiAMQRBqIAwQ1gIgDCwAC0F/TARAIAwoAgAQPAsgDCgCFCAMLAAbIgNB/wFxIANBAEgbDQELIAAvAb4gIgNFDQAgDCAAIBUgFRBeIAMQngIgDEEQaiAMENYCIAwsAAtBf0oNACAMKAIAEDwLIAkgDCgCICAMQSBqIAwtACsiA0EYdEEYdUEASCILGyAMKAIkIAMgCxsQ4AIgDCgCFCAMLQAbIgMgA0EYdEEYdUEASBsEQCAJQSAQ4gIgCUHOHRDhAiAJIBUQ4QIgDEEQahCvByAJIAwoAhAgDEEQaiAMLQAbIgNBGHRBGHVBAEgiCxsgDCgCFCADIAsbEOACCyAJQdYdEOECIAwsABtBf0wEQCAMKAIQEDwLQQEhIAsCQCAAKAKoIiILRQ0AIAsoAjgiA0UNACADIAsuATwiC0EBdGohECALBEAgAC8BwiAhDwNAIAMgC0EBdiINQQF0aiIOQQJqIAMgDi8BACAPQf//A3FJIg4bIQMgCyANQX9zaiANIA4bIgsNAAsLIAMgEEYNAEEAIRggAC8BwiAgAy8BAE8NAwsCQCAAKAKkIiILRQ0AIAsoAjgiA0UNACADIAsuATwiC0EBdGohECALBEAgAC8BwiAhDwNAIAMgC0EBdiINQQF0aiIOQQJqIAMgDi8BACAPQf//A3FJIg4bIQMgCyANQX9zaiANIA4bIgsNAAsLIAMgEEYNAEEAIRggAC8BwiAgAy8BAE8NAyATRQ0DDAILIBMNAUEAIRgMAgsQzwIAC0EBIRggEygCBCIPRQ0BIA8gEy8BAiIdQRB0QRB1IhBBAXRqIR4gDyEDIB0EQCAALwHgICERIBAhCwNAIAMgC0EBdiINQQF0aiIOQQJqIAMgDi8BACARQf//A3FJIg4bIQMgCyANQX9zaiANIA4bIgsNAAsLAkAgAyAeRwRAIAAvAeAgIAMvAQBPDQELIA8hAyAQIQsgHQRAA0AgAyALQQF2Ig1BAXRqIg5BAmogAyAOLwEAQef/A0kiDhshAyALIA1Bf3NqIA0gDhsiCw0ACwsgAyAeRg0CIAMvAQBB5/8DSw0CCyAdBEAgAC8B5iAhDQNAIA8gEEEBdiIDQQF0aiILQQJqIA8gCy8BACANQf//A3FJIgsbIQ8gECADQX9zaiADIAsbIhANAAsLIA8gHkcEQCAALwHmICAPLwEATw0CCyAMKAIwIAxBMGogDCwAO0EASBsgFGogHzoAACAXIQQgFiEDDAQLQQAhEwsgFyERIBYhEAJAAkACQCAAKAL4IkEkRw0AIBtBADYCACAMQgA3AxACQAJAIBUQXiIDQXBJBEACQAJAIANBC08EQCADQRBqQXBxIg0QXSELIAwgDUGAgICAeHI2AhggDCALNgIQIAwgAzYCFAwBCyAMIAM6ABsgDEEQaiELIANFDQELIAsgFSADEBoaCyADIAtqQQA6AAAgACAMQRBqEJgCIQMgDCwAG0F/TARAIAwoAhAQPAsgAyAXaiERIAAoApQiIgsEQCAbQQA2AgAgDEIANwMQIAsQXiIDQXBPDQICQAJAIANBC08EQCADQRBqQXBxIg4QXSENIAwgDkGAgICAeHI2AhggDCANNgIQIAwgAzYCFAwBCyAMIAM6ABsgDEEQaiENIANFDQELIA0gCyADEBoaCyADIA1qQQA6AAAgDEEQahC0ByARIAAgDEEQahCYAmshAyAALwGYIiELIAwsABtBf0wEQCAMKAIQEDwLIAMgC2shEQsgFiEQIAAoAqgiIgMEQCADQQRqIQsgAywAD0F/TARAIAsoAgAhCwsgG0EANgIAIAxCADcDECALEF4iA0FwTw0DAkACQCADQQtPBEAgA0EQakFwcSIOEF0hDSAMIA5BgICAgHhyNgIYIAwgDTYCECAMIAM2AhQMAQsgDCADOgAbIAxBEGohDSADRQ0BCyANIAsgAxAaGgsgAyANakEAOgAAIAAgDEEQahCYAiEDIAwsABtBf0wEQCAMKAIQEDwLIBYgA0EBSmohEAsCfyAALACPIiIDQX9MBEAgACgCiCIMAQsgA0H/AXELRQ0DIAAvAZwiQbd/aiIDQRpLDQMCQAJAAkACQCADQQFrDhoBBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHAAILIBhFDQggEUECaiERDAcLIBhFDQcMAQsgGEUNBiATKAIEIgMgEy4BAiILQQF0aiEPIAsEQANAIAMgC0EBdiINQQF0aiIOQQJqIAMgDi8BAEHKAEkiDhshAyALIA1Bf3NqIA0gDhsiCw0ACwsgAyAPRg0FIAMvAQBBygBLDQQLIBFBAWohEQwECxDPAgALEM8CAAsQzwIACyAYRQ0BCwJAIAAvAcAgIg9FDQAgEygCBCIDIBMuAQIiC0EBdGohGCALBEADQCADIAtBAXYiDUEBdGoiDkECaiADIA4vAQAgD0kiDhshAyALIA1Bf3NqIA0gDhsiCw0ACwsgAyAYRg0AIBAgDyADLwEAT2ohEAsCQCAAKALkISIDQX9GDQAgEEEQdEEQdUEBaiADSA0AIAAoAughIgNFDQEgAyARQRB0QRB1SA0BCyASIBNGBEAgACgCzCANAQsgG0EANgIAIAxCADcDEAJAIAAvAbggIgMEQCAMIAAgFSAVEF4gAxCeAiAMQRBqIAwQ1gIgDCwAC0F/TARAIAwoAgAQPAsgDCgCFCAMLAAbIgNB/wFxIANBAEgbDQELIAAvAb4gIgNFDQAgDCAAIBUgFRBeIAMQngIgDEEQaiAMENYCIAwsAAtBf0oNACAMKAIAEDwLIAkgDCgCICAMQSBqIAwtACsiA0EYdEEYdUEASCILGyAMKAIkIAMgCxsQ4AIgDCgCFCAMLQAbIgMgA0EYdEEYdUEASBsEQCAJQSAQ4gIgCUHOHRDhAiAJICMQ4QIgDEEQahCvByAJIAwoAhAgDEEQaiAMLQAbIgNBGHRBGHVBAEgiCxsgDCgCFCADIAsbEOACCyAJQQoQ4gIgDCwAG0F/TARAIAwoAhAQPAtBASEgDAELIBZBEHQiA0EQdUECaiAFTg0AICANAEEAISAgACAVIBUQXiADQYCABGpBEHUgF0EQdEEQdSAFICFBEHRBEHUgDCgCPCAIIAkgDEEgahCdAgsgDCgCMCAMQTBqIAwsADtBAEgbIBRqIB86AAALIBkhAwsCQCAcDQAgGUH//wNxDQBBASEcIAMhGSAAKAK8ISAAKALAIUcNAQsLIBogAkgNAAsgDEEgagssAAtBf0wEQCAMKAIgEDwLIAwsADtBf0wEQCAMKAIwEDwLIAxBQGsiACMCSQRAEBMLIAAkAAu7AwEDfyMAQSBrIgUiBiMCSQRAEBMLIAYkACAAQgA3AgAgAEEANgIIIAVBEGogASACIAMQkAIgBSgCFCAFLQAbIgYgBkEYdEEYdUEASCIGGyIHBEAgACAFKAIQIAVBEGogBhsgBxDgAgsgBSABIAIgA0EAQQBBACAEEJ8CIAVBEGogBRDWAiAFLAALQX9MBEAgBSgCABA8CyAFKAIUIAUsABsiB0H/AXEgB0EASCIHGyIGBEAgACAFKAIQIAVBEGogBxsgBhDgAgsCQCABKAKYI0UNACABQgA3AqQiIAUgASACIANBAEEAIAQQoAIgBUEQaiAFENYCIAUsAAtBf0wEQCAFKAIAEDwLIAUoAhQgBSwAGyIHQf8BcSAHQQBIGyIGBEAgACAFKAIQIAVBEGogB0EASBsgBhDgAgsgBSABIAIgAyAEEJECIAVBEGogBRDWAiAFLAALQX9MBEAgBSgCABA8CyAFKAIUIAUsABsiAUH/AXEgAUEASBsiAkUNACAAIAUoAhAgBUEQaiABQQBIGyACEOACCyAFLAAbQX9MBEAgBSgCEBA8CyAFQSBqIgAjAkkEQBATCyAAJAAL1xYBC38jAEEQayIMIggjAkkEQBATCyAIJAAgDEEANgIIIAxCADcDACABKAKACCIOBEADQAJAIAYEQCAOKAI4RQ0BCwJAAkAgAS8B/iIiC0UNAAJAAkAgBUUNACAFKAI4IglFDQAgCSAFLgE8IghBAXRqIQ8gCARAA0AgCSAIQQF2IgpBAXRqIg1BAmogCSANLwEAIAtJIg0bIQkgCCAKQX9zaiAKIA0bIggNAAsLIAkgD0YNACALIAkvAQBPDQELIA4oAjgiCUUNASAJIA4uATwiCEEBdGohDyAIBEADQCAJIAhBAXYiCkEBdGoiDUECaiAJIA0vAQAgC0kiDRshCSAIIApBf3NqIAogDRsiCA0ACwsgCSAPRg0BIAsgCS8BAEkNAQtBACEJIAVFDQEgBSgCOCIIRQ0BIAggBS4BPCIKQQF0aiEQIAoEQANAIAggCkEBdiINQQF0aiIPQQJqIAggDy8BACALSSIPGyEIIAogDUF/c2ogDSAPGyIKDQALCyAIIBBGDQEgCyAILwEASQ0BIA4oAjgiCEUNASAIIA4uATwiCkEBdGohECAKBEADQCAIIApBAXYiDUEBdGoiD0ECaiAIIA8vAQAgC0kiDxshCCAKIA1Bf3NqIA0gDxsiCg0ACwsgCCAQRg0BIAsgCC8BAEkNAQsCQCAOKAI4IghFDQAgCCAOLgE8IglBAXRqIQ8gCQRAIAEvAYAjIQ0DQCAIIAlBAXYiCkEBdGoiC0ECaiAIIAsvAQAgDUH//wNxSSILGyEIIAkgCkF/c2ogCiALGyIJDQALCyAIIA9GDQBBACEJIAEvAYAjIAgvAQBPDQELAkAgBg0AIA4oAjgiCUUNACAJIA4uATwiCEEBdGohDyAIBEAgAS8B5iAhDQNAIAkgCEEBdiIKQQF0aiILQQJqIAkgCy8BACANQf//A3FJIgsbIQkgCCAKQX9zaiAKIAsbIggNAAsLIAkgD0YNACABLwHmICIPIAkvAQBJDQBBACEJIAVFDQEgBSgCOCIIRQ0AIAggBS4BPCIKQQF0aiEQIAoEQANAIAggCkEBdiILQQF0aiINQQJqIAggDS8BACAPSSINGyEIIAogC0F/c2ogCyANGyIKDQALCyAIIBBGDQAgDyAILwEATw0BCyAOIAIgAyAEIAUgBiAHQQAQ4AEhCQsDQCAJRQ0BAkAgBUUNACAFKAI0IggEQCAMIAgQ4QIgDEHGHRDhAgwBCyABKAKEICAFLwEeEMgBIQggDEHGHRDhAiAMQcgdEOECIAhFDQAgDCAIEOECIAgQPAsCQCABKAK0IEUNACAJLQAQIghFDQAgDAJ/AkAgCEECcUUNACAJIAktAABqQRJqKAAARQ0CIAktABAiCA0AQZIeDAELIAkgCS0AAGpBEmoiCiAIQQJxRQ0AGiAKKAAACxDhAgsCQAJAIAktABAiCkUNAAJ/IAkgCS0AAGpBEmoiCCAKQQJxRQ0AGiAIKAAARQ0BQQAgCS0AECIKRQ0AGiAJIAktAABqQRJqIgggCkECcUUNABogCCgAAAtB0h0QrgENAQsgDEHGHRDhAiAMQdIdEOECIAwgCUERahDhAgsCQCABKAK0IA0AIAktABAiCEUNACAIQQJxBEAgCSAJLQAAakESaigAAEUNAQsgDEHGHRDhAiAMAn9Bkh4gCS0AECIKRQ0AGiAJIAktAABqQRJqIgggCkECcUUNABogCCgAAAsQ4QILAkAgDigCNARAIAxBxh0Q4QIgDCAOKAI0EOECDAELIAEoAoQgIA4vAR4QyAEhCCAMQcYdEOECIAxByB0Q4QIgCEUNACAMIAgQ4QIgCBA8CyAMQdYdEOECIA4gCSAEIAUgBiAHEOMBIQkMAAALAAsgDigCUCIODQALCwJAIANFBEAgAEIANwIAIABBADYCCAwBCyABIAIgA2pBf2oiEi0AAEECdGpBgAhqKAIAIg4EQCADQQFIIRADQCAOQcQAaiEJIA4sAE9Bf0wEQCAJKAIAIQkLIAMhCCASIQoCfwJAAkACQCAQDQADQCAJLQAAIgtFDQIgC0EuRwRAIAsgCi0AAEcNAgsgCkF/aiEKIAlBAWohCSAIQQFKIQsgCEF/aiEIIAsNAAsLIAktAAANAQsCQAJAIAEvAf4iIgtFDQACQAJAIAVFDQAgBSgCOCIJRQ0AIAkgBS4BPCIIQQF0aiEPIAgEQANAIAkgCEEBdiIKQQF0aiINQQJqIAkgDS8BACALSSINGyEJIAggCkF/c2ogCiANGyIIDQALCyAJIA9GDQAgCyAJLwEATw0BCyAOKAI4IglFDQEgCSAOLgE8IghBAXRqIQ8gCARAA0AgCSAIQQF2IgpBAXRqIg1BAmogCSANLwEAIAtJIg0bIQkgCCAKQX9zaiAKIA0bIggNAAsLIAkgD0YNASALIAkvAQBJDQELQQAhCSAFRQ0BIAUoAjgiCEUNASAIIAUuATwiCkEBdGohESAKBEADQCAIIApBAXYiDUEBdGoiD0ECaiAIIA8vAQAgC0kiDxshCCAKIA1Bf3NqIA0gDxsiCg0ACwsgCCARRg0BIAsgCC8BAEkNASAOKAI4IghFDQEgCCAOLgE8IgpBAXRqIREgCgRAA0AgCCAKQQF2Ig1BAXRqIg9BAmogCCAPLwEAIAtJIg8bIQggCiANQX9zaiANIA8bIgoNAAsLIAggEUYNASALIAgvAQBJDQELAkAgDigCOCIIRQ0AIAggDi4BPCIJQQF0aiEPIAkEQCABLwGAIyENA0AgCCAJQQF2IgpBAXRqIgtBAmogCCALLwEAIA1B//8DcUkiCxshCCAJIApBf3NqIAogCxsiCQ0ACwsgCCAPRg0AQQAhCSABLwGAIyAILwEATw0BCwJAIAYNACAOKAI4IghFDQAgCCAOLgE8IglBAXRqIQ8gCQRAIAEvAeYgIQ0DQCAIIAlBAXYiCkEBdGoiC0ECaiAIIAsvAQAgDUH//wNxSSILGyEIIAkgCkF/c2ogCiALGyIJDQALCyAIIA9GDQBBACEJIAEvAeYgIAgvAQBPDQELIA4gAiADIAQgBSAGIAdBABDgASEJCwNAIAkEQAJAIAVFDQAgBSgCNCIIBEAgDCAIEOECIAxBxh0Q4QIMAQsgASgChCAgBS8BHhDIASEIIAxBxh0Q4QIgDEHIHRDhAiAIRQ0AIAwgCBDhAiAIEDwLAkAgASgCtCBFDQAgCS0AECIIRQ0AIAwCfwJAIAhBAnFFDQAgCSAJLQAAakESaigAAEUNAiAJLQAQIggNAEGSHgwBCyAJIAktAABqQRJqIgogCEECcUUNABogCigAAAsQ4QILAkACQCAJLQAQIgpFDQACfyAJIAktAABqQRJqIgggCkECcUUNABogCCgAAEUNAUEAIAktABAiCkUNABogCSAJLQAAakESaiIIIApBAnFFDQAaIAgoAAALQdIdEK4BDQELIAxBxh0Q4QIgDEHSHRDhAiAMIAlBEWoQ4QILAkAgASgCtCANACAJLQAQIghFDQAgCEECcQRAIAkgCS0AAGpBEmooAABFDQELIAxBxh0Q4QIgDAJ/QZIeIAktABAiCkUNABogCSAJLQAAakESaiIIIApBAnFFDQAaIAgoAAALEOECCwJAIA4oAjQEQCAMQcYdEOECIAwgDigCNBDhAgwBCyABKAKEICAOLwEeEMgBIQggDEHGHRDhAiAMQcgdEOECIAhFDQAgDCAIEOECIAgQPAsgDEHWHRDhAiAOIAkgBCAFIAYgBxDjASEJDAELCyAOQdQAagwBCyAOQdgAagsoAgAiDg0ACwsgACAMENECGgsgDCwAC0F/TARAIAwoAgAQPAsgDEEQaiIAIwJJBEAQEwsgACQAC8AIAQl/IwBBQGoiByIOIwJJBEAQEwsgDiQAIAdBADYCOCAHQgA3AzAgB0EANgIoIAdCADcDICAHQQA2AhggB0IANwMQIAEoAoAIIggEQANAAkAgASAILwEeakGcI2otAABFDQAgByAIIAIgAyAEIAUgBhDiASAHKAIEIActAAsiCSAJQRh0QRh1IglBAEgbBH8CQCAFRQ0AIAUoAjQiCQRAIAdBMGogCRDhAiAHQTBqQcYdEOECDAELIAEoAoQgIAUvAR4QyAEhCSAHQTBqQcYdEOECIAdBMGpByB0Q4QIgCUUNACAHQTBqIAkQ4QIgCRA8CyAHQTBqIAcoAgAgByAHLQALIglBGHRBGHVBAEgiCxsgBygCBCAJIAsbEOACAkAgCCgCNARAIAdBMGpBxh0Q4QIgB0EwaiAIKAI0EOECDAELIAEoAoQgIAgvAR4QyAEhCSAHQTBqQcYdEOECIAdBMGpByB0Q4QIgCUUNACAHQTBqIAkQ4QIgCRA8CyAHQTBqQdYdEOECIActAAsFIAkLQRh0QRh1QX9KDQAgBygCABA8CyAIKAJQIggNAAsLAkAgA0UEQCAAQgA3AgAgAEEANgIIDAELIAEgAiADakF/aiIOLQAAQQJ0akGACGooAgAiCgRAIANBAUghDwNAIApBxABqIQwCfyAKLABPQX9MBEAgDCgCAAwBCyAMCyEIIAMhCSAOIQsCfwJAAkACQCAPDQADQCAILQAAIg1FDQIgDUEuRwRAIA0gCy0AAEcNAgsgC0F/aiELIAhBAWohCCAJQQFKIQ0gCUF/aiEJIA0NAAsLIAgtAAANAQsCQCABIAovAR5qQZwjai0AAEUNACAHIAogAiADIAQgBSAGEOIBIAcoAgQgBy0ACyIIIAhBGHRBGHUiCEEASBsEfyABIAovAR47AZwiIAooAjhFBEAgASAMLAALQX9MBH8gDCgCAAUgDAs2ApQiCyAHQSBqIAcQ1gICQCAHLAAbQX9MBEAgBygCEEEAOgAAIAdBADYCFAwBCyAHQQA6ABsgB0EAOgAQCwJAIAooAjQEQCAHQRBqQcYdEOECIAdBEGogCigCNBDhAgwBCyABKAKEICAKLwEeEMgBIQggB0EQakHGHRDhAiAHQRBqQcgdEOECIAhFDQAgB0EQaiAIEOECIAgQPAsgB0EgaiAHQRBqELAHIAdBIGpB1h0Q4QIgB0EwaiAHKAIgIAdBIGogBy0AKyIIQRh0QRh1QQBIIgkbIAcoAiQgCCAJGxDgAiAHLQALBSAIC0EYdEEYdUF/Sg0AIAcoAgAQPAsgCkHUAGoMAQsgCkHYAGoLKAIAIgoNAAsLIAAgB0EwahDRAhoLIAcsABtBf0wEQCAHKAIQEDwLIAcsACtBf0wEQCAHKAIgEDwLIAcsADtBf0wEQCAHKAIwEDwLIAdBQGsiACMCSQRAEBMLIAAkAAvlCgERfyMAQSBrIgsiCSMCSQRAEBMLIAkkAAJAAkAgBkUEQCAAQgA3AgAgAEEANgIIDAELIAQgBUEBdGohDSAEIQkgBQRAIAEvAYwjIQ8gBSEKA0AgCSAKQQF2Ig5BAXRqIgxBAmogCSAMLwEAIA9JIgwbIQkgCiAOQX9zaiAOIAwbIgoNAAsLAkAgCSANRg0AIAEvAYwjIAkvAQBJDQAgAEIANwIAIABBADYCCAwBCyAGIAcQogJFBEAgAEIANwIAIABBADYCCCACEF4iCUFwTw0CAkACQCAJQQtPBEAgCUEQakFwcSIOEF0hCiAAIA5BgICAgHhyNgIIIAAgCjYCACAAIAk2AgQgCiEADAELIAAgCToACyAJRQ0BCyAAIAIgCRAaGgsgACAJakEAOgAADAELIAtBADYCGCALQgA3AxACfwJAIAZB2B0QrgENACAGQdwdEK4BDQBBfwwBCyALQRBqIAYQ4wIgC0EQakHGHRDhAiALLAAbIglBf0wEQCALKAIUDAELIAlB/wFxCyEUAkAgBQR/IBRBf0YhGANAAkAgASAEIBVBAXRqIhkvAQAiCUH/AXFBAnRqQYAYaigCACINRQ0AA0ACQCANLwEeIAlB//8DcUcNACANKAI0IhFFDQACQCANLgE8IhBFDQAgAS8BjCMhDyANKAI4IhIhCSAQIQoDQCAJIApBAXYiDkEBdGoiDEECaiAJIAwvAQAgD0H//wNxIgZJIgwbIQkgCiAOQX9zaiAOIAwbIgoNAAsgCSASIBBBAXRqRg0AIAYgCS8BAE8NAQsCQAJ/IBhFBEAgC0EQaiAUQX8gESAREF4Q6AIgCygCECALQRBqIAssABtBAEgbIRELIBELIAcQogIiEg0AIAAgDSACIAMQ3gECQCAAKAIEIAAtAAsiCSAJQRh0QRh1QQBIIgkbRQ0AIAtBEGohEyABKAKEICAAKAIAIAAgCRsQvQEiCUUNByAJKAIEIgxFDQcgDCAJLwECIhZBEHRBEHUiD0EBdGohFyAMIQkgFgRAIAEvAeAgIRAgDyEKA0AgCSAKQQF2Ig5BAXRqIgZBAmogCSAGLwEAIBBB//8DcUkiBhshCSAKIA5Bf3NqIA4gBhsiCg0ACwsgCSAXRwRAIAEvAeAgIAkvAQBPDQELIBYEQANAIAwgD0EBdiIJQQF0aiIKQQJqIAwgCi8BAEHn/wNJIgobIQwgDyAJQX9zaiAJIAobIg8NAAsLIAwgF0YNByAMLwEAQef/A0sNBwsgACwAC0F/Sg0AIAAoAgAQPAsgCA0AIBJBAUcNACANLgE8IgpBAUgNACABLwGMIyEPIA0oAjgiECEJIApB//8DcSISIQoDQCAJIApBAXYiDkEBdGoiDEECaiAJIAwvAQAgD0H//wNxIgZJIgwbIQkgCiAOQX9zaiAOIAwbIgoNAAsgECASQQF0aiAJRwRAIAYgCS8BAE8NAQsgCyANIAIgAxDeAQJ/IAsoAgQgCy0ACyIJIAlBGHRBGHVBAEgiCRsiCgRAIAAgASALKAIAIAsgCRsgCiANKAI4IA0vATwgESAHQQEQoQIgACgCBCAALQALIgkgCUEYdEEYdSIJQQBIGyEKAkAgCUF/Sg0AIAoNACAAKAIAEDwLQQEgCg0BGgtBAAshCSALLAALQX9MBEAgCygCABA8CyAJRQ0AIAtBEGohEwwFCyANKAJcIg1FDQEgGS8BACEJDAAACwALIBVBAWoiFSAFRw0ACyALQRBqBSALQRBqCyETIABCADcCACAAQQA2AggLIBMsAAtBf0oNACALKAIQEDwLIAtBIGoiACMCSQRAEBMLIAAkAA8LEM8CAAu/BQEJf0EBIQICQCAARQ0AIAFFDQAgAEEKEGAhBAJAAkACQCAAQdwdEK4BIgMEQCAERQ0BIAQgA08NAQsgAEHYHRCuASIDRQ0BCyAERQ0BIAQgA08NAQsgAEGVHhCuASEDQQAhAAsgAUEKEGAhBQJAAkACQCABQdwdEK4BIgIEQCAFRQ0BIAUgAk8NAQsgAUHYHRCuASICRQ0BCyAFRQ0BIAUgAk8NAQsgAUGVHhCuASECCyACQQBHIQYgA0EARyEHQQEhAQJAIAJFDQAgA0UNACAEQQBHIAQgA01xBEBBASEHQQEhBgwBC0EBIQdBASEGIAVFIgkgBSACS3JFDQAgBEEARyEKA0ACQAJAIAMtAAMgAi0AA0cNACACQQNqIQEgA0EDaiECQQAhCEEAIQcDQCABQQFqIQECQCACLAABIgNBIEsNAAJAIANBAWsOHwEBAQEBAQEBAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEAC0EBIQcLAkAgASwAACIGQSBLDQACQCAGQQFrDh8BAQEBAQEBAQAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAtBASEICyACQQFqIQIgByAIckVBACADIAZGGw0ACyAHRQ0AIAgNAQtBf0EBIAAbDwsCfwJAQQAgAkHcHRCuASIDIAogBCADSXEbRQRAIAJB2B0QrgEiA0UNAQsgAiAERQ0BGiAEIANJDQAgAgwBCyACQZUeEK4BIQNBAAshAAJAAkBBACABQdwdEK4BIgIgBUEARyAFIAJJcRtFBEAgAUHYHRCuASICRQ0BCyAFRQ0BIAUgAk8NAQsgAUGVHhCuASECC0EAIQEgAkEARyEGIANBAEchByACRQ0BIANFDQFBASEHIARBAEcgBCADTXEEQEEBIQYMAgtBASEGIAkgBSACS3INAAsLIAEgBiAHcnIhAgsgAguwFQEOfyMAQTBrIgsiDiMCSQRAEBMLIA4kAAJAAkACQCAFRQ0AAkAgAC8B5iAiDkUNACAEIQkgBSEKA0AgCSAKQQF2Ig1BAXRqIgxBAmogCSAMLwEAIA5JIgwbIQkgCiANQX9zaiANIAwbIgoNAAsgCSAEIAVBAXRqRg0AIA4gCS8BAE8NAgsgAC8BgCMiDkUNACAEIQkgBSEKA0AgCSAKQQF2Ig1BAXRqIgxBAmogCSAMLwEAIA5JIgwbIQkgCiANQX9zaiANIAwbIgoNAAsgCSAEIAVBAXRqRg0AIA4gCS8BAE8NAQsgASACEKcHIgk2AgAgCUUEQEEAIQ4MAgsgAUEANgIIIAFBADoABEEBIREgCEUNACABIAgQpwciCTYCDCAJRQRAQQAhDgwCC0EAIQ4gAUEAOgAQIAEgAhCnByIJNgIUQQIhESAJRQ0BCyAFBEAgBiAHaiEWIBEhDgNAIA4hESAAIAQgFUEBdGoiFC8BACIJQf8BcUECdGpBgBhqKAIAIgwEQAN/AkACQCAMLwEeIAlB//8DcUcNAAJ/IAwtAA8iCUEYdEEYdUF/SiINRQRAIAwoAggMAQsgCQtB//8DcQRAAn8gDUUEQCAMKAIIDAELIAkLQRB0QRB1IAdODQECfyANRQRAIAwoAgghCSAMKAIEDAELIAxBBGoLIBYgCUEQdEEQdWsQQw0BCwJAIAwoAjgiD0UNAAJAIAAvAeYgIhJFDQAgDyAMLgE8IgpBAXRqIREgDyEJIAoEQANAIAkgCkEBdiINQQF0aiIQQQJqIAkgEC8BACASSSIQGyEJIAogDUF/c2ogDSAQGyIKDQALCyAJIBFGDQAgEiAJLwEATw0CCwJAIAAvAf4iIhJFDQAgDyAMLgE8IgpBAXRqIREgDyEJIAoEQANAIAkgCkEBdiINQQF0aiIQQQJqIAkgEC8BACASSSIQGyEJIAogDUF/c2ogDSAQGyIKDQALCyAJIBFGDQAgEiAJLwEATw0CCyAALwGAIyIQRQ0AIA8gDC4BPCIJQQF0aiESIAkEQANAIA8gCUEBdiIKQQF0aiINQQJqIA8gDS8BACAQSSINGyEPIAkgCkF/c2ogCiANGyIJDQALCyAPIBJGDQAgECAPLwEATw0BCyALQSBqIAwgAiADEN4BAn8CQAJAIA5B5ABODQAgCygCJCALLQArIgkgCUEYdEEYdUEASCIKG0UNACABIA5BDGxqIgkgCygCICALQSBqIAobEKcHNgIAIAwtAB0hCiAJQQA2AgggCSAKQQFxOgAEIA5BAWohESAIRQRAIBMhDgwCCyARQeQATgRAIBMhDgwCCyALQQA2AhggC0IANwMQAkAgCBBeIglBcEkEQAJAAkAgCUELTwRAIAlBEGpBcHEiDRBdIQogCyANQYCAgIB4cjYCGCALIAo2AhAgCyAJNgIUDAELIAsgCToAGyALQRBqIQogCUUNAQsgCiAIIAkQGhoLIAkgCmpBADoAACAMQcQAaiEKIAwsAE9Bf0wEQCAKKAIAIQoLIAtBADYCCCALQgA3AwAgChBeIglBcE8NAQJAAkAgCUELTwRAIAlBEGpBcHEiDxBdIQ0gCyAPQYCAgIB4cjYCCCALIA02AgAgCyAJNgIEDAELIAsgCToACyALIQ0gCUUNAQsgDSAKIAkQGhoLIAkgDWpBADoAACALELQHIAtBEGogCygCACALIAstAAsiCUEYdEEYdUEASCIKGyALKAIEIAkgChsQ4AIgASARQQxsaiIKIAsoAhAgC0EQaiALLAAbQQBIGxCnByIJNgIAIAkEfyAKQQA6AAQgCiALKAIgIAtBIGogCywAK0EASBsQpwciCTYCCCAOQQJqIBEgCRshESATIA4gCRshDiAJRQVBAQshCiALLAALQX9MBEAgCygCABA8CyALLAAbQX9MBEAgCygCEBA8C0EBIAoNBBoMAwsQzwIACxDPAgALIA4hESATIQ4LQQALIQkgCywAK0F/TARAIAsoAiAQPAsgCQ0GDAELIA4hESATIQ4LIAwoAlwiDAR/IBQvAQAhCSAOIRMgESEODAEFIA4hEyARCwshDgsgFUEBaiIVIAVHDQALCwJAIBFBAkgEQCARIQ4MAQsgESEOQQEhEwNAAkAgASATQQxsaiISLQAERQ0AIAVFDQBBACEQA0ACQCAAIAQgEEEBdGoiDS8BACIKQf8BcUECdGpBgBBqKAIAIglFDQADQAJAIAkvAR4gCkH//wNxRw0AIAktAB1BAXFFDQACfyAJLQAPIgpBGHRBGHVBf0oiD0UEQCAJKAIIDAELIAoLQf//A3EEQAJ/IA9FBEAgCSgCCAwBCyAKC0EQdEEQdSAHTg0BAn8gD0UEQCAJKAIIIQogCSgCBAwBCyAJQQRqCyAGIApBEHRBEHUQbA0BCyALQSBqIAkgEigCACIKIAoQXhDXASALLQArIgxBGHRBGHUhCgJAIA5B5ABODQAgCygCJCAMIApBAEgiDxtFDQAgASAOQQxsaiIKIAsoAiAgC0EgaiAPGxCnBzYCACAJLQAdIQwgCkEANgIIIAogDEEBcToABCAOQQFqIQ4gCy0AKyEKCyAKQRh0QRh1QX9KDQAgCygCIBA8CyAJKAJQIglFDQEgDS8BACEKDAAACwALIBBBAWoiECAFRw0ACwsgE0EBaiITIBFHDQALCyAFRQ0AQQAhFANAAkAgACAEIBRBAXRqIhEvAQAiCUH/AXFBAnRqQYAQaigCACIMRQ0AA0ACQCAMLwEeIAlB//8DcUcNAAJ/IAwtAA8iCUEYdEEYdUF/SiINRQRAIAwoAggMAQsgCQtB//8DcQRAAn8gDUUEQCAMKAIIDAELIAkLQRB0QRB1IAdODQECfyANRQRAIAwoAgghCSAMKAIEDAELIAxBBGoLIAYgCUEQdEEQdRBsDQELAkAgDCgCOCIPRQ0AAkAgAC8B5iAiEkUNACAPIAwuATwiCkEBdGohEyAPIQkgCgRAA0AgCSAKQQF2Ig1BAXRqIhBBAmogCSAQLwEAIBJJIhAbIQkgCiANQX9zaiANIBAbIgoNAAsLIAkgE0YNACASIAkvAQBPDQILAkAgAC8B/iIiEkUNACAPIAwuATwiCkEBdGohEyAPIQkgCgRAA0AgCSAKQQF2Ig1BAXRqIhBBAmogCSAQLwEAIBJJIhAbIQkgCiANQX9zaiANIBAbIgoNAAsLIAkgE0YNACASIAkvAQBPDQILIAAvAYAjIhBFDQAgDyAMLgE8IglBAXRqIRIgCQRAA0AgDyAJQQF2IgpBAXRqIg1BAmogDyANLwEAIBBJIg0bIQ8gCSAKQX9zaiAKIA0bIgkNAAsLIA8gEkYNACAQIA8vAQBPDQELIAtBIGogDCACIAMQ1wEgCy0AKyIKQRh0QRh1IQkCQCAOQeQATg0AIAsoAiQgCiAJQQBIIg0bRQ0AIAEgDkEMbGoiCSALKAIgIAtBIGogDRsQpwc2AgAgDC0AHSEKIAlBADYCCCAJIApBAXE6AAQgDkEBaiEOIAstACshCQsgCUEYdEEYdUF/Sg0AIAsoAiAQPAsgDCgCUCIMRQ0BIBEvAQAhCQwAAAsACyAUQQFqIhQgBUcNAAsLIAtBMGoiACMCSQRAEBMLIAAkACAOC0gBAn8gAEHTImotAAAiAUEYdEEYdSICQX9MBH8gAEHMImooAgAFIAELRQRAQQAPCyAAQcgiaiEAIAJBf0wEfyAAKAIABSAACwtcAQJ/IABBkyBqLQAAIgFBGHRBGHUiAkF/TARAIABBjCBqKAIAIQELIABBiCBqIQAgAQR/IAIFIABB6h0Q4wIgACwACwtBGHRBGHVBf0wEfyAAKAIABSAACxCnBwtLAQJ/IABBnyBqLQAAIgFBGHRBGHUiAkF/TAR/IABBmCBqKAIABSABC0UEQEEADwsgAEGUIGohACACQX9MBH8gACgCAAUgAAsQpwcLLwEBf0EBIQECQCAALwG4IA0AIAAvAbogDQAgACgCvCEgAEHAIWooAgBHIQELIAELmAIBB38CQAJAIAAoAgQiAiAAKAIAIgZGBEAgASgCBCEEDAELIAEoAgQhBANAIARBdGoiA0EANgIIIANCADcCAAJAIAJBdGoiAigCBCACKAIAayIFRQ0AIAVBf0wNAyADQQRqIgggBRBdIgc2AgAgAyAHNgIAIARBfGogByAFQQF1QQF0ajYCACACKAIEIAIoAgAiBWsiA0EBSA0AIAggByAFIAMQGiADajYCAAsgASABKAIEQXRqIgQ2AgQgAiAGRw0ACyAAKAIAIQYLIAAgBDYCACABIAY2AgQgACgCBCECIAAgASgCCDYCBCABIAI2AgggACgCCCECIAAgASgCDDYCCCABIAI2AgwgASABKAIENgIADwsQcwALzgEBBX8CQCAAKAIEIAAoAgAiBWsiBkECdSIEQQFqIgNBgICAgARJBEAgBEECdAJ/QQAgAyAAKAIIIAVrIgJBAXUiBCAEIANJG0H/////AyACQQJ1Qf////8BSRsiAkUNABogAkGAgICABE8NAiACQQJ0EF0LIgNqIgQgASgCADYCACADIAJBAnRqIQIgBEEEaiEBIAZBAU4EQCADIAUgBhAaGgsgACACNgIIIAAgATYCBCAAIAM2AgAgBQRAIAUQPAsPCxBzAAtBmR4QkwgACzMBAX8gAgRAIAAhAwNAIAMgASgCADYCACADQQRqIQMgAUEEaiEBIAJBf2oiAg0ACwsgAAsjAQJ/IAAhAQNAIAEiAkEEaiEBIAIoAgANAAsgAiAAa0ECdQspAQF/IAIEQCAAIQMDQCADIAE2AgAgA0EEaiEDIAJBf2oiAg0ACwsgAAtpAQF/AkAgACABa0ECdSACSQRAA0AgACACQX9qIgJBAnQiA2ogASADaigCADYCACACDQAMAgALAAsgAkUNACAAIQMDQCADIAEoAgA2AgAgA0EEaiEDIAFBBGohASACQX9qIgINAAsLIAAL0AEBAn8jAEGgAWsiBCIFIwJJBEAQEwsgBSQAIARBCGpB4B5BkAEQGhoCQAJAIAFBf2pB/////wdPBEAgAQ0BQQEhASAEQZ8BaiEACyAEIAA2AjQgBCAANgIcIARBfiAAayIFIAEgASAFSxsiATYCOCAEIAAgAWoiADYCJCAEIAA2AhggBEEIaiACIAMQNyEAIAFFDQEgBCgCHCIBIAEgBCgCGEZrQQA6AAAMAQtB0JAJQT02AgBBfyEACyAEQaABaiIBIwJJBEAQEwsgASQAIAALMwEBfyAAKAIUIgMgASACIAAoAhAgA2siAyADIAJLGyIDEBoaIAAgACgCFCADajYCFCACC0UBAn8jAEEQayICIgMjAkkEQBATCyADJAAgAiABNgIMIABB5ABBj8cAIAEQrgIhASACQRBqIgAjAkkEQBATCyAAJAAgAQsuAQJ/IwBBEGsiACIBIwJJBEAQEwsgASQAIABBEGoiACMCSQRAEBMLIAAkAEEAC5gCAgJ/BH4jAEEQayICIgMjAkkEQBATCyADJAAgAb0iBUKAgICAgICAgIB/gyEHAn4gBUL///////////8AgyIEQoCAgICAgIB4fEL/////////7/8AWARAIARCPIYhBiAEQgSIQoCAgICAgICAPHwMAQsgBEKAgICAgICA+P8AWgRAIAVCPIYhBiAFQgSIQoCAgICAgMD//wCEDAELIARQBEBCAAwBCyACIARCACAEQoCAgIAQWgR/IARCIIinZwUgBadnQSBqCyIDQTFqECggAikDACEGIAIpAwhCgICAgICAwACFQYz4ACADa61CMIaECyEEIAAgBjcDACAAIAQgB4Q3AwggAkEQaiIAIwJJBEAQEwsgACQAC1gBAn8jAEEQayICIgEjAkkEQBATCyABJABBfyEBAkAgABBxDQAgACACQQ9qQQEgACgCIBEDAEEBRw0AIAItAA8hAQsgAkEQaiIAIwJJBEAQEwsgACQAIAELRgICfwF+IAAgATcDcCAAIAAoAggiAiAAKAIEIgNrrCIENwN4AkAgAVANACAEIAFXDQAgACADIAGnajYCaA8LIAAgAjYCaAvCAQIDfwF+AkACQCAAKQNwIgRQRQRAIAApA3ggBFkNAQsgABCzAiIDQX9KDQELIABBADYCaEF/DwsgACgCCCEBAkACQCAAKQNwIgRQDQAgBCAAKQN4Qn+FfCIEIAEgACgCBCICa6xZDQAgACACIASnajYCaAwBCyAAIAE2AmgLAkAgAUUEQCAAKAIEIQIMAQsgACAAKQN4IAEgACgCBCICa0EBaqx8NwN4CyACQX9qIgAtAAAgA0cEQCAAIAM6AAALIAMLbAEDfiAAIAJCIIgiAyABQiCIIgR+QgB8IAJC/////w+DIgIgAUL/////D4MiAX4iBUIgiCACIAR+fCICQiCIfCABIAN+IAJC/////w+DfCICQiCIfDcDCCAAIAVC/////w+DIAJCIIaENwMAC+wKAgV/BH4jAEEQayIHIgQjAkkEQBATCyAEJAACQAJAAkACQAJAIAFBJE0EQANAAn8gACgCBCIEIAAoAmhJBEAgACAEQQFqNgIEIAQtAAAMAQsgABC1AgsiBBCYAQ0ACwJAIARBVWoiBUECSw0AIAVBAWtFDQBBf0EAIARBLUYbIQYgACgCBCIEIAAoAmhJBEAgACAEQQFqNgIEIAQtAAAhBAwBCyAAELUCIQQLAkACQCABQW9xDQAgBEEwRw0AAn8gACgCBCIEIAAoAmhJBEAgACAEQQFqNgIEIAQtAAAMAQsgABC1AgsiBEEgckH4AEYEQEEQIQECfyAAKAIEIgQgACgCaEkEQCAAIARBAWo2AgQgBC0AAAwBCyAAELUCCyIEQaEiai0AAEEQSQ0FIAAoAmgiBARAIAAgACgCBEF/ajYCBAsgAgRAQgAhAyAERQ0JIAAgACgCBEF/ajYCBAwJC0IAIQMgAEIAELQCDAgLIAENAUEIIQEMBAsgAUEKIAEbIgEgBEGhImotAABLDQAgACgCaARAIAAgACgCBEF/ajYCBAtCACEDIABCABC0AkHQkAlBHDYCAAwGCyABQQpHDQIgBEFQaiICQQlNBEBBACEBA0AgAiABQQpsaiEBAn8gACgCBCIEIAAoAmhJBEAgACAEQQFqNgIEIAQtAAAMAQsgABC1AgsiBEFQaiICQQlNQQAgAUGZs+bMAUkbDQALIAGtIQkLIAJBCUsNASAJQgp+IQogAq0hCwNAIAogC3whCQJ/IAAoAgQiBCAAKAJoSQRAIAAgBEEBajYCBCAELQAADAELIAAQtQILIgRBUGoiAkEJSw0CIAlCmrPmzJmz5swZWg0CIAlCCn4iCiACrSILQn+FWA0AC0EKIQEMAwtB0JAJQRw2AgBCACEDDAQLQQohASACQQlNDQEMAgsgASABQX9qcQRAIAEgBEGhImotAAAiAksEQEEAIQUDQCACIAEgBWxqIgVBxuPxOE1BACABAn8gACgCBCIEIAAoAmhJBEAgACAEQQFqNgIEIAQtAAAMAQsgABC1AgsiBEGhImotAAAiAksbDQALIAWtIQkLIAEgAk0NASABrSEKA0AgCSAKfiILIAKtQv8BgyIMQn+FVg0CIAsgDHwhCSABAn8gACgCBCIEIAAoAmhJBEAgACAEQQFqNgIEIAQtAAAMAQsgABC1AgsiBEGhImotAAAiAk0NAiAHIAogCRC2AiAHKQMIUA0ACwwBC0J/IAFBF2xBBXZBB3FBoSRqLAAAIgitIgqIIgsCfiABIARBoSJqLQAAIgJLBEBBACEFA0AgAiAFIAh0ciIFQf///z9NQQAgAQJ/IAAoAgQiBCAAKAJoSQRAIAAgBEEBajYCBCAELQAADAELIAAQtQILIgRBoSJqLQAAIgJLGw0ACyAFrSEJCyAJC1QNACABIAJNDQADQCACrUL/AYMgCSAKhoQhCQJ/IAAoAgQiBCAAKAJoSQRAIAAgBEEBajYCBCAELQAADAELIAAQtQILIQQgCSALVg0BIAEgBEGhImotAAAiAksNAAsLIAEgBEGhImotAABNDQADQCABAn8gACgCBCIEIAAoAmhJBEAgACAEQQFqNgIEIAQtAAAMAQsgABC1AgtBoSJqLQAASw0AC0HQkAlBxAA2AgAgBkEAIANCAYNQGyEGIAMhCQsgACgCaARAIAAgACgCBEF/ajYCBAsCQCAJIANUDQACQCADp0EBcQ0AIAYNAEHQkAlBxAA2AgAgA0J/fCEDDAILIAkgA1gNAEHQkAlBxAA2AgAMAQsgCSAGrCIDhSADfSEDCyAHQRBqIgAjAkkEQBATCyAAJAAgAwuUAQECfyMAQZABayIEIgUjAkkEQBATCyAFJAAgBCAANgIsIAQgADYCBCAEQQA2AgAgBEF/NgJMIARBfyAAQf////8HaiAAQQBIGzYCCCAEQgAQtAIgBCACQQEgAxC3AiEDIAEEQCABIAAgBCgCBCAEKAJ4aiAEKAIIa2o2AgALIARBkAFqIgAjAkkEQBATCyAAJAAgAwvMAwIDfwF+IwBBIGsiAyICIwJJBEAQEwsgAiQAAkAgAUL///////////8AgyIFQoCAgICAgMC/QHwgBUKAgICAgIDAwL9/fFQEQCABQhmIpyECIABQIAFC////D4MiBUKAgIAIVCAFQoCAgAhRG0UEQCACQYGAgIAEaiECDAILIAJBgICAgARqIQIgACAFQoCAgAiFhEIAUg0BIAJBAXEgAmohAgwBCyAAUCAFQoCAgICAgMD//wBUIAVCgICAgICAwP//AFEbRQRAIAFCGYinQf///wFxQYCAgP4HciECDAELQYCAgPwHIQIgBUL///////+/v8AAVg0AQQAhAiAFQjCIpyIEQZH+AEkNACADIAAgAUL///////8/g0KAgICAgIDAAIQiBUGB/wAgBGsQJyADQRBqIAAgBSAEQf+Bf2oQKCADKQMIIgVCGYinIQIgAykDACADKQMQIAMpAxiEQgBSrYQiAFAgBUL///8PgyIFQoCAgAhUIAVCgICACFEbRQRAIAJBAWohAgwBCyAAIAVCgICACIWEQgBSDQAgAkEBcSACaiECCyADQSBqIgMjAkkEQBATCyADJAAgAiABQiCIp0GAgICAeHFyvgviAQIEfwJ+IwBBEGsiAyICIwJJBEAQEwsgAiQAIAG8IgRBgICAgHhxIQUCfiAEQf////8HcSICQYCAgHxqQf////cHTQRAIAKtQhmGQoCAgICAgIDAP3wMAQsgAkGAgID8B08EQCAErUIZhkKAgICAgIDA//8AhAwBCyACRQRAQgAMAQsgAyACrUIAIAJnIgJB0QBqECggAykDACEGIAMpAwhCgICAgICAwACFQYn/ACACa61CMIaECyEHIAAgBjcDACAAIAcgBa1CIIaENwMIIANBEGoiACMCSQRAEBMLIAAkAAuwCwIFfw9+IwBB4ABrIgUiBiMCSQRAEBMLIAYkACAEQi+GIANCEYiEIQ4gAkIghiABQiCIhCELIARC////////P4MiDEIPhiADQjGIhCEQIAIgBIVCgICAgICAgICAf4MhCiAMQhGIIREgAkL///////8/gyINQiCIIRIgBEIwiKdB//8BcSEGAkACfyACQjCIp0H//wFxIghBf2pB/f8BTQRAQQAgBkF/akH+/wFJDQEaCyABUCACQv///////////wCDIg9CgICAgICAwP//AFQgD0KAgICAgIDA//8AURtFBEAgAkKAgICAgIAghCEKDAILIANQIARC////////////AIMiAkKAgICAgIDA//8AVCACQoCAgICAgMD//wBRG0UEQCAEQoCAgICAgCCEIQogAyEBDAILIAEgD0KAgICAgIDA//8AhYRQBEAgAiADhFAEQEKAgICAgIDg//8AIQpCACEBDAMLIApCgICAgICAwP//AIQhCkIAIQEMAgsgAyACQoCAgICAgMD//wCFhFAEQCABIA+EIQJCACEBIAJQBEBCgICAgICA4P//ACEKDAMLIApCgICAgICAwP//AIQhCgwCCyABIA+EUARAQgAhAQwCCyACIAOEUARAQgAhAQwCCyAPQv///////z9YBEAgBUHQAGogASANIAEgDSANUCIHG3kgB0EGdK18pyIHQXFqECggBSkDWCINQiCGIAUpA1AiAUIgiIQhCyANQiCIIRJBECAHayEHCyAHIAJC////////P1YNABogBUFAayADIAwgAyAMIAxQIgkbeSAJQQZ0rXynIglBcWoQKCAFKQNIIgJCD4YgBSkDQCIDQjGIhCEQIAJCL4YgA0IRiIQhDiACQhGIIREgByAJa0EQagshByAOQv////8PgyICIAFC/////w+DIgR+IhMgA0IPhkKAgP7/D4MiASALQv////8PgyIDfnwiDkIghiIMIAEgBH58IgsgDFStIAIgA34iFSABIA1C/////w+DIgx+fCIPIBBC/////w+DIg0gBH58IhAgDiATVK1CIIYgDkIgiIR8IhMgAiAMfiIWIAEgEkKAgASEIg5+fCISIAMgDX58IhQgEUL/////B4NCgICAgAiEIgEgBH58IhFCIIZ8Ihd8IQQgBiAIaiAHakGBgH9qIQYCQCAMIA1+IhggAiAOfnwiAiAYVK0gAiABIAN+fCIDIAJUrXwgAyAPIBVUrSAQIA9UrXx8IgIgA1StfCABIA5+fCABIAx+IgMgDSAOfnwiASADVK1CIIYgAUIgiIR8IAIgAUIghnwiASACVK18IAEgESAUVK0gEiAWVK0gFCASVK18fEIghiARQiCIhHwiAyABVK18IAMgEyAQVK0gFyATVK18fCICIANUrXwiAUKAgICAgIDAAINQRQRAIAZBAWohBgwBCyALQj+IIQMgAUIBhiACQj+IhCEBIAJCAYYgBEI/iIQhAiALQgGGIQsgAyAEQgGGhCEECyAGQf//AU4EQCAKQoCAgICAgMD//wCEIQpCACEBDAELAn4gBkEATARAQQEgBmsiCEH/AE0EQCAFQRBqIAsgBCAIECcgBUEgaiACIAEgBkH/AGoiBhAoIAVBMGogCyAEIAYQKCAFIAIgASAIECcgBSkDMCAFKQM4hEIAUq0gBSkDICAFKQMQhIQhCyAFKQMoIAUpAxiEIQQgBSkDACECIAUpAwgMAgtCACEBDAILIAFC////////P4MgBq1CMIaECyAKhCEKIAtQIARCf1UgBEKAgICAgICAgIB/URtFBEAgCiACQgF8IgEgAlStfCEKDAELIAsgBEKAgICAgICAgIB/hYRQRQRAIAIhAQwBCyAKIAIgAkIBg3wiASACVK18IQoLIAAgATcDACAAIAo3AwggBUHgAGoiACMCSQRAEBMLIAAkAAuWAQICfwF+IwBBEGsiAyICIwJJBEAQEwsgAiQAIAACfiABRQRAQgAMAQsgAyABIAFBH3UiAmogAnMiAq1CACACZyICQdEAahAoIAMpAwhCgICAgICAwACFQZ6AASACa61CMIZ8IAFBgICAgHhxrUIghoQhBCADKQMACzcDACAAIAQ3AwggA0EQaiIAIwJJBEAQEwsgACQAC9kJAgR/BH4jAEHwAGsiBSIGIwJJBEAQEwsgBiQAIARC////////////AIMhCgJAAkAgAUJ/fCIJQn9RIAJC////////////AIMiCyAJIAFUrXxCf3wiCUL///////+///8AViAJQv///////7///wBRG0UEQCADQn98IglCf1IgCiAJIANUrXxCf3wiCUL///////+///8AVCAJQv///////7///wBRGw0BCyABUCALQoCAgICAgMD//wBUIAtCgICAgICAwP//AFEbRQRAIAJCgICAgICAIIQhBCABIQMMAgsgA1AgCkKAgICAgIDA//8AVCAKQoCAgICAgMD//wBRG0UEQCAEQoCAgICAgCCEIQQMAgsgASALQoCAgICAgMD//wCFhFAEQEKAgICAgIDg//8AIAIgASADhSACIASFQoCAgICAgICAgH+FhFAiBhshBEIAIAEgBhshAwwCCyADIApCgICAgICAwP//AIWEUA0BIAEgC4RQBEAgAyAKhEIAUg0CIAEgA4MhAyACIASDIQQMAgsgAyAKhFBFDQAgASEDIAIhBAwBCyADIAEgAyABViAKIAtWIAogC1EbIgcbIQogBCACIAcbIgtC////////P4MhCSACIAQgBxsiAkIwiKdB//8BcSEIIAtCMIinQf//AXEiBkUEQCAFQeAAaiAKIAkgCiAJIAlQIgYbeSAGQQZ0rXynIgZBcWoQKCAFKQNoIQkgBSkDYCEKQRAgBmshBgsgASADIAcbIQMgAkL///////8/gyEBIAgEfiABBSAFQdAAaiADIAEgAyABIAFQIgcbeSAHQQZ0rXynIgdBcWoQKEEQIAdrIQggBSkDUCEDIAUpA1gLQgOGIANCPYiEQoCAgICAgIAEhCEEIAlCA4YgCkI9iIQhASACIAuFIQkCfiADQgOGIgMgBiAIayIHRQ0AGiAHQf8ASwRAQgAhBEIBDAELIAVBQGsgAyAEQYABIAdrECggBUEwaiADIAQgBxAnIAUpAzghBCAFKQMwIAUpA0AgBSkDSIRCAFKthAshAyABQoCAgICAgIAEhCEMIApCA4YhAgJAIAlCf1cEQCACIAN9IgEgDCAEfSACIANUrX0iA4RQBEBCACEDQgAhBAwDCyADQv////////8DVg0BIAVBIGogASADIAEgAyADUCIHG3kgB0EGdK18p0F0aiIHECggBiAHayEGIAUpAyghAyAFKQMgIQEMAQsgAiADfCIBIANUrSAEIAx8fCIDQoCAgICAgIAIg1ANACABQgGDIANCP4YgAUIBiISEIQEgBkEBaiEGIANCAYghAwsgC0KAgICAgICAgIB/gyEEIAZB//8BTgRAIARCgICAgICAwP//AIQhBEIAIQMMAQtBACEHAkAgBkEASgRAIAYhBwwBCyAFQRBqIAEgAyAGQf8AahAoIAUgASADQQEgBmsQJyAFKQMAIAUpAxAgBSkDGIRCAFKthCEBIAUpAwghAwsgA0IDiEL///////8/gyAEhCAHrUIwhoQgA0I9hiABQgOIhCIEIAGnQQdxIgZBBEutfCIDIARUrXwgA0IBg0IAIAZBBEYbIgEgA3wiAyABVK18IQQLIAAgAzcDACAAIAQ3AwggBUHwAGoiACMCSQRAEBMLIAAkAAupAQEBfEQAAAAAAADwPyEBAkAgAEGACE4EQEQAAAAAAADgfyEBIABB/w9IBEAgAEGBeGohAAwCC0QAAAAAAADwfyEBIABB/RcgAEH9F0gbQYJwaiEADAELIABBgXhKDQBEAAAAAAAAEAAhASAAQYNwSgRAIABB/gdqIQAMAQtEAAAAAAAAAAAhASAAQYZoIABBhmhKG0H8D2ohAAsgASAAQf8Haq1CNIa/ogs1ACAAIAE3AwAgACACQv///////z+DIARCMIinQYCAAnEgAkIwiKdB//8BcXKtQjCGhDcDCAt+AgJ/AX4jAEEQayICIgMjAkkEQBATCyADJAAgAAJ+IAFFBEBCAAwBCyACIAGtQgBB8AAgAWdBH3MiAWsQKCACKQMIQoCAgICAgMAAhSABQf//AGqtQjCGfCEEIAIpAwALNwMAIAAgBDcDCCACQRBqIgAjAkkEQBATCyAAJAALXQECfyMAQRBrIgUiBiMCSQRAEBMLIAYkACAFIAEgAiADIARCgICAgICAgICAf4UQvQIgBSkDACEBIAAgBSkDCDcDCCAAIAE3AwAgBUEQaiIAIwJJBEAQEwsgACQAC9wCAQJ/IwBB0ABrIgQiBSMCSQRAEBMLIAUkAAJAIANBgIABTgRAIARBIGogASACQgBCgICAgICAgP//ABC7AiAEKQMoIQIgBCkDICEBIANB//8BSARAIANBgYB/aiEDDAILIARBEGogASACQgBCgICAgICAgP//ABC7AiADQf3/AiADQf3/AkgbQYKAfmohAyAEKQMYIQIgBCkDECEBDAELIANBgYB/Sg0AIARBQGsgASACQgBCgICAgICAwAAQuwIgBCkDSCECIAQpA0AhASADQYOAfkoEQCADQf7/AGohAwwBCyAEQTBqIAEgAkIAQoCAgICAgMAAELsCIANBhoB9IANBhoB9ShtB/P8BaiEDIAQpAzghAiAEKQMwIQELIAQgASACQgAgA0H//wBqrUIwhhC7AiAAIAQpAwg3AwggACAEKQMANwMAIARB0ABqIgAjAkkEQBATCyAAJAAL4RACBX8MfiMAQcABayIFIgYjAkkEQBATCyAGJAAgBEL///////8/gyESIAJC////////P4MhDiACIASFQoCAgICAgICAgH+DIREgBEIwiKdB//8BcSEHAkACQAJAIAJCMIinQf//AXEiCUF/akH9/wFNBEBBACEGIAdBf2pB/v8BSQ0BCyABUCACQv///////////wCDIgtCgICAgICAwP//AFQgC0KAgICAgIDA//8AURtFBEAgAkKAgICAgIAghCERDAILIANQIARC////////////AIMiAkKAgICAgIDA//8AVCACQoCAgICAgMD//wBRG0UEQCAEQoCAgICAgCCEIREgAyEBDAILIAEgC0KAgICAgIDA//8AhYRQBEAgAyACQoCAgICAgMD//wCFhFAEQEIAIQFCgICAgICA4P//ACERDAMLIBFCgICAgICAwP//AIQhEUIAIQEMAgsgAyACQoCAgICAgMD//wCFhFAEQEIAIQEMAgsgASALhFANAiACIAOEUARAIBFCgICAgICAwP//AIQhEUIAIQEMAgtBACEGIAtC////////P1gEQCAFQbABaiABIA4gASAOIA5QIgYbeSAGQQZ0rXynIgZBcWoQKEEQIAZrIQYgBSkDuAEhDiAFKQOwASEBCyACQv///////z9WDQAgBUGgAWogAyASIAMgEiASUCIIG3kgCEEGdK18pyIIQXFqECggBiAIakFwaiEGIAUpA6gBIRIgBSkDoAEhAwsgBUGQAWogEkKAgICAgIDAAIQiFEIPhiADQjGIhCICQoTJ+c6/5ryC9QAgAn0iBBC2AiAFQYABakIAIAUpA5gBfSAEELYCIAVB8ABqIAUpA4gBQgGGIAUpA4ABQj+IhCIEIAIQtgIgBUHgAGogBEIAIAUpA3h9ELYCIAVB0ABqIAUpA2hCAYYgBSkDYEI/iIQiBCACELYCIAVBQGsgBEIAIAUpA1h9ELYCIAVBMGogBSkDSEIBhiAFKQNAQj+IhCIEIAIQtgIgBUEgaiAEQgAgBSkDOH0QtgIgBUEQaiAFKQMoQgGGIAUpAyBCP4iEIgQgAhC2AiAFIARCACAFKQMYfRC2AiAGIAkgB2tqIQcCfkIAIAUpAwhCAYYgBSkDAEI/iIRCf3wiC0L/////D4MiBCACQiCIIgx+IhAgC0IgiCILIAJC/////w+DIgp+fCICQiCGIg0gBCAKfnwiCiANVK0gCyAMfiACIBBUrUIghiACQiCIhHx8IAogBCADQhGIQv////8PgyIMfiIQIAsgA0IPhkKAgP7/D4MiDX58IgJCIIYiDyAEIA1+fCAPVK0gCyAMfiACIBBUrUIghiACQiCIhHx8fCICIApUrXwgAkIAUq18fSIKQv////8PgyIMIAR+IhAgCyAMfiINIAQgCkIgiCIPfnwiCkIghnwiDCAQVK0gCyAPfiAKIA1UrUIghiAKQiCIhHx8IAxCACACfSICQiCIIgogBH4iECACQv////8PgyINIAt+fCICQiCGIg8gBCANfnwgD1StIAogC34gAiAQVK1CIIYgAkIgiIR8fHwiAiAMVK18IAJCfnwiECACVK18Qn98IgpC/////w+DIgIgDkIChiABQj6IhEL/////D4MiBH4iDCABQh6IQv////8PgyILIApCIIgiCn58Ig0gDFStIA0gEEIgiCIMIA5CHohC///v/w+DQoCAEIQiDn58Ig8gDVStfCAKIA5+fCACIA5+IhMgBCAKfnwiDSATVK1CIIYgDUIgiIR8IA8gDUIghnwiDSAPVK18IA0gCyAMfiITIBBC/////w+DIhAgBH58Ig8gE1StIA8gAiABQgKGQvz///8PgyITfnwiFSAPVK18fCIPIA1UrXwgDyAKIBN+Ig0gDiAQfnwiCiAEIAx+fCIEIAIgC358IgJCIIggAiAEVK0gCiANVK0gBCAKVK18fEIghoR8IgogD1StfCAKIBUgDCATfiIEIAsgEH58IgtCIIggCyAEVK1CIIaEfCIEIBVUrSAEIAJCIIZ8IARUrXx8IgQgClStfCICQv////////8AWARAIAFCMYYgBEL/////D4MiASADQv////8PgyILfiIKQgBSrX1CACAKfSIQIARCIIgiCiALfiINIAEgA0IgiCIMfnwiDkIghiIPVK19IAJC/////w+DIAt+IAEgEkL/////D4N+fCAKIAx+fCAOIA1UrUIghiAOQiCIhHwgBCAUQiCIfiADIAJCIIh+fCACIAx+fCAKIBJ+fEIghnx9IQsgB0F/aiEHIBAgD30MAQsgBEIhiCEMIAFCMIYgAkI/hiAEQgGIhCIEQv////8PgyIBIANC/////w+DIgt+IgpCAFKtfUIAIAp9IhAgASADQiCIIgp+Ig0gDCACQh+GhCIPQv////8PgyIOIAt+fCIMQiCGIhNUrX0gCiAOfiACQgGIIg5C/////w+DIAt+fCABIBJC/////w+DfnwgDCANVK1CIIYgDEIgiIR8IAQgFEIgiH4gAyACQiGIfnwgCiAOfnwgDyASfnxCIIZ8fSELIA4hAiAQIBN9CyEBIAdBgIABTgRAIBFCgICAgICAwP//AIQhEUIAIQEMAQsgB0GBgH9MBEBCACEBDAELIAQgAUIBhiADWiALQgGGIAFCP4iEIgEgFFogASAUURutfCIBIARUrSACQv///////z+DIAdB//8Aaq1CMIaEfCARhCERCyAAIAE3AwAgACARNwMIIAVBwAFqIgAjAkkEQBATCyAAJAAPCyAAQgA3AwAgACARQoCAgICAgOD//wAgAiADhEIAUhs3AwggBUHAAWoiACMCSQRAEBMLIAAkAAtEAgF/AX4gAUL///////8/gyEDAn8gAUIwiKdB//8BcSICQf//AUcEQEEEIAINARpBAkEDIAAgA4RQGw8LIAAgA4RQCwvCBgIFfwR+IwBBgAFrIgUiBiMCSQRAEBMLIAYkAAJAAkACQCADIARCAEIAEJoBRQ0AIAMgBBDEAiEHIAJCMIinIglB//8BcSIGQf//AUYNACAHDQELIAVBEGogASACIAMgBBC7AiAFIAUpAxAiBCAFKQMYIgMgBCADEMMCIAUpAwghAiAFKQMAIQQMAQsgASACQv///////z+DIAatQjCGhCIKIAMgBEL///////8/gyAEQjCIp0H//wFxIgitQjCGhCILEJoBQQBMBEAgASAKIAMgCxCaAQRAIAEhBAwCCyAFQfAAaiABIAJCAEIAELsCIAUpA3ghAiAFKQNwIQQMAQsgBgR+IAEFIAVB4ABqIAEgCkIAQoCAgICAgMC7wAAQuwIgBSkDaCIKQjCIp0GIf2ohBiAFKQNgCyEEIAhFBEAgBUHQAGogAyALQgBCgICAgICAwLvAABC7AiAFKQNYIgtCMIinQYh/aiEIIAUpA1AhAwsgCkL///////8/g0KAgICAgIDAAIQiCiALQv///////z+DQoCAgICAgMAAhCINfSAEIANUrX0iDEJ/VSEHIAQgA30hCyAGIAhKBEADQAJ+IAdBAXEEQCALIAyEUARAIAVBIGogASACQgBCABC7AiAFKQMoIQIgBSkDICEEDAULIAxCAYYhDCALQj+IDAELIARCP4ghDCAEIQsgCkIBhgsgDIQiCiANfSALQgGGIgQgA1StfSIMQn9VIQcgBCADfSELIAZBf2oiBiAISg0ACyAIIQYLAkAgB0UNACALIgQgDCIKhEIAUg0AIAVBMGogASACQgBCABC7AiAFKQM4IQIgBSkDMCEEDAELIApC////////P1gEQANAIARCP4ghAyAGQX9qIQYgBEIBhiEEIAMgCkIBhoQiCkKAgICAgIDAAFQNAAsLIAlBgIACcSEHIAZBAEwEQCAFQUBrIAQgCkL///////8/gyAGQfgAaiAHcq1CMIaEQgBCgICAgICAwMM/ELsCIAUpA0ghAiAFKQNAIQQMAQsgCkL///////8/gyAGIAdyrUIwhoQhAgsgACAENwMAIAAgAjcDCCAFQYABaiIAIwJJBEAQEwsgACQAC8IIAgZ/An4jAEEwayIGIgQjAkkEQBATCyAEJAACQCACQQJNBEAgAUEEaiEFIAJBAnQiAkH8JGooAgAhCCACQfAkaigCACEJA0ACfyABKAIEIgIgASgCaEkEQCAFIAJBAWo2AgAgAi0AAAwBCyABELUCCyICEJgBDQALAkAgAkFVaiIEQQJLBEBBASEHDAELQQEhByAEQQFrRQ0AQX9BASACQS1GGyEHIAEoAgQiAiABKAJoSQRAIAUgAkEBajYCACACLQAAIQIMAQsgARC1AiECC0EAIQQCQAJAA0AgBEGqJGosAAAgAkEgckYEQAJAIARBBksNACABKAIEIgIgASgCaEkEQCAFIAJBAWo2AgAgAi0AACECDAELIAEQtQIhAgsgBEEBaiIEQQhHDQEMAgsLIARBA0cEQCAEQQhGDQEgA0UNAiAEQQRJDQIgBEEIRg0BCyABKAJoIgEEQCAFIAUoAgBBf2o2AgALIANFDQAgBEEESQ0AA0AgAQRAIAUgBSgCAEF/ajYCAAsgBEF/aiIEQQNLDQALCyAGIAeyQwAAgH+UELoCIAYpAwghCiAGKQMAIQsMAgsCQAJAAkAgBA0AQQAhBANAIARBsyRqLAAAIAJBIHJHDQECQCAEQQFLDQAgASgCBCICIAEoAmhJBEAgBSACQQFqNgIAIAItAAAhAgwBCyABELUCIQILIARBAWoiBEEDRw0ACwwBCwJAAkAgBEEDSw0AIARBAWsOAwAAAgELIAEoAmgEQCAFIAUoAgBBf2o2AgALQdCQCUEcNgIADAILAkAgAkEwRw0AAn8gASgCBCIEIAEoAmhJBEAgBSAEQQFqNgIAIAQtAAAMAQsgARC1AgtBIHJB+ABGBEAgBkEQaiABIAkgCCAHIAMQxwIgBikDGCEKIAYpAxAhCwwFCyABKAJoRQ0AIAUgBSgCAEF/ajYCAAsgBkEgaiABIAIgCSAIIAcgAxDIAiAGKQMoIQogBikDICELDAMLAkACfyABKAIEIgIgASgCaEkEQCAFIAJBAWo2AgAgAi0AAAwBCyABELUCC0EoRgRAQQEhBAwBC0KAgICAgIDg//8AIQogASgCaEUNAyAFIAUoAgBBf2o2AgAMAwsDQAJ/IAEoAgQiAiABKAJoSQRAIAUgAkEBajYCACACLQAADAELIAEQtQILIgJBv39qIQcCQAJAIAJBUGpBCkkNACAHQRpJDQAgAkGff2ohByACQd8ARg0AIAdBGk8NAQsgBEEBaiEEDAELC0KAgICAgIDg//8AIQogAkEpRg0CIAEoAmgiAgRAIAUgBSgCAEF/ajYCAAsgAwRAIARFDQMDQCAEQX9qIQQgAgRAIAUgBSgCAEF/ajYCAAsgBA0ACwwDC0HQkAlBHDYCAAsgAUIAELQCC0IAIQoLIAAgCzcDACAAIAo3AwggBkEwaiIAIwJJBEAQEwsgACQAC9kNAgh/B34jAEGwA2siBiIHIwJJBEAQEwsgByQAAn8gASgCBCIHIAEoAmhJBEAgASAHQQFqNgIEIActAAAMAQsgARC1AgshBwJAAn8DQAJAIAdBMEcEQCAHQS5HDQQgASgCBCIHIAEoAmhPDQEgASAHQQFqNgIEIActAAAMAwsgASgCBCIHIAEoAmhJBEBBASEJIAEgB0EBajYCBCAHLQAAIQcMAgUgARC1AiEHQQEhCQwCCwALCyABELUCCyEHQQEhCiAHQTBHDQADQCASQn98IRICfyABKAIEIgcgASgCaEkEQCABIAdBAWo2AgQgBy0AAAwBCyABELUCCyIHQTBGDQALQQEhCQtCgICAgICAwP8/IQ8DQAJAIAdBIHIhCwJAAkAgB0FQaiIMQQpJDQAgB0EuR0EAIAtBn39qQQVLGw0CIAdBLkcNACAKDQJBASEKIBAhEgwBCyALQal/aiAMIAdBOUobIQcCQCAQQgdXBEAgByAIQQR0aiEIDAELIBBCHFcEQCAGQSBqIBMgD0IAQoCAgICAgMD9PxC7AiAGQTBqIAcQvAIgBkEQaiAGKQMgIhMgBikDKCIPIAYpAzAgBikDOBC7AiAGIA4gESAGKQMQIAYpAxgQvQIgBikDCCERIAYpAwAhDgwBCyANDQAgB0UNACAGQdAAaiATIA9CAEKAgICAgICA/z8QuwIgBkFAayAOIBEgBikDUCAGKQNYEL0CIAYpA0ghEUEBIQ0gBikDQCEOCyAQQgF8IRBBASEJCyABKAIEIgcgASgCaEkEQCABIAdBAWo2AgQgBy0AACEHDAIFIAEQtQIhBwwCCwALCwJ+IAlFBEAgASgCaCIHBEAgASABKAIEQX9qNgIECwJAIAUEQCAHRQ0BIAEgASgCBEF/ajYCBCAKRQ0BIAdFDQEgASABKAIEQX9qNgIEDAELIAFCABC0AgsgBkHgAGogBLdEAAAAAAAAAACiELICIAYpA2AhDiAGKQNoDAELIBBCB1cEQCAQIQ8DQCAIQQR0IQggD0IHUyELIA9CAXwhDyALDQALCwJAIAdBIHJB8ABGBEAgASAFEMkCIg9CgICAgICAgICAf1INASAFBEBCACEPIAEoAmhFDQIgASABKAIEQX9qNgIEDAILQgAhDiABQgAQtAJCAAwCC0IAIQ8gASgCaEUNACABIAEoAgRBf2o2AgQLIAhFBEAgBkHwAGogBLdEAAAAAAAAAACiELICIAYpA3AhDiAGKQN4DAELIBIgECAKG0IChiAPfEJgfCIQQQAgA2usVQRAIAZBoAFqIAQQvAIgBkGQAWogBikDoAEgBikDqAFCf0L///////+///8AELsCIAZBgAFqIAYpA5ABIAYpA5gBQn9C////////v///ABC7AkHQkAlBxAA2AgAgBikDgAEhDiAGKQOIAQwBCyAQIANBnn5qrFkEQCAIQX9KBEADQCAGQaADaiAOIBFCAEKAgICAgIDA/79/EL0CIA4gERCbASEHIAZBkANqIA4gESAOIAYpA6ADIAdBAEgiARsgESAGKQOoAyABGxC9AiAQQn98IRAgBikDmAMhESAGKQOQAyEOIAhBAXQgB0F/SnIiCEF/Sg0ACwsCfiAQIAOsfUIgfCIPpyIHQQAgB0EAShsgAiAPIAKsUxsiB0HxAE4EQCAGQYADaiAEELwCIAYpA4gDIQ8gBikDgAMhE0IADAELIAZB0AJqIAQQvAIgBkHgAmpBkAEgB2sQvgIQsgIgBkHwAmogBikD4AIgBikD6AIgBikD0AIiEyAGKQPYAiIPEL8CIAYpA/gCIRQgBikD8AILIRIgBkHAAmogCCAIQQFxRSAOIBFCAEIAEJoBQQBHIAdBIEhxcSIHahDAAiAGQbACaiATIA8gBikDwAIgBikDyAIQuwIgBkGgAmpCACAOIAcbQgAgESAHGyATIA8QuwIgBkGQAmogBikDsAIgBikDuAIgEiAUEL0CIAZBgAJqIAYpA6ACIAYpA6gCIAYpA5ACIAYpA5gCEL0CIAZB8AFqIAYpA4ACIAYpA4gCIBIgFBDBAiAGKQPwASIOIAYpA/gBIhFCAEIAEJoBRQRAQdCQCUHEADYCAAsgBkHgAWogDiARIBCnEMICIAYpA+ABIQ4gBikD6AEMAQsgBkHQAWogBBC8AiAGQcABaiAGKQPQASAGKQPYAUIAQoCAgICAgMAAELsCIAZBsAFqIAYpA8ABIAYpA8gBQgBCgICAgICAwAAQuwJB0JAJQcQANgIAIAYpA7ABIQ4gBikDuAELIRAgACAONwMAIAAgEDcDCCAGQbADaiIAIwJJBEAQEwsgACQAC/8bAwx/Bn4BfCMAQYDGAGsiByIIIwJJBEAQEwsgCCQAQQAgAyAEaiIRayESAkACfwNAAkAgAkEwRwRAIAJBLkcNBCABKAIEIgggASgCaE8NASABIAhBAWo2AgQgCC0AAAwDCyABKAIEIgggASgCaEkEQEEBIQkgASAIQQFqNgIEIAgtAAAhAgwCBSABELUCIQJBASEJDAILAAsLIAEQtQILIQJBASEKIAJBMEcNAANAIBNCf3whEwJ/IAEoAgQiCCABKAJoSQRAIAEgCEEBajYCBCAILQAADAELIAEQtQILIgJBMEYNAAtBASEJCyAHQQA2AoAGIAJBUGohDCAAAn4CQAJAAkACQAJAAkAgAkEuRiILDQAgDEEJTQ0AQQAhCAwBC0EAIQgDQAJAIAtBAXEEQCAKRQRAIBQhE0EBIQoMAgsgCUEARyEJDAQLIBRCAXwhFCAIQfwPTARAIBSnIA4gAkEwRxshDiAHQYAGaiAIQQJ0aiIJIA0EfyACIAkoAgBBCmxqQVBqBSAMCzYCAEEBIQlBACANQQFqIgIgAkEJRiICGyENIAIgCGohCAwBCyACQTBGDQAgByAHKALwRUEBcjYC8EULAn8gASgCBCICIAEoAmhJBEAgASACQQFqNgIEIAItAAAMAQsgARC1AgsiAkFQaiEMIAJBLkYiCw0AIAxBCkkNAAsLIBMgFCAKGyETAkAgCUUNACACQSByQeUARw0AAkAgASAGEMkCIhVCgICAgICAgICAf1INACAGRQ0EQgAhFSABKAJoRQ0AIAEgASgCBEF/ajYCBAsgEyAVfCETDAQLIAlBAEchCSACQQBIDQELIAEoAmhFDQAgASABKAIEQX9qNgIECyAJDQFB0JAJQRw2AgALIAFCABC0AkIAIRNCAAwBCyAHKAKABiIBRQRAIAcgBbdEAAAAAAAAAACiELICIAcpAwghEyAHKQMADAELAkAgFEIJVQ0AIBMgFFINACADQR5MQQAgASADdhsNACAHQSBqIAEQwAIgB0EwaiAFELwCIAdBEGogBykDMCAHKQM4IAcpAyAgBykDKBC7AiAHKQMYIRMgBykDEAwBCyATIARBfm2sVQRAIAdB4ABqIAUQvAIgB0HQAGogBykDYCAHKQNoQn9C////////v///ABC7AiAHQUBrIAcpA1AgBykDWEJ/Qv///////7///wAQuwJB0JAJQcQANgIAIAcpA0ghEyAHKQNADAELIBMgBEGefmqsUwRAIAdBkAFqIAUQvAIgB0GAAWogBykDkAEgBykDmAFCAEKAgICAgIDAABC7AiAHQfAAaiAHKQOAASAHKQOIAUIAQoCAgICAgMAAELsCQdCQCUHEADYCACAHKQN4IRMgBykDcAwBCyANBEAgDUEITARAIAdBgAZqIAhBAnRqIgkoAgAhAQNAIAFBCmwhASANQQhIIQIgDUEBaiENIAINAAsgCSABNgIACyAIQQFqIQgLIBOnIQoCQCAOQQhKDQAgDiAKSg0AIApBEUoNACAKQQlGBEAgB0GwAWogBygCgAYQwAIgB0HAAWogBRC8AiAHQaABaiAHKQPAASAHKQPIASAHKQOwASAHKQO4ARC7AiAHKQOoASETIAcpA6ABDAILIApBCEwEQCAHQYACaiAHKAKABhDAAiAHQZACaiAFELwCIAdB8AFqIAcpA5ACIAcpA5gCIAcpA4ACIAcpA4gCELsCIAdB4AFqQQAgCmtBAnRB8CRqKAIAELwCIAdB0AFqIAcpA/ABIAcpA/gBIAcpA+ABIAcpA+gBEMMCIAcpA9gBIRMgBykD0AEMAgsgAyAKQX1sakEbaiICQR5MQQAgBygCgAYiASACdhsNACAHQdACaiABEMACIAdB4AJqIAUQvAIgB0HAAmogBykD4AIgBykD6AIgBykD0AIgBykD2AIQuwIgB0GwAmogCkECdEGoJGooAgAQvAIgB0GgAmogBykDwAIgBykDyAIgBykDsAIgBykDuAIQuwIgBykDqAIhEyAHKQOgAgwBC0EAIQ0CQCAKQQlvIgFFBEBBACECDAELIAEgAUEJaiAKQX9KGyEGAkAgCEUEQEEAIQJBACEIDAELQYCU69wDQQAgBmtBAnRB8CRqKAIAIgttIQ9BACEJQQAhAUEAIQIDQCAHQYAGaiABQQJ0aiIMIAwoAgAiDCALbiIOIAlqIgk2AgAgAkEBakH/D3EgAiAJRSABIAJGcSIJGyECIApBd2ogCiAJGyEKIA8gDCALIA5sa2whCSABQQFqIgEgCEcNAAsgCUUNACAHQYAGaiAIQQJ0aiAJNgIAIAhBAWohCAsgCiAGa0EJaiEKCwNAIAdBgAZqIAJBAnRqIQ4CQANAIApBJE4EQCAKQSRHDQIgDigCAEHR6fkETw0CCyAIQf8PaiEMQQAhCSAIIQsDQCALIQgCf0EAIAmtIAdBgAZqIAxB/w9xIgFBAnRqIgs1AgBCHYZ8IhNCgZTr3ANUDQAaIBMgE0KAlOvcA4AiFEKAlOvcA359IRMgFKcLIQkgCyATpyIMNgIAIAggCCAIIAEgDBsgASACRhsgASAIQX9qQf8PcUcbIQsgAUF/aiEMIAEgAkcNAAsgDUFjaiENIAlFDQALIAsgAkF/akH/D3EiAkYEQCAHQYAGaiALQf4PakH/D3FBAnRqIgEgASgCACAHQYAGaiALQX9qQf8PcSIIQQJ0aigCAHI2AgALIApBCWohCiAHQYAGaiACQQJ0aiAJNgIADAELCwJAA0AgCEEBakH/D3EhBiAHQYAGaiAIQX9qQf8PcUECdGohEANAQQlBASAKQS1KGyEMAkADQCACIQtBACEBAkADQAJAIAEgC2pB/w9xIgIgCEYNACAHQYAGaiACQQJ0aigCACICIAFBAnRBwCRqKAIAIglJDQAgAiAJSw0CIAFBAWoiAUEERw0BCwsgCkEkRw0AQgAhE0EAIQFCACEUA0AgCCABIAtqQf8PcSICRgRAIAhBAWpB/w9xIghBAnQgB2pBADYC/AULIAdB8AVqIBMgFEIAQoCAgIDlmreOwAAQuwIgB0HgBWogB0GABmogAkECdGooAgAQwAIgB0HQBWogBykD8AUgBykD+AUgBykD4AUgBykD6AUQvQIgBykD2AUhFCAHKQPQBSETIAFBAWoiAUEERw0ACyAHQcAFaiAFELwCIAdBsAVqIBMgFCAHKQPABSAHKQPIBRC7AiAHKQO4BSEUQgAhEyAHKQOwBSEVIA1B8QBqIgkgBGsiAUEAIAFBAEobIAMgASADSCIMGyICQfAATA0CDAULIAwgDWohDSALIAgiAkYNAAtBgJTr3AMgDHYhDkF/IAx0QX9zIQ9BACEBIAshAgNAIAdBgAZqIAtBAnRqIgkgCSgCACIJIAx2IAFqIgE2AgAgAkEBakH/D3EgAiABRSACIAtGcSIBGyECIApBd2ogCiABGyEKIAkgD3EgDmwhASALQQFqQf8PcSILIAhHDQALIAFFDQEgAiAGRwRAIAdBgAZqIAhBAnRqIAE2AgAgBiEIDAMLIBAgECgCAEEBcjYCACAGIQIMAQsLCyAHQYAFakHhASACaxC+AhCyAiAHQaAFaiAHKQOABSAHKQOIBSAVIBQQvwIgBykDqAUhFyAHKQOgBSEYIAdB8ARqQfEAIAJrEL4CELICIAdBkAVqIBUgFCAHKQPwBCAHKQP4BBDFAiAHQeAEaiAVIBQgBykDkAUiEyAHKQOYBSIWEMECIAdB0ARqIBggFyAHKQPgBCAHKQPoBBC9AiAHKQPYBCEUIAcpA9AEIRULAkAgC0EEakH/D3EiCiAIRg0AAkAgB0GABmogCkECdGooAgAiCkH/ybXuAU0EQCAKRUEAIAtBBWpB/w9xIAhGGw0BIAdB4ANqIAW3RAAAAAAAANA/ohCyAiAHQdADaiATIBYgBykD4AMgBykD6AMQvQIgBykD2AMhFiAHKQPQAyETDAELIApBgMq17gFHBEAgB0HABGogBbdEAAAAAAAA6D+iELICIAdBsARqIBMgFiAHKQPABCAHKQPIBBC9AiAHKQO4BCEWIAcpA7AEIRMMAQsgBbchGSAIIAtBBWpB/w9xRgRAIAdBgARqIBlEAAAAAAAA4D+iELICIAdB8ANqIBMgFiAHKQOABCAHKQOIBBC9AiAHKQP4AyEWIAcpA/ADIRMMAQsgB0GgBGogGUQAAAAAAADoP6IQsgIgB0GQBGogEyAWIAcpA6AEIAcpA6gEEL0CIAcpA5gEIRYgBykDkAQhEwsgAkHvAEoNACAHQcADaiATIBZCAEKAgICAgIDA/z8QxQIgBykDwAMgBykDyANCAEIAEJoBDQAgB0GwA2ogEyAWQgBCgICAgICAwP8/EL0CIAcpA7gDIRYgBykDsAMhEwsgB0GgA2ogFSAUIBMgFhC9AiAHQZADaiAHKQOgAyAHKQOoAyAYIBcQwQIgBykDmAMhFCAHKQOQAyEVAkAgCUH/////B3FBfiARa0wNACAHQYADaiAVIBRCAEKAgICAgICA/z8QuwIgEyAWQgBCABCaASEJIBUgFBApmSEZIAcpA4gDIBQgGUQAAAAAAAAAR2YiCBshFCAHKQOAAyAVIAgbIRUgDCAIQQFzIAEgAkdycSAJQQBHcUVBACAIIA1qIg1B7gBqIBJMGw0AQdCQCUHEADYCAAsgB0HwAmogFSAUIA0QwgIgBykD+AIhEyAHKQPwAgs3AwAgACATNwMIIAdBgMYAaiIAIwJJBEAQEwsgACQAC4UEAgR/AX4CQAJ/IAAoAgQiAiAAKAJoSQRAIAAgAkEBajYCBCACLQAADAELIAAQtQILIgJBVWoiA0ECTUEAIANBAWsbRQRAIAJBUGohAwwBCyACQS1GIQUCfyAAKAIEIgMgACgCaEkEQCAAIANBAWo2AgQgAy0AAAwBCyAAELUCCyIEQVBqIQMCQCABRQ0AIANBCkkNACAAKAJoRQ0AIAAgACgCBEF/ajYCBAsgBCECCwJAIANBCkkEQEEAIQMDQCACIANBCmxqIQMCfyAAKAIEIgIgACgCaEkEQCAAIAJBAWo2AgQgAi0AAAwBCyAAELUCCyICQVBqIgRBCU1BACADQVBqIgNBzJmz5gBIGw0ACyADrCEGAkAgBEEKTw0AA0AgAq0gBkIKfnxCUHwhBgJ/IAAoAgQiAiAAKAJoSQRAIAAgAkEBajYCBCACLQAADAELIAAQtQILIgJBUGoiBEEJSw0BIAZCro+F18fC66MBUw0ACwsgBEEKSQRAA0ACfyAAKAIEIgIgACgCaEkEQCAAIAJBAWo2AgQgAi0AAAwBCyAAELUCC0FQakEKSQ0ACwsgACgCaARAIAAgACgCBEF/ajYCBAtCACAGfSAGIAUbIQYMAQtCgICAgICAgICAfyEGIAAoAmhFDQAgACAAKAIEQX9qNgIEQoCAgICAgICAgH8PCyAGC0oCAn8BfSMAQRBrIgIiAyMCSQRAEBMLIAMkACACIAAgAUEAEMsCIAIpAwAgAikDCBC5AiEEIAJBEGoiACMCSQRAEBMLIAAkACAEC7YBAgJ/A34jAEGgAWsiBCIFIwJJBEAQEwsgBSQAIARBEGpBAEGQARAZGiAEQX82AlwgBCABNgI8IARBfzYCGCAEIAE2AhQgBEEQakIAELQCIAQgBEEQaiADQQEQxgIgBCkDCCEGIAQpAwAhByACBEAgAiABIAEgBCkDiAEgBCgCFCAEKAIYa6x8IginaiAIUBs2AgALIAAgBzcDACAAIAY3AwggBEGgAWoiACMCSQRAEBMLIAAkAAtJAgJ/AXwjAEEQayICIgMjAkkEQBATCyADJAAgAiAAIAFBARDLAiACKQMAIAIpAwgQKSEEIAJBEGoiACMCSQRAEBMLIAAkACAEC1ECAn8BfiMAQRBrIgMiBCMCSQRAEBMLIAQkACADIAEgAkECEMsCIAMpAwAhBSAAIAMpAwg3AwggACAFNwMAIANBEGoiACMCSQRAEBMLIAAkAAtPAgF/AX4jAEEQayIDIgQjAkkEQBATCyAEJAAgAyABIAIQzQIgAykDACEFIAAgAykDCDcDCCAAIAU3AwAgA0EQaiIAIwJJBEAQEwsgACQACwkAQYglEJMIAAsFABBcAAtrAQJ/IwBBEGsiAyICIwJJBEAQEwsgAiQAIAAgA0EIahDSAiECAkAgARDXA0UEQCACIAEoAgg2AgggAiABKQIANwIADAELIAAgASgCACABKAIEENMCCyADQRBqIgEjAkkEQBATCyABJAAgAAsJACAAEMwGIAALkAEBA38jAEEQayIEIgMjAkkEQBATCyADJABBbyACTwRAAkAgAkEKTQRAIAAgAhD3BCAAIQMMAQsgACACELoGQQFqIgUQuwYiAxC8BiAAIAUQvQYgACACEPYECyADIAEgAhDeBiAEQQA6AA8gAiADaiAEQQ9qEPUEIARBEGoiACMCSQRAEBMLIAAkAA8LEM8CAAt5AQJ/IwBBEGsiBSIGIwJJBEAQEwsgBiQAIAUgAzYCDCAAIAQQ0gIaIAEQrQMiBCACSQRAENACAAsgARDZAyEBIAUgBCACazYCCCAAIAEgAmogBUEMaiAFQQhqEN0FKAIAENMCIAVBEGoiASMCSQRAEBMLIAEkACAACx8BAX8gABDXAwRAIAAoAgAhASAAENgDGiABEDwLIAALGQAgACABRwRAIAAgARDZAyABEK0DENcCCwuCAQECfyMAQRBrIgQiAyMCSQRAEBMLIAMkAAJAIAAQtgMiAyACTwRAIAAQ2QMiAyABIAIQ2QIgBEEAOgAPIAIgA2ogBEEPahD1BCAAIAIQrQYMAQsgACADIAIgA2sgABCtAyIDQQAgAyACIAEQ2gILIARBEGoiASMCSQRAEBMLIAEkAAsDAAELDwAgAgRAIAAgASACEHALC44CAQN/IwBBEGsiCCIJIwJJBEAQEwsgCSQAQW8iCSABQX9zaiACTwRAIAAQ2QMhCgJ/IAlBAXZBcGogAUsEQCAIIAFBAXQ2AgggCCABIAJqNgIMIAhBDGogCEEIahCaBygCABC6BgwBCyAJQX9qC0EBaiIJELsGIQIgBARAIAIgCiAEEN4GCyAGBEAgAiAEaiAHIAYQ3gYLIAMgBWsiAyAEayIHBEAgAiAEaiAGaiAEIApqIAVqIAcQ3gYLIAFBCkcEQCAKEDwLIAAgAhC8BiAAIAkQvQYgACADIAZqIgQQ9gQgCEEAOgAHIAIgBGogCEEHahD1BCAIQRBqIgAjAkkEQBATCyAAJAAPCxDPAgALIwEBfyAAEK0DIgIgAUkEQCAAIAEgAmsQ3AIPCyAAIAEQ3QILjwEBBH8jAEEQayIEIgIjAkkEQBATCyACJAAgAQRAIAAQtgMhAiAAEK0DIgMgAWohBSACIANrIAFJBEAgACACIAUgAmsgAyADQQBBABDeAgsgAyAAENkDIgJqIAFBABDfAiAAIAUQrQYgBEEAOgAPIAIgBWogBEEPahD1BAsgBEEQaiIBIwJJBEAQEwsgASQAC3YBAn8jAEEQayICIgMjAkkEQBATCyADJAACQCAAENcDBEAgACgCACEDIAJBADoADyABIANqIAJBD2oQ9QQgACABEPYEDAELIAJBADoADiAAIAFqIAJBDmoQ9QQgACABEPcECyACQRBqIgAjAkkEQBATCyAAJAAL2AEBA38jAEEQayIIIgcjAkkEQBATCyAHJABBbyIHIAFrIAJPBEAgABDZAyEJAn8gB0EBdkFwaiABSwRAIAggAUEBdDYCCCAIIAEgAmo2AgwgCEEMaiAIQQhqEJoHKAIAELoGDAELIAdBf2oLQQFqIgcQuwYhAiAEBEAgAiAJIAQQ3gYLIAMgBWsgBGsiAwRAIAIgBGogBmogBCAJaiAFaiADEN4GCyABQQpHBEAgCRA8CyAAIAIQvAYgACAHEL0GIAhBEGoiACMCSQRAEBMLIAAkAA8LEM8CAAsTACABBEAgACACEOIGIAEQGRoLC5UBAQN/IwBBEGsiBSIDIwJJBEAQEwsgAyQAAkAgABC2AyIEIAAQrQMiA2sgAk8EQCACRQ0BIAAQ2QMiBCADaiABIAIQ3gYgACACIANqIgIQrQYgBUEAOgAPIAIgBGogBUEPahD1BAwBCyAAIAQgAiADaiAEayADIANBACACIAEQ2gILIAVBEGoiASMCSQRAEBMLIAEkAAsNACAAIAEgARBeEOACC88BAQN/IwBBEGsiAyICIwJJBEAQEwsgAiQAIAMgAToADwJAAkACQAJ/IAAQ1wMiBEUEQEEKIQIgAC0ACwwBCyAAENgDQX9qIQIgACgCBAsiASACRgRAIAAgAkEBIAIgAkEAQQAQ3gIgABDXA0UNAQwCCyAEDQELIAAhAiAAIAFBAWoQ9wQMAQsgACgCACECIAAgAUEBahD2BAsgASACaiIAIANBD2oQ9QQgA0EAOgAOIABBAWogA0EOahD1BCADQRBqIgAjAkkEQBATCyAAJAALDQAgACABIAEQXhDXAgvWAQEEfyMAQRBrIgYiBCMCSQRAEBMLIAQkACAAEK0DIgUgAU8EQAJAIAAQtgMiBCAFayADTwRAIANFDQEgABDZAyIEIAFqIAUgAWsiBwR/IAEgBGoiASADaiABIAcQ2QIgAiADaiACIAQgBWogAksbIAIgASACTRsFIAILIAMQ2QIgACADIAVqIgMQrQYgBkEAOgAPIAMgBGogBkEPahD1BAwBCyAAIAQgAyAFaiAEayAFIAFBACADIAIQ2gILIAZBEGoiASMCSQRAEBMLIAEkAA8LENACAAu/AQEFfyMAQRBrIgQiAiMCSQRAEBMLIAIkACAAEK0DIgMgAU8EQAJAIAAQtgMiAiADa0EBTwRAIAAQ2QMhAiADIAFrIgVFDQEgASACaiIGQQFqIAYgBRDZAgwBCyAAIAIgA0EBaiACayADIAFBAEEBEN4CIAAoAgAhAgsgASACakEBQSAQ3wIgACADQQFqIgEQrQYgBEEAOgAPIAEgAmogBEEPahD1BCAEQRBqIgEjAkkEQBATCyABJAAPCxDQAgAL5AEBBH8jAEEgayIDIgQjAkkEQBATCyAEJAAgAyACOgAXIAMgATYCGCADIAAQ/wM2AhAgA0EYaiADQRBqEPAEIQECQCAAEK0DIgIgABC2A0YEQCAAIAJBASACIAFBAEEBEN4CIAAoAgAhBAwBCyAAENkDIQQgAiABayIFRQ0AIAEgBGoiBkEBaiAGIAUQ2QILIAEgBGogA0EXahD1BCADQQA6AA8gBCACQQFqIgJqIANBD2oQ9QQgACACEK0GIAMgABD/AzYCCCADQQhqIAEQgAUaIANBIGoiASMCSQRAEBMLIAEkAAu1AQEEfyMAQRBrIgMiBCMCSQRAEBMLIAQkACADIAI2AgwgABCtAyIFIAFPBEAgAgRAIAAQ2QMhBiADIAUgAWsiBDYCCCADIANBDGogA0EIahDdBSgCACICNgIMIAAgBSAEIAJrIgQEfyABIAZqIgEgASACaiAEENkCIAMoAgwFIAILayIBEK0GIANBADoAByABIAZqIANBB2oQ9QQLIANBEGoiASMCSQRAEBMLIAEkAA8LENACAAuQAwEFfyMAQRBrIgYiBSMCSQRAEBMLIAUkACAGIAI2AgwCQAJAAkAgABCtAyICIAFPBEAgBiACIAFrIgU2AgggBiAGQQxqIAZBCGoQ3QUoAgA2AgwgABC2AyIIIAJrIAYoAgwiB2ogBE8EQCAAENkDIQgCQCAGKAIMIgcgBEYNACAFIAdrIglFDQAgASAIaiEFIAcgBEsNAwJAIAUgA08NACACIAhqIANNDQAgBSAHaiADTQRAIAMgBCAHa2ohAwwBCyAFIAMgBxDZAiAGKAIMIQVBACEHIAZBADYCDCADIARqIQMgBCAFayEEIAEgBWohAQsgASAIaiIFIARqIAUgB2ogCRDZAgsgASAIaiADIAQQ2QIMAwsgACAIIAIgBGogCGsgB2sgAiABIAcgBCADENoCDAMLENACAAsgBSADIAQQ2QIgBCAFaiAFIAYoAgxqIAkQ2QILIAAgBCAGKAIMayACaiIEEK0GIAZBADoAByAEIAhqIAZBB2oQ9QQLIAZBEGoiASMCSQRAEBMLIAEkAAsTACAAENkDIAAQrQMgASACEOoCCzgBAX9BACABTQR/IANFBEBBAA8LQX8gACAAIAFqIgQgAiACIANqEOsCIgEgAGsgASAERhsFQX8LC5oBAQN/IwBBEGsiBCIFIwJJBEAQEwsgBSQAAkAgAyACayIDRQRAIAAhAQwBCyABIABrIANIDQAgBCACLQAAOgAPQQEgA2shBQN/IAEgAGsiBiADSA0BIAAgBSAGaiAEQQ9qEO4CIgBFDQEgACACIAMQwgUEfyAAQQFqIQAMAQUgAAsLIQELIARBEGoiACMCSQRAEBMLIAAkACABCxMAIAAQ2QMgABCtAyABIAIQ7QILXwECfyMAQRBrIgQiBSMCSQRAEBMLIAUkACAEIAI6AA9BfyECIAEgA0sEQCAAIANqIAEgA2sgBEEPahDuAiIDIABrQX8gAxshAgsgBEEQaiIAIwJJBEAQEwsgACQAIAILGQAgAUUEQEEADwsgACACLAAAEOIGIAEQJQtMAQJ/IwBBEGsiBiIHIwJJBEAQEwsgByQAIAZBCGogAxDwAiAAIAEgAiAGQQhqIAQgBRDxAiEAIAZBEGoiASMCSQRAEBMLIAEkACAACxEAIAAgARDZAyABEK0DEPQCC30BAn8jAEEwayIGIgcjAkkEQBATCyAHJAAgBiADKQIANwMoIAZBGGogABDwAiAGQSBqIAZBGGogASACEPICIAZBEGogBkEoaiAEIAUQ8gIgBiAGKQMQNwMIIAZBIGogBkEIahDzAiEEIAZBMGoiACMCSQRAEBMLIAAkACAEC28BAn8jAEEQayIEIgUjAkkEQBATCyAFJAAgBCADNgIMIAEoAgQgAkkEQBBcAAsgASgCACEDIAQgASgCBCACazYCCCAAIAIgA2ogBEEMaiAEQQhqEN0FKAIAEPQCIARBEGoiACMCSQRAEBMLIAAkAAuNAQECfyMAQRBrIgMiAiMCSQRAEBMLIAIkACADIAAoAgQ2AgwgAyABKAIENgIIIANBDGogA0EIahDdBSgCACECAkAgACgCACABKAIAIAIQwgUiAg0AQQAhAiAAKAIEIAEoAgRGDQBBf0EBIAAoAgQgASgCBEkbIQILIANBEGoiACMCSQRAEBMLIAAkACACCxAAIAAgAjYCBCAAIAE2AgALEwAgAEEAQX9Bkx5Bkx4QXhD2AguzAQECfyMAQRBrIgUiBiMCSQRAEBMLIAYkACAFIAQ2AgggBSACNgIMAkAgABCtAyICIAFJDQAgBEF/Rg0AIAUgAiABazYCACAFIAVBDGogBRDdBSgCADYCBAJAIAAQ2QMgAWogAyAFQQRqIAVBCGoQ3QUoAgAQwgUiAQ0AQX8hASAFKAIEIgAgBSgCCCIESQ0AIAAgBEshAQsgBUEQaiIAIwJJBEAQEwsgACQAIAEPCxDQAgALkAEBA38jAEEQayIEIgMjAkkEQBATCyADJABBbyABTwRAAkAgAUEKTQRAIAAgARD3BCAAIQMMAQsgACABELoGQQFqIgUQuwYiAxC8BiAAIAUQvQYgACABEPYECyADIAEgAhDfAiAEQQA6AA8gASADaiAEQQ9qEPUEIARBEGoiACMCSQRAEBMLIAAkAA8LEM8CAAuXAQEDfyMAQRBrIgQiAyMCSQRAEBMLIAMkAEHv////AyACTwRAAkAgAkEBTQRAIAAgAhD3BCAAIQMMAQsgACACEM0GQQFqIgUQzgYiAxC8BiAAIAUQvQYgACACEPYECyADIAEgAhDlBiAEQQA2AgwgAyACQQJ0aiAEQQxqEIkFIARBEGoiACMCSQRAEBMLIAAkAA8LEM8CAAuUAQEEfyMAQRBrIgQiAyMCSQRAEBMLIAMkAAJAIAAQrAYiAyACTwRAIAAQ2QMiAyEFIAIiBgR/IAUgASAGEK0CBSAFCxogBEEANgIMIAMgAkECdGogBEEMahCJBSAAIAIQrQYMAQsgACADIAIgA2sgABCtAyIDQQAgAyACIAEQ+gILIARBEGoiASMCSQRAEBMLIAEkAAujAgEDfyMAQRBrIggiCSMCSQRAEBMLIAkkAEHv////AyIJIAFBf3NqIAJPBEAgABDZAyEKAn8gCUEBdkFwaiABSwRAIAggAUEBdDYCCCAIIAEgAmo2AgwgCEEMaiAIQQhqEJoHKAIAEM0GDAELIAlBf2oLQQFqIgkQzgYhAiAEBEAgAiAKIAQQ5QYLIAYEQCAEQQJ0IAJqIAcgBhDlBgsgAyAFayIDIARrIgcEQCAEQQJ0IgQgAmogBkECdGogBCAKaiAFQQJ0aiAHEOUGCyABQQFHBEAgChA8CyAAIAIQvAYgACAJEL0GIAAgAyAGaiIBEPYEIAhBADYCBCACIAFBAnRqIAhBBGoQiQUgCEEQaiIAIwJJBEAQEwsgACQADwsQzwIAC9gBAQN/IwBBEGsiBiIFIwJJBEAQEwsgBSQAQe////8DIgUgAWsgAk8EQCAAENkDIQcCfyAFQQF2QXBqIAFLBEAgBiABQQF0NgIIIAYgASACajYCDCAGQQxqIAZBCGoQmgcoAgAQzQYMAQsgBUF/agtBAWoiBRDOBiECIAQEQCACIAcgBBDlBgsgAyAEayIDBEAgBEECdCIEIAJqIAQgB2ogAxDlBgsgAUEBRwRAIAcQPAsgACACELwGIAAgBRC9BiAGQRBqIgAjAkkEQBATCyAAJAAPCxDPAgALmwEBA38jAEEQayIFIgMjAkkEQBATCyADJAACQCAAEKwGIgQgABCtAyIDayACTwRAIAJFDQEgABDZAyIEIANBAnRqIAEgAhDlBiAAIAIgA2oiAhCtBiAFQQA2AgwgBCACQQJ0aiAFQQxqEIkFDAELIAAgBCACIANqIARrIAMgA0EAIAIgARD6AgsgBUEQaiIBIwJJBEAQEwsgASQAC84BAQN/IwBBEGsiAyICIwJJBEAQEwsgAiQAIAMgATYCDAJAAkACQAJ/IAAQ1wMiBEUEQEEBIQIgAC0ACwwBCyAAENgDQX9qIQIgACgCBAsiASACRgRAIAAgAkEBIAIgAhD7AiAAENcDRQ0BDAILIAQNAQsgACECIAAgAUEBahD3BAwBCyAAKAIAIQIgACABQQFqEPYECyACIAFBAnRqIgAgA0EMahCJBSADQQA2AgggAEEEaiADQQhqEIkFIANBEGoiACMCSQRAEBMLIAAkAAumAQEDfyMAQRBrIgUiAyMCSQRAEBMLIAMkAEHv////AyABTwRAAkAgAUEBTQRAIAAgARD3BCAAIQMMAQsgACABEM0GQQFqIgQQzgYiAxC8BiAAIAQQvQYgACABEPYECyADIQQgASIABH8gBCACIAAQrAIFIAQLGiAFQQA2AgwgAyABQQJ0aiAFQQxqEIkFIAVBEGoiACMCSQRAEBMLIAAkAA8LEM8CAAsEAEEACwMAAAsuAANAIAAoAgBBAUYNAAsgACgCAEUEQCAAQQE2AgAgAUHNABEEACAAQX82AgALC4ADAQZ/IwBBEGsiByIEIwJJBEAQEwsgBCQAIANB7JUJIAMbIgUoAgAhAwJAAkACQCABRQRAIAMNAUEAIQQMAwtBfiEEIAJFDQIgACAHQQxqIAAbIQYCQCADBEAgAiEADAELIAEtAAAiA0EYdEEYdSIAQQBOBEAgBiADNgIAIABBAEchBAwECyABLAAAIQBBkKQIKAIAKAIARQRAIAYgAEH/vwNxNgIAQQEhBAwECyAAQf8BcUG+fmoiA0EySw0BIANBAnRB0CBqKAIAIQMgAkF/aiIARQ0CIAFBAWohAQsgAS0AACIIQQN2IglBcGogA0EadSAJanJBB0sNAANAIABBf2ohACAIQYB/aiADQQZ0ciIDQQBOBEAgBUEANgIAIAYgAzYCACACIABrIQQMBAsgAEUNAiABQQFqIgEtAAAiCEHAAXFBgAFGDQALCyAFQQA2AgBB0JAJQRk2AgBBfyEEDAELIAUgAzYCAAsgB0EQaiIAIwJJBEAQEwsgACQAIAQLzBMCDn8DfiMAQbACayIGIgMjAkkEQBATCyADJAAgACgCTEEATgR/QQEFIAQLGgJAIAEtAAAiBEUNACAAQQRqIQcCQANAAkACQCAEQf8BcRCYAQRAA0AgASIEQQFqIQEgBC0AARCYAQ0ACyAAQgAQtAIDQAJ/IAAoAgQiASAAKAJoSQRAIAcgAUEBajYCACABLQAADAELIAAQtQILEJgBDQALAkAgACgCaEUEQCAHKAIAIQEMAQsgByAHKAIAQX9qIgE2AgALIAEgACgCCGusIAApA3ggEXx8IREMAQsCfwJAAkAgAS0AACIEQSVGBEAgAS0AASIDQSpGDQEgA0ElRw0CCyAAQgAQtAIgASAEQSVGaiEEAn8gACgCBCIBIAAoAmhJBEAgByABQQFqNgIAIAEtAAAMAQsgABC1AgsiASAELQAARwRAIAAoAmgEQCAHIAcoAgBBf2o2AgALQQAhDSABQQBODQgMBQsgEUIBfCERDAMLQQAhCCABQQJqDAELAkAgAxAiRQ0AIAEtAAJBJEcNACACIAEtAAFBUGoQhAMhCCABQQNqDAELIAIoAgAhCCACQQRqIQIgAUEBagshBEEAIQ1BACEBIAQtAAAQIgRAA0AgBC0AACABQQpsakFQaiEBIAQtAAEhAyAEQQFqIQQgAxAiDQALCwJ/IAQgBC0AACIFQe0ARw0AGkEAIQkgCEEARyENIAQtAAEhBUEAIQogBEEBagshAyAFQf8BcUG/f2oiC0E5Sw0BIANBAWohBEEDIQUCQAJAAkACQAJAAkAgC0EBaw45BwQHBAQEBwcHBwMHBwcHBwcEBwcHBwQHBwQHBwcHBwQHBAQEBAQABAUHAQcEBAQHBwQCBAcHBAcCBAsgA0ECaiAEIAMtAAFB6ABGIgMbIQRBfkF/IAMbIQUMBAsgA0ECaiAEIAMtAAFB7ABGIgMbIQRBA0EBIAMbIQUMAwtBASEFDAILQQIhBQwBC0EAIQUgAyEEC0EBIAUgBC0AACIDQS9xQQNGIgsbIQ4CQCADQSByIAMgCxsiDEHbAEYNAAJAIAxB7gBHBEAgDEHjAEcNASABQQEgAUEBShshAQwCCyAIIA4gERCFAwwCCyAAQgAQtAIDQAJ/IAAoAgQiAyAAKAJoSQRAIAcgA0EBajYCACADLQAADAELIAAQtQILEJgBDQALAkAgACgCaEUEQCAHKAIAIQMMAQsgByAHKAIAQX9qIgM2AgALIAMgACgCCGusIAApA3ggEXx8IRELIAAgAawiEhC0AgJAIAAoAgQiBSAAKAJoIgNJBEAgByAFQQFqNgIADAELIAAQtQJBAEgNAiAAKAJoIQMLIAMEQCAHIAcoAgBBf2o2AgALAkACQCAMQah/aiIDQSBLBEAgDEG/f2oiAUEGSw0CQQEgAXRB8QBxRQ0CDAELQRAhBQJAAkACQAJAAkAgA0EBaw4fBgYEBgYGBgYFBgQBBQUFBgAGBgYGBgIDBgYEBgEGBgMLQQAhBQwCC0EKIQUMAQtBCCEFCyAAIAVBAEJ/ELcCIRIgACkDeEIAIAAoAgQgACgCCGusfVENBgJAIAhFDQAgDEHwAEcNACAIIBI+AgAMAwsgCCAOIBIQhQMMAgsCQCAMQRByQfMARgRAIAZBIGpBf0GBAhAZGiAGQQA6ACAgDEHzAEcNASAGQQA6AEEgBkEAOgAuIAZBADYBKgwBCyAGQSBqIAQtAAEiBUHeAEYiA0GBAhAZGiAGQQA6ACAgBEECaiAEQQFqIAMbIQsCfwJAAkAgBEECQQEgAxtqLQAAIgRBLUcEQCAEQd0ARg0BIAVB3gBHIQUgCwwDCyAGIAVB3gBHIgU6AE4MAQsgBiAFQd4ARyIFOgB+CyALQQFqCyEEA0ACQCAELQAAIgNBLUcEQCADRQ0HIANB3QBHDQEMAwtBLSEDIAQtAAEiEEUNACAQQd0ARg0AIARBAWohCwJAIARBf2otAAAiBCAQTwRAIBAhAwwBCwNAIARBAWoiBCAGQSBqaiAFOgAAIAQgCy0AACIDSQ0ACwsgCyEECyADIAZqIAU6ACEgBEEBaiEEDAAACwALIAFBAWpBHyAMQeMARiILGyEFAkACQAJAIA5BAUciDEUEQCAIIQMgDQRAIAVBAnQQOyIDRQ0ECyAGQgA3A6gCQQAhAQNAIAMhCgJAA0ACfyAAKAIEIgMgACgCaEkEQCAHIANBAWo2AgAgAy0AAAwBCyAAELUCCyIDIAZqLQAhRQ0BIAYgAzoAGyAGQRxqIAZBG2pBASAGQagCahCCAyIDQX5GDQAgA0F/Rg0FIAoEQCAKIAFBAnRqIAYoAhw2AgAgAUEBaiEBCyANRQ0AIAEgBUcNAAsgCiAFQQF0QQFyIgVBAnQQPiIDDQEMBAsLAn9BASAGQagCaiIDRQ0AGiADKAIARQtFDQJBACEJDAELIA0EQEEAIQEgBRA7IgNFDQMDQCADIQkDQAJ/IAAoAgQiAyAAKAJoSQRAIAcgA0EBajYCACADLQAADAELIAAQtQILIgMgBmotACFFBEBBACEKDAQLIAEgCWogAzoAACABQQFqIgEgBUcNAAtBACEKIAkgBUEBdEEBciIFED4iAw0ACwwHC0EAIQEgCARAA0ACfyAAKAIEIgMgACgCaEkEQCAHIANBAWo2AgAgAy0AAAwBCyAAELUCCyIDIAZqLQAhBEAgASAIaiADOgAAIAFBAWohAQwBBUEAIQogCCEJDAMLAAALAAsDQAJ/IAAoAgQiASAAKAJoSQRAIAcgAUEBajYCACABLQAADAELIAAQtQILIAZqLQAhDQALQQAhCUEAIQpBACEBCwJAIAAoAmhFBEAgBygCACEDDAELIAcgBygCAEF/aiIDNgIACyAAKQN4IAMgACgCCGusfCITUA0HIBIgE1JBACALGw0HAkAgDUUNACAMRQRAIAggCjYCAAwBCyAIIAk2AgALIAsNAyAKBEAgCiABQQJ0akEANgIACyAJRQRAQQAhCQwECyABIAlqQQA6AAAMAwtBACEJDAQLQQAhCUEAIQoMAwsgBiAAIA5BABDGAiAAKQN4QgAgACgCBCAAKAIIa6x9UQ0EIAhFDQAgDkECSw0AIAYpAwghEiAGKQMAIRMCQAJAAkAgDkEBaw4CAQIACyAIIBMgEhC5AjgCAAwCCyAIIBMgEhApOQMADAELIAggEzcDACAIIBI3AwgLIAAoAgQgACgCCGusIAApA3ggEXx8IREgDyAIQQBHaiEPCyAEQQFqIQEgBC0AASIEDQEMAwsLIA9BfyAPGyEPCyANRQ0AIAkQPCAKEDwLIAZBsAJqIgAjAkkEQBATCyAAJAAgDwswAQF/IwBBEGsiAiAANgIMIAIgACABQQJ0IAFBAEdBAnRraiIAQQRqNgIIIAAoAgALTgACQCAARQ0AIAFBAmoiAUEFSw0AAkACQAJAAkAgAUEBaw4FAQICBAMACyAAIAI8AAAPCyAAIAI9AQAPCyAAIAI+AgAPCyAAIAI3AwALC1MBAn8gASAAKAJUIgMgA0EAIAJBgAJqIgEQJSIEIANrIAEgBBsiASACIAEgAkkbIgIQGhogACABIANqIgE2AlQgACABNgIIIAAgAiADajYCBCACC2EBAn8jAEGQAWsiAyIEIwJJBEAQEwsgBCQAIANBAEGQARAZIgNBfzYCTCADIAA2AiwgA0HJADYCICADIAA2AlQgAyABIAIQgwMhACADQZABaiIBIwJJBEAQEwsgASQAIAALCwAgACABIAIQhgMLpAEBA38jAEEQayIAIgEjAkkEQBATCyABJAACQCAAQQxqIABBCGoQDQ0AQfCVCSAAKAIMQQJ0QQRqEDsiATYCACABRQ0AAkAgACgCCBA7IgEEQEHwlQkoAgAiAg0BC0HwlQlBADYCAAwBCyACIAAoAgxBAnRqQQA2AgBB8JUJKAIAIAEQDkUNAEHwlQlBADYCAAsgAEEQaiIAIwJJBEAQEwsgACQAC5kBAQV/IAAQXiEEAkACQEHwlQkoAgBFDQAgAC0AAEUNACAAQT0QYA0AQfCVCSgCACgCACICRQ0AA0ACQCAAIAIgBBBsIQNB8JUJKAIAIQIgA0UEQCACIAFBAnRqKAIAIgMgBGoiBS0AAEE9Rg0BCyACIAFBAWoiAUECdGooAgAiAg0BDAMLCyADRQ0BIAVBAWohAQsgAQ8LQQALRAECfyMAQRBrIgIiAyMCSQRAEBMLIAMkACACIAE2AgQgAiAANgIAQdsAIAIQEBBiGiACQRBqIgEjAkkEQBATCyABJAAL1wUBCX8jAEGQAmsiBSIGIwJJBEAQEwsgBiQAAkAgAS0AAA0AQeQlEIoDIgEEQCABLQAADQELIABBDGxB8CVqEIoDIgEEQCABLQAADQELQbgmEIoDIgEEQCABLQAADQELQb0mIQELAkADQAJAIAEgAmotAAAiA0UNACADQS9GDQBBDyEDIAJBAWoiAkEPRw0BDAILCyACIQMLQb0mIQQCQAJAAkACQAJAIAEtAAAiAkEuRg0AIAEgA2otAAANACABIQQgAkHDAEcNAQsgBC0AAUUNAQsgBEG9JhBDRQ0AIARBxSYQQw0BCyAARQRAQYQgIQIgBC0AAUEuRg0CC0EAIQIMAQtB/JUJKAIAIgIEQANAIAQgAkEIahBDRQ0CIAIoAhgiAg0ACwtB9JUJEAVB/JUJKAIAIgIEQANAIAQgAkEIahBDRQRAQfSVCRAGDAMLIAIoAhgiAg0ACwtBACEGAkACQAJAQeSQCSgCAA0AQcsmEIoDIgJFDQAgAi0AAEUNACADQQFqIQhB/gEgA2shCQNAIAJBOhBfIgEgAmsgAS0AACIKQQBHayIHIAlJBH8gBUEQaiACIAcQGhogBUEQaiAHaiICQS86AAAgAkEBaiAEIAMQGhogBUEQaiAHIAhqakEAOgAAIAVBEGogBUEMahAPIgIEQEEcEDsiAQ0EIAIgBSgCDBCLAwwDCyABLQAABSAKC0EARyABaiICLQAADQALC0EcEDsiAkUNASACQYQgKQIANwIAIAJBCGoiASAEIAMQGhogASADakEAOgAAIAJB/JUJKAIANgIYQfyVCSACNgIAIAIhBgwBCyABIAI2AgAgASAFKAIMNgIEIAFBCGoiAiAEIAMQGhogAiADakEAOgAAIAFB/JUJKAIANgIYQfyVCSABNgIAIAEhBgtB9JUJEAYgBkGEICAAIAZyGyECCyAFQZACaiIAIwJJBEAQEwsgACQAIAILFQAgAEEARyAAQaAgR3EgAEG4IEdxC90BAQR/IwBBIGsiASIAIwJJBEAQEwsgACQAAn8CQEEAEI0DBEBBACEAA0BB/////wcgAHZBAXEEQCAAQQJ0IABBlccAEIwDNgIACyAAQQFqIgBBBkcNAAsMAQtBACEAA0AgAUEIaiAAQQJ0aiAAQZXHAEHYJkEBIAB0Qf////8HcRsQjAMiAzYCACACIANBAEdqIQIgAEEBaiIAQQZHDQALIAJBAUsNAEGgICACQQFrDQEaIAEoAghBhCBHDQBBuCAMAQtBAAshACABQSBqIgEjAkkEQBATCyABJAAgAAt6AQJ/IwBBEGsiAyIEIwJJBEAQEwsgBCQAIAMgAjYCDCADIAI2AghBfyEEAkBBAEEAIAEgAhCuAiICQQBIDQAgACACQQFqIgAQOyICNgIAIAJFDQAgAiAAIAEgAygCDBCuAiEECyADQRBqIgAjAkkEQBATCyAAJAAgBAsWACAAECJBAEcgAEEgckGff2pBBklyC0IBAn8jAEEQayICIgMjAkkEQBATCyADJAAgAiABNgIMIABBgMcAIAEQhwMhASACQRBqIgAjAkkEQBATCyAAJAAgAQsOACAAEI0DBEAgABA8CwvHAwEFfyMAQRBrIgciAyMCSQRAEBMLIAMkAAJAAkACQAJAIAAEQCACQQRPDQEgAiEDDAILIAEoAgAiACgCACIDRQ0DA0BBASEFIANBgAFPBEBBfyEGIAdBDGogAxAjIgVBf0YNBQsgACgCBCEDIABBBGohACAEIAVqIgQhBiADDQALDAMLIAEoAgAhBSACIQMDQAJ/IAUoAgAiBEF/akH/AE8EQCAERQRAIABBADoAACABQQA2AgAMBQtBfyEGIAAgBBAjIgRBf0YNBSADIARrIQMgACAEagwBCyAAIAQ6AAAgA0F/aiEDIAEoAgAhBSAAQQFqCyEAIAEgBUEEaiIFNgIAIANBA0sNAAsLIAMEQCABKAIAIQUDQAJ/IAUoAgAiBEF/akH/AE8EQCAERQRAIABBADoAACABQQA2AgAMBQtBfyEGIAdBDGogBBAjIgRBf0YNBSADIARJDQQgACAFKAIAECMaIAMgBGshAyAAIARqDAELIAAgBDoAACADQX9qIQMgASgCACEFIABBAWoLIQAgASAFQQRqIgU2AgAgAw0ACwsgAiEGDAELIAIgA2shBgsgB0EQaiIAIwJJBEAQEwsgACQAIAYL+wIBBn8jAEGQAmsiBSIGIwJJBEAQEwsgBiQAIAUgASgCACIINgIMIAAgBUEQaiAAGyEHQQAhBgJAIANBgAIgABsiA0UNACAIRQ0AAkAgAyACTSIEDQAgAkEgSw0ADAELA0AgAiADIAIgBEEBcRsiBGshAiAHIAVBDGogBBCTAyIEQX9GBEBBACEDIAUoAgwhCEF/IQYMAgsgByAEIAdqIAcgBUEQakYiCRshByAEIAZqIQYgBSgCDCEIIANBACAEIAkbayIDRQ0BIAhFDQEgAiADTyIEDQAgAkEhTw0ACwsCQAJAIAhFDQAgA0UNACACRQ0AA0AgByAIKAIAECMiBEEBakEBTQRAQX8hCSAEDQMgBUEANgIMDAILIAUgBSgCDEEEaiIINgIMIAQgBmohBiADIARrIgNFDQEgBCAHaiEHIAYhCSACQX9qIgINAAsMAQsgBiEJCyAABEAgASAFKAIMNgIACyAFQZACaiIAIwJJBEAQEwsgACQAIAkLwggBBX8gASgCACEEAkACQAJAAkACQAJAAkACfwJAAkAgA0UNACADKAIAIgZFDQAgAEUEQCACIQMMBAsgA0EANgIAIAIhAwwBCwJAAkBBkKQIKAIAKAIARQRAIABFDQEgAkUNCyACIQYDQCAELAAAIgMEQCAAIANB/78DcTYCACAAQQRqIQAgBEEBaiEEIAZBf2oiBg0BDA0LCyAAQQA2AgAgAUEANgIAIAIgBmsPCyACIQMgAEUNASACIQVBAAwDCyAEEF4PC0EBIQUMAgtBAQshBwNAIAdFBEAgBUUNCANAAkACQAJAIAQtAAAiB0F/aiIIQf4ASwRAIAchBiAFIQMMAQsgBEEDcQ0BIAVBBUkNASAFIAVBe2pBfHFrQXxqIQMCQAJAA0AgBCgCACIGQf/9+3dqIAZyQYCBgoR4cQ0BIAAgBkH/AXE2AgAgACAELQABNgIEIAAgBC0AAjYCCCAAIAQtAAM2AgwgAEEQaiEAIARBBGohBCAFQXxqIgVBBEsNAAsgBC0AACEGDAELIAUhAwsgBkH/AXEiB0F/aiEICyAIQf4ASw0BIAMhBQsgACAHNgIAIABBBGohACAEQQFqIQQgBUF/aiIFDQEMCgsLIAdBvn5qIgdBMksNBCAEQQFqIQQgB0ECdEHQIGooAgAhBkEBIQcMAQsgBC0AACIHQQN2IgVBcGogBSAGQRp1anJBB0sNAgJAAkACfyAEQQFqIgggB0GAf2ogBkEGdHIiBUF/Sg0AGiAILQAAQYB/aiIHQT9LDQEgBEECaiIIIAcgBUEGdHIiBUF/Sg0AGiAILQAAQYB/aiIHQT9LDQEgByAFQQZ0ciEFIARBA2oLIQQgACAFNgIAIANBf2ohBSAAQQRqIQAMAQtB0JAJQRk2AgAgBEF/aiEEDAYLQQAhBwwAAAsACwNAIAVFBEAgBC0AAEEDdiIFQXBqIAZBGnUgBWpyQQdLDQICfyAEQQFqIgUgBkGAgIAQcUUNABogBS0AAEHAAXFBgAFHDQMgBEECaiIFIAZBgIAgcUUNABogBS0AAEHAAXFBgAFHDQMgBEEDagshBCADQX9qIQNBASEFDAELA0ACQCAELQAAIgZBf2pB/gBLDQAgBEEDcQ0AIAQoAgAiBkH//ft3aiAGckGAgYKEeHENAANAIANBfGohAyAEKAIEIQYgBEEEaiIFIQQgBiAGQf/9+3dqckGAgYKEeHFFDQALIAUhBAsgBkH/AXEiBUF/akH+AE0EQCADQX9qIQMgBEEBaiEEDAELCyAFQb5+aiIFQTJLDQIgBEEBaiEEIAVBAnRB0CBqKAIAIQZBACEFDAAACwALIARBf2ohBCAGDQEgBC0AACEGCyAGQf8BcQ0AIAAEQCAAQQA2AgAgAUEANgIACyACIANrDwtB0JAJQRk2AgAgAEUNAQsgASAENgIAC0F/DwsgASAENgIAIAILqAMBBn8jAEGQCGsiBiIHIwJJBEAQEwsgByQAIAYgASgCACIJNgIMIAAgBkEQaiAAGyEIQQAhBwJAIANBgAIgABsiA0UNACAJRQ0AIAJBAnYiBSADTyEKIAJBgwFNQQAgBSADSRsNAANAIAIgAyAFIAobIgVrIQIgCCAGQQxqIAUgBBCVAyIFQX9GBEBBACEDIAYoAgwhCUF/IQcMAgsgCCAIIAVBAnRqIAggBkEQakYiChshCCAFIAdqIQcgBigCDCEJIANBACAFIAobayIDRQ0BIAlFDQEgAkECdiIFIANPIQogAkGDAUsNACAFIANPDQALCwJAAkAgCUUNACADRQ0AIAJFDQADQCAIIAkgAiAEEIIDIgVBAmpBAk0EQCAFQQFqIgJBAU0EQCACQQFrDQQgBkEANgIMDAMLIARBADYCAAwCCyAGIAYoAgwgBWoiCTYCDCAHQQFqIQcgA0F/aiIDRQ0BIAhBBGohCCACIAVrIQIgByEFIAINAAsMAQsgByEFCyAABEAgASAGKAIMNgIACyAGQZAIaiIAIwJJBEAQEwsgACQAIAULMQEBf0GQpAgoAgAhASAABEBBkKQIQYSRCSAAIABBf0YbNgIAC0F/IAEgAUGEkQlGGwsNACAAIAEgAkJ/ELgCCxYAIAAgASACQoCAgICAgICAgH8QuAILVAECfwJAA0AgAyAERwRAQX8hACABIAJGDQIgASwAACIFIAMsAAAiBkgNAiAGIAVIBEBBAQ8FIANBAWohAyABQQFqIQEMAgsACwsgASACRyEACyAACxAAIAAQzAYgACACIAMQnAMLrQEBBH8jAEEQayIFIgMjAkkEQBATCyADJAAgASACEMsGIgRBb00EQAJAIARBCk0EQCAAIAQQ9wQgACEDDAELIAAgBBC6BkEBaiIGELsGIgMQvAYgACAGEL0GIAAgBBD2BAsDQCABIAJHBEAgAyABEPUEIANBAWohAyABQQFqIQEMAQsLIAVBADoADyADIAVBD2oQ9QQgBUEQaiIAIwJJBEAQEwsgACQADwsQzwIAC0ABAX9BACEAA38gASACRgR/IAAFIAEsAAAgAEEEdGoiAEGAgICAf3EiA0EYdiADciAAcyEAIAFBAWohAQwBCwsLVAECfwJAA0AgAyAERwRAQX8hACABIAJGDQIgASgCACIFIAMoAgAiBkgNAiAGIAVIBEBBAQ8FIANBBGohAyABQQRqIQEMAgsACwsgASACRyEACyAACxAAIAAQzAYgACACIAMQoAMLsQEBBH8jAEEQayIFIgMjAkkEQBATCyADJAAgASACEKsGIgRB7////wNNBEACQCAEQQFNBEAgACAEEPcEIAAhAwwBCyAAIAQQzQZBAWoiBhDOBiIDELwGIAAgBhC9BiAAIAQQ9gQLA0AgASACRwRAIAMgARCJBSADQQRqIQMgAUEEaiEBDAELCyAFQQA2AgwgAyAFQQxqEIkFIAVBEGoiACMCSQRAEBMLIAAkAA8LEM8CAAtAAQF/QQAhAAN/IAEgAkYEfyAABSABKAIAIABBBHRqIgBBgICAgH9xIgNBGHYgA3IgAHMhACABQQRqIQEMAQsLC5ECAQJ/IwBBIGsiBiIHIwJJBEAQEwsgByQAIAYgATYCGAJAIAMoAgRBAXFFBEAgBkF/NgIAIAYgACABIAIgAyAEIAYgACgCACgCEBEIACIBNgIYIAYoAgAiA0EBTQRAIANBAWsEQCAFQQA6AAAMAwsgBUEBOgAADAILIAVBAToAACAEQQQ2AgAMAQsgBiADEOwGIAYQ7QYhASAGEKMDIAYgAxDsBiAGEKQDIQMgBhCjAyAGIAMQpQMgBkEMciADEKYDIAUgBkEYaiACIAYgBkEYaiIDIAEgBEEBEKcDIAZGOgAAIAYoAhghAQNAIANBdGoQ1QIiAyAGRw0ACwsgBkEgaiIAIwJJBEAQEwsgACQAIAELCgAgACgCABC4BQsLACAAQfiXCRCoAwsRACAAIAEgASgCACgCGBEBAAsRACAAIAEgASgCACgCHBEBAAvfBAELfyMAQYABayIIIgsjAkkEQBATCyALJAAgCCABNgJ4IAIgAxCpAyEJIAhBygA2AhAgCEEIakEAIAhBEGoQqgMhECAIQRBqIQoCQCAJQeUATwRAIAkQOyIKRQ0BIBAgChCrAwsgCiEHIAIhAQNAIAEgA0YEQANAAkAgCUEAIAAgCEH4AGoQ7gYbRQRAIAAgCEH4AGoQ8gYEQCAFIAUoAgBBAnI2AgALDAELIAAQ7wYhDiAGRQRAIAQgDhCsAyEOCyANQQFqIQtBACEPIAohByACIQEDQCABIANGBEAgCyENIA9FDQMgABDxBhogCiEHIAIhASAJIAxqQQJJDQMDQCABIANGBEAMBQUCQCAHLQAAQQJHDQAgARCtAyALRg0AIAdBADoAACAMQX9qIQwLIAdBAWohByABQQxqIQEMAQsAAAsABQJAIActAABBAUcNACABIA0QrgMsAAAhEQJAIA5B/wFxIAYEfyARBSAEIBEQrAMLQf8BcUYEQEEBIQ8gARCtAyALRw0CIAdBAjoAACAMQQFqIQwMAQsgB0EAOgAACyAJQX9qIQkLIAdBAWohByABQQxqIQEMAQsAAAsACwsCQAJAA0AgAiADRg0BIAotAABBAkcEQCAKQQFqIQogAkEMaiECDAELCyACIQMMAQsgBSAFKAIAQQRyNgIACyAQEK8DIAhBgAFqIgAjAkkEQBATCyAAJAAgAw8FAkAgARCwA0UEQCAHQQE6AAAMAQsgB0ECOgAAIAxBAWohDCAJQX9qIQkLIAdBAWohByABQQxqIQEMAQsAAAsACxBcAAsVACAAKAIAQRBqIAEQsAUQtAUoAgALCgAgASAAa0EMbQtJAQJ/IwBBEGsiAyIEIwJJBEAQEwsgBCQAIAMgATYCDCAAIANBDGoQiQUgAEEEaiACEIkFIANBEGoiASMCSQRAEBMLIAEkACAACyQBAX8gACgCACECIAAgATYCACACBEAgAiAAEJYEKAIAEQQACwsRACAAIAEgACgCACgCDBECAAsVACAAENcDBEAgACgCBA8LIAAtAAsLCgAgABDZAyABagsJACAAQQAQqwMLCAAgABCtA0ULDwAgASACIAMgBCAFELIDC74DAQN/IwBBkAJrIgUiByMCSQRAEBMLIAckACAFIAE2AoACIAUgADYCiAIgAhCzAyEAIAVB0AFqIAIgBUH/AWoQtAMgBUHAAWoQtQMiAiACELYDELcDIAUgAkEAEK4DIgY2ArwBIAUgBUEQajYCDCAFQQA2AggDQAJAIAVBiAJqIAVBgAJqEO4GRQ0AIAUoArwBIAIQrQMgBmpGBEAgAhCtAyEHIAIgAhCtA0EBdBC3AyACIAIQtgMQtwMgBSAHIAJBABCuAyIGajYCvAELIAVBiAJqEO8GIAAgBiAFQbwBaiAFQQhqIAUsAP8BIAVB0AFqIAVBEGogBUEMakGAxQAQuAMNACAFQYgCahDxBhoMAQsLAkAgBUHQAWoQrQNFDQAgBSgCDCIBIAVBEGprQZ8BSg0AIAUgAUEEajYCDCABIAUoAgg2AgALIAQgBiAFKAK8ASADIAAQuQM2AgAgBUHQAWogBUEQaiAFKAIMIAMQugMgBUGIAmogBUGAAmoQ8gYEQCADIAMoAgBBAnI2AgALIAUoAogCIQYgAhDVAhogBUHQAWoQ1QIaIAVBkAJqIgAjAkkEQBATCyAAJAAgBgsuAAJAIAAoAgRBygBxIgAEQCAAQcAARgRAQQgPCyAAQQhHDQFBEA8LQQAPC0EKC1cBAn8jAEEQayIDIgQjAkkEQBATCyAEJAAgA0EIaiABEOwGIAIgA0EIahCkAyIBEPsDOgAAIAAgARD8AyADQQhqEKMDIANBEGoiACMCSQRAEBMLIAAkAAsOACAAEMwGIAAQ1gMgAAsbAQF/QQohASAAENcDBH8gABDYA0F/agUgAQsLCQAgACABENsCC4sDAQN/IwBBEGsiCiILIwJJBEAQEwsgCyQAIAogADoADwJAAkACQAJAIAMoAgAgAkcNACAAQf8BcSILIAktABhGIgxFBEAgCS0AGSALRw0BCyADIAJBAWo2AgAgAkErQS0gDBs6AAAMAQsgBhCtA0UNASAAIAVHDQFBACEAIAgoAgAiCSAHa0GfAUoNAiAEKAIAIQAgCCAJQQRqNgIAIAkgADYCAAtBACEAIARBADYCAAwBC0F/IQAgCSAJQRpqIApBD2oQ2gMgCWsiCUEXSg0AAkAgAUF4aiIGQQJLBEAgAUEQRw0BIAlBFkgNASADKAIAIgYgAkYNAiAGIAJrQQJKDQIgBkF/ai0AAEEwRw0CQQAhACAEQQA2AgAgAyAGQQFqNgIAIAYgCUGAxQBqLQAAOgAADAILIAZBAWtFDQAgCSABTg0BCyADIAMoAgAiAEEBajYCACAAIAlBgMUAai0AADoAACAEIAQoAgBBAWo2AgBBACEACyAKQRBqIgEjAkkEQBATCyABJAAgAAvcAQICfwF+IwBBEGsiBCIFIwJJBEAQEwsgBSQAAn8CQCAAIAFHBEBB0JAJKAIAIQVB0JAJQQA2AgAgACAEQQxqIAMQ1AMQmQMhBkHQkAkoAgAiAEUEQEHQkAkgBTYCAAsgASAEKAIMRwRAIAJBBDYCAAwCCwJAAkAgAEHEAEYNACAGQoCAgIB4Uw0AIAZC/////wdXDQELIAJBBDYCAEH/////ByAGQgFZDQMaQYCAgIB4DAMLIAanDAILIAJBBDYCAAtBAAshACAEQRBqIgEjAkkEQBATCyABJAAgAAuoAQECfwJAIAAQrQNFDQAgASACEJ8EIAJBfGohBCAAENkDIgIgABCtA2ohBQNAAkAgAiwAACEAIAEgBE8NAAJAIABBAUgNACAAQf8ATg0AIAEoAgAgAiwAAEYNACADQQQ2AgAPCyACQQFqIAIgBSACa0EBShshAiABQQRqIQEMAQsLIABBAUgNACAAQf8ATg0AIAQoAgBBf2ogAiwAAEkNACADQQQ2AgALCw8AIAEgAiADIAQgBRC8Awu+AwEDfyMAQZACayIFIgcjAkkEQBATCyAHJAAgBSABNgKAAiAFIAA2AogCIAIQswMhACAFQdABaiACIAVB/wFqELQDIAVBwAFqELUDIgIgAhC2AxC3AyAFIAJBABCuAyIGNgK8ASAFIAVBEGo2AgwgBUEANgIIA0ACQCAFQYgCaiAFQYACahDuBkUNACAFKAK8ASACEK0DIAZqRgRAIAIQrQMhByACIAIQrQNBAXQQtwMgAiACELYDELcDIAUgByACQQAQrgMiBmo2ArwBCyAFQYgCahDvBiAAIAYgBUG8AWogBUEIaiAFLAD/ASAFQdABaiAFQRBqIAVBDGpBgMUAELgDDQAgBUGIAmoQ8QYaDAELCwJAIAVB0AFqEK0DRQ0AIAUoAgwiASAFQRBqa0GfAUoNACAFIAFBBGo2AgwgASAFKAIINgIACyAEIAYgBSgCvAEgAyAAEL0DNwMAIAVB0AFqIAVBEGogBSgCDCADELoDIAVBiAJqIAVBgAJqEPIGBEAgAyADKAIAQQJyNgIACyAFKAKIAiEGIAIQ1QIaIAVB0AFqENUCGiAFQZACaiIAIwJJBEAQEwsgACQAIAYL7gECAn8BfiMAQRBrIgQiBSMCSQRAEBMLIAUkAAJAAkAgACABRwRAQdCQCSgCACEFQdCQCUEANgIAIAAgBEEMaiADENQDEJkDIQZB0JAJKAIAIgBFBEBB0JAJIAU2AgALIAEgBCgCDEcEQCACQQQ2AgAMAgsCQCAAQcQARg0AIAZCgICAgICAgICAf1MNAEL///////////8AIAZZDQMLIAJBBDYCACAGQgFZBEBC////////////ACEGDAMLQoCAgICAgICAgH8hBgwCCyACQQQ2AgALQgAhBgsgBEEQaiIAIwJJBEAQEwsgACQAIAYLDwAgASACIAMgBCAFEL8DC74DAQN/IwBBkAJrIgUiByMCSQRAEBMLIAckACAFIAE2AoACIAUgADYCiAIgAhCzAyEAIAVB0AFqIAIgBUH/AWoQtAMgBUHAAWoQtQMiAiACELYDELcDIAUgAkEAEK4DIgY2ArwBIAUgBUEQajYCDCAFQQA2AggDQAJAIAVBiAJqIAVBgAJqEO4GRQ0AIAUoArwBIAIQrQMgBmpGBEAgAhCtAyEHIAIgAhCtA0EBdBC3AyACIAIQtgMQtwMgBSAHIAJBABCuAyIGajYCvAELIAVBiAJqEO8GIAAgBiAFQbwBaiAFQQhqIAUsAP8BIAVB0AFqIAVBEGogBUEMakGAxQAQuAMNACAFQYgCahDxBhoMAQsLAkAgBUHQAWoQrQNFDQAgBSgCDCIBIAVBEGprQZ8BSg0AIAUgAUEEajYCDCABIAUoAgg2AgALIAQgBiAFKAK8ASADIAAQwAM7AQAgBUHQAWogBUEQaiAFKAIMIAMQugMgBUGIAmogBUGAAmoQ8gYEQCADIAMoAgBBAnI2AgALIAUoAogCIQYgAhDVAhogBUHQAWoQ1QIaIAVBkAJqIgAjAkkEQBATCyAAJAAgBgvyAQIDfwF+IwBBEGsiBCIFIwJJBEAQEwsgBSQAAn8CQCAAIAFHBEACQCAALQAAIgVBLUcNACAAQQFqIgAgAUcNACACQQQ2AgAMAgtB0JAJKAIAIQZB0JAJQQA2AgAgACAEQQxqIAMQ1AMQmAMhB0HQkAkoAgAiAEUEQEHQkAkgBjYCAAsgASAEKAIMRwRAIAJBBDYCAAwCCyAAQcQAR0EAIAdC//8DWBtFBEAgAkEENgIAQf//AwwDC0EAIAenIgBrIAAgBUEtRhsMAgsgAkEENgIAC0EACyEAIARBEGoiASMCSQRAEBMLIAEkACAAQf//A3ELDwAgASACIAMgBCAFEMIDC74DAQN/IwBBkAJrIgUiByMCSQRAEBMLIAckACAFIAE2AoACIAUgADYCiAIgAhCzAyEAIAVB0AFqIAIgBUH/AWoQtAMgBUHAAWoQtQMiAiACELYDELcDIAUgAkEAEK4DIgY2ArwBIAUgBUEQajYCDCAFQQA2AggDQAJAIAVBiAJqIAVBgAJqEO4GRQ0AIAUoArwBIAIQrQMgBmpGBEAgAhCtAyEHIAIgAhCtA0EBdBC3AyACIAIQtgMQtwMgBSAHIAJBABCuAyIGajYCvAELIAVBiAJqEO8GIAAgBiAFQbwBaiAFQQhqIAUsAP8BIAVB0AFqIAVBEGogBUEMakGAxQAQuAMNACAFQYgCahDxBhoMAQsLAkAgBUHQAWoQrQNFDQAgBSgCDCIBIAVBEGprQZ8BSg0AIAUgAUEEajYCDCABIAUoAgg2AgALIAQgBiAFKAK8ASADIAAQwwM2AgAgBUHQAWogBUEQaiAFKAIMIAMQugMgBUGIAmogBUGAAmoQ8gYEQCADIAMoAgBBAnI2AgALIAUoAogCIQYgAhDVAhogBUHQAWoQ1QIaIAVBkAJqIgAjAkkEQBATCyAAJAAgBgvtAQIDfwF+IwBBEGsiBCIFIwJJBEAQEwsgBSQAAn8CQCAAIAFHBEACQCAALQAAIgVBLUcNACAAQQFqIgAgAUcNACACQQQ2AgAMAgtB0JAJKAIAIQZB0JAJQQA2AgAgACAEQQxqIAMQ1AMQmAMhB0HQkAkoAgAiAEUEQEHQkAkgBjYCAAsgASAEKAIMRwRAIAJBBDYCAAwCCyAAQcQAR0EAIAdC/////w9YG0UEQCACQQQ2AgBBfwwDC0EAIAenIgBrIAAgBUEtRhsMAgsgAkEENgIAC0EACyEAIARBEGoiASMCSQRAEBMLIAEkACAACw8AIAEgAiADIAQgBRDFAwu+AwEDfyMAQZACayIFIgcjAkkEQBATCyAHJAAgBSABNgKAAiAFIAA2AogCIAIQswMhACAFQdABaiACIAVB/wFqELQDIAVBwAFqELUDIgIgAhC2AxC3AyAFIAJBABCuAyIGNgK8ASAFIAVBEGo2AgwgBUEANgIIA0ACQCAFQYgCaiAFQYACahDuBkUNACAFKAK8ASACEK0DIAZqRgRAIAIQrQMhByACIAIQrQNBAXQQtwMgAiACELYDELcDIAUgByACQQAQrgMiBmo2ArwBCyAFQYgCahDvBiAAIAYgBUG8AWogBUEIaiAFLAD/ASAFQdABaiAFQRBqIAVBDGpBgMUAELgDDQAgBUGIAmoQ8QYaDAELCwJAIAVB0AFqEK0DRQ0AIAUoAgwiASAFQRBqa0GfAUoNACAFIAFBBGo2AgwgASAFKAIINgIACyAEIAYgBSgCvAEgAyAAEMYDNwMAIAVB0AFqIAVBEGogBSgCDCADELoDIAVBiAJqIAVBgAJqEPIGBEAgAyADKAIAQQJyNgIACyAFKAKIAiEGIAIQ1QIaIAVB0AFqENUCGiAFQZACaiIAIwJJBEAQEwsgACQAIAYL5gECA38BfiMAQRBrIgQiBSMCSQRAEBMLIAUkAAJ+AkAgACABRwRAAkAgAC0AACIFQS1HDQAgAEEBaiIAIAFHDQAgAkEENgIADAILQdCQCSgCACEGQdCQCUEANgIAIAAgBEEMaiADENQDEJgDIQdB0JAJKAIAIgBFBEBB0JAJIAY2AgALIAEgBCgCDEcEQCACQQQ2AgAMAgsgAEHEAEdBAEJ/IAdaG0UEQCACQQQ2AgBCfwwDC0IAIAd9IAcgBUEtRhsMAgsgAkEENgIAC0IACyEHIARBEGoiACMCSQRAEBMLIAAkACAHCw8AIAEgAiADIAQgBRDIAwvoAwECfyMAQZACayIFIgYjAkkEQBATCyAGJAAgBSABNgKAAiAFIAA2AogCIAVB0AFqIAIgBUHgAWogBUHfAWogBUHeAWoQyQMgBUHAAWoQtQMiAiACELYDELcDIAUgAkEAEK4DIgA2ArwBIAUgBUEQajYCDCAFQQA2AgggBUEBOgAHIAVBxQA6AAYDQAJAIAVBiAJqIAVBgAJqEO4GRQ0AIAUoArwBIAIQrQMgAGpGBEAgAhCtAyEBIAIgAhCtA0EBdBC3AyACIAIQtgMQtwMgBSABIAJBABCuAyIAajYCvAELIAVBiAJqEO8GIAVBB2ogBUEGaiAAIAVBvAFqIAUsAN8BIAUsAN4BIAVB0AFqIAVBEGogBUEMaiAFQQhqIAVB4AFqEMoDDQAgBUGIAmoQ8QYaDAELCwJAIAVB0AFqEK0DRQ0AIAUtAAdFDQAgBSgCDCIBIAVBEGprQZ8BSg0AIAUgAUEEajYCDCABIAUoAgg2AgALIAQgACAFKAK8ASADEMsDOAIAIAVB0AFqIAVBEGogBSgCDCADELoDIAVBiAJqIAVBgAJqEPIGBEAgAyADKAIAQQJyNgIACyAFKAKIAiEAIAIQ1QIaIAVB0AFqENUCGiAFQZACaiIFIwJJBEAQEwsgBSQAIAALdgECfyMAQRBrIgUiBiMCSQRAEBMLIAYkACAFQQhqIAEQ7AYgBUEIahDtBkGAxQBBoMUAIAIQ0wMgAyAFQQhqEKQDIgIQ+gM6AAAgBCACEPsDOgAAIAAgAhD8AyAFQQhqEKMDIAVBEGoiACMCSQRAEBMLIAAkAAusBAECfyMAQRBrIgwiDSMCSQRAEBMLIA0kACAMIAA6AA8CQAJAIAAgBUYEQCABLQAARQ0BQQAhACABQQA6AAAgBCAEKAIAIgtBAWo2AgAgC0EuOgAAIAcQrQNFDQIgCSgCACILIAhrQZ8BSg0CIAooAgAhBSAJIAtBBGo2AgAgCyAFNgIADAILAkAgACAGRw0AIAcQrQNFDQAgAS0AAEUNAUEAIQAgCSgCACILIAhrQZ8BSg0CIAooAgAhACAJIAtBBGo2AgAgCyAANgIAQQAhACAKQQA2AgAMAgtBfyEAIAsgC0EgaiAMQQ9qENoDIAtrIgtBH0oNASALQYDFAGotAAAhBSALQWpqIgBBA00EQAJAAkAgAEECaw4CAAABCyADIAQoAgAiC0cEQEF/IQAgC0F/ai0AAEHfAHEgAi0AAEH/AHFHDQQLIAQgC0EBajYCACALIAU6AABBACEADAMLIAJB0AA6AAAgBCAEKAIAIgBBAWo2AgAgACAFOgAAQQAhAAwCCwJAIAIsAAAiACAFQd8AcUcNACACIABBgAFyOgAAIAEtAABFDQAgAUEAOgAAIAcQrQNFDQAgCSgCACIAIAhrQZ8BSg0AIAooAgAhASAJIABBBGo2AgAgACABNgIACyAEIAQoAgAiAEEBajYCACAAIAU6AABBACEAIAtBFUoNASAKIAooAgBBAWo2AgAMAQtBfyEACyAMQRBqIgEjAkkEQBATCyABJAAgAAueAQICfwJ9IwBBEGsiAyIEIwJJBEAQEwsgBCQAAkAgACABRwRAQdCQCSgCACEEQdCQCUEANgIAENQDGiAAIANBDGoQygIhBUHQkAkoAgAiAEUEQEHQkAkgBDYCAAsgASADKAIMRgRAIAUhBiAAQcQARw0CCyACQQQ2AgAgBiEFDAELIAJBBDYCAAsgA0EQaiIAIwJJBEAQEwsgACQAIAULDwAgASACIAMgBCAFEM0DC+gDAQJ/IwBBkAJrIgUiBiMCSQRAEBMLIAYkACAFIAE2AoACIAUgADYCiAIgBUHQAWogAiAFQeABaiAFQd8BaiAFQd4BahDJAyAFQcABahC1AyICIAIQtgMQtwMgBSACQQAQrgMiADYCvAEgBSAFQRBqNgIMIAVBADYCCCAFQQE6AAcgBUHFADoABgNAAkAgBUGIAmogBUGAAmoQ7gZFDQAgBSgCvAEgAhCtAyAAakYEQCACEK0DIQEgAiACEK0DQQF0ELcDIAIgAhC2AxC3AyAFIAEgAkEAEK4DIgBqNgK8AQsgBUGIAmoQ7wYgBUEHaiAFQQZqIAAgBUG8AWogBSwA3wEgBSwA3gEgBUHQAWogBUEQaiAFQQxqIAVBCGogBUHgAWoQygMNACAFQYgCahDxBhoMAQsLAkAgBUHQAWoQrQNFDQAgBS0AB0UNACAFKAIMIgEgBUEQamtBnwFKDQAgBSABQQRqNgIMIAEgBSgCCDYCAAsgBCAAIAUoArwBIAMQzgM5AwAgBUHQAWogBUEQaiAFKAIMIAMQugMgBUGIAmogBUGAAmoQ8gYEQCADIAMoAgBBAnI2AgALIAUoAogCIQAgAhDVAhogBUHQAWoQ1QIaIAVBkAJqIgUjAkkEQBATCyAFJAAgAAueAQICfwJ8IwBBEGsiAyIEIwJJBEAQEwsgBCQAAkAgACABRwRAQdCQCSgCACEEQdCQCUEANgIAENQDGiAAIANBDGoQzAIhBUHQkAkoAgAiAEUEQEHQkAkgBDYCAAsgASADKAIMRgRAIAUhBiAAQcQARw0CCyACQQQ2AgAgBiEFDAELIAJBBDYCAAsgA0EQaiIAIwJJBEAQEwsgACQAIAULDwAgASACIAMgBCAFENADC/8DAgJ/AX4jAEGgAmsiBSIGIwJJBEAQEwsgBiQAIAUgATYCkAIgBSAANgKYAiAFQeABaiACIAVB8AFqIAVB7wFqIAVB7gFqEMkDIAVB0AFqELUDIgIgAhC2AxC3AyAFIAJBABCuAyIANgLMASAFIAVBIGo2AhwgBUEANgIYIAVBAToAFyAFQcUAOgAWA0ACQCAFQZgCaiAFQZACahDuBkUNACAFKALMASACEK0DIABqRgRAIAIQrQMhASACIAIQrQNBAXQQtwMgAiACELYDELcDIAUgASACQQAQrgMiAGo2AswBCyAFQZgCahDvBiAFQRdqIAVBFmogACAFQcwBaiAFLADvASAFLADuASAFQeABaiAFQSBqIAVBHGogBUEYaiAFQfABahDKAw0AIAVBmAJqEPEGGgwBCwsCQCAFQeABahCtA0UNACAFLQAXRQ0AIAUoAhwiASAFQSBqa0GfAUoNACAFIAFBBGo2AhwgASAFKAIYNgIACyAFIAAgBSgCzAEgAxDRAyAFKQMAIQcgBCAFKQMINwMIIAQgBzcDACAFQeABaiAFQSBqIAUoAhwgAxC6AyAFQZgCaiAFQZACahDyBgRAIAMgAygCAEECcjYCAAsgBSgCmAIhACACENUCGiAFQeABahDVAhogBUGgAmoiBSMCSQRAEBMLIAUkACAAC7wBAgJ/BH4jAEEgayIEIgUjAkkEQBATCyAFJAACQCABIAJHBEBB0JAJKAIAIQVB0JAJQQA2AgAgBCABIARBHGoQ0QYgBCkDCCEGIAQpAwAhB0HQkAkoAgAiAUUEQEHQkAkgBTYCAAsgAiAEKAIcRgRAIAchCCAGIQkgAUHEAEcNAgsgA0EENgIAIAghByAJIQYMAQsgA0EENgIACyAAIAc3AwAgACAGNwMIIARBIGoiACMCSQRAEBMLIAAkAAuqAwEBfyMAQZACayIAIgYjAkkEQBATCyAGJAAgACACNgKAAiAAIAE2AogCIABB0AFqELUDIQIgAEEQaiADEOwGIABBEGoQ7QZBgMUAQZrFACAAQeABahDTAyAAQRBqEKMDIABBwAFqELUDIgMgAxC2AxC3AyAAIANBABCuAyIBNgK8ASAAIABBEGo2AgwgAEEANgIIA0ACQCAAQYgCaiAAQYACahDuBkUNACAAKAK8ASADEK0DIAFqRgRAIAMQrQMhBiADIAMQrQNBAXQQtwMgAyADELYDELcDIAAgBiADQQAQrgMiAWo2ArwBCyAAQYgCahDvBkEQIAEgAEG8AWogAEEIakEAIAIgAEEQaiAAQQxqIABB4AFqELgDDQAgAEGIAmoQ8QYaDAELCyADIAAoArwBIAFrELcDIAMQ2QMhARDUAyEGIAAgBTYCACABIAYgABDVA0EBRwRAIARBBDYCAAsgAEGIAmogAEGAAmoQ8gYEQCAEIAQoAgBBAnI2AgALIAAoAogCIQEgAxDVAhogAhDVAhogAEGQAmoiACMCSQRAEBMLIAAkACABCxYAIAAgASACIAMgACgCACgCIBEKABoLMwACQEGolwktAABBAXENAEGolwkQnQFFDQBBpJcJEI4DNgIAQaiXCRCeAQtBpJcJKAIAC10BAn8jAEEQayIDIgQjAkkEQBATCyAEJAAgAyABNgIMIAMgAjYCCCADIANBDGoQ2wMhASAAQaHFACADKAIIEIcDIQAgARDcAyADQRBqIgEjAkkEQBATCyABJAAgAAstAQF/IAAhAUEAIQADQCAAQQNHBEAgASAAQQJ0akEANgIAIABBAWohAAwBCwsLCgAgACwAC0EASAsOACAAKAIIQf////8HcQsSACAAENcDBEAgACgCAA8LIAALMgAgAi0AACECA0ACQCAAIAFHBH8gAC0AACACRw0BIAAFIAELDwsgAEEBaiEADAAACwALEQAgACABKAIAEJcDNgIAIAALEgAgACgCACIABEAgABCXAxoLC5ECAQJ/IwBBIGsiBiIHIwJJBEAQEwsgByQAIAYgATYCGAJAIAMoAgRBAXFFBEAgBkF/NgIAIAYgACABIAIgAyAEIAYgACgCACgCEBEIACIBNgIYIAYoAgAiA0EBTQRAIANBAWsEQCAFQQA6AAAMAwsgBUEBOgAADAILIAVBAToAACAEQQQ2AgAMAQsgBiADEOwGIAYQ/wYhASAGEKMDIAYgAxDsBiAGEN4DIQMgBhCjAyAGIAMQpQMgBkEMciADEKYDIAUgBkEYaiACIAYgBkEYaiIDIAEgBEEBEN8DIAZGOgAAIAYoAhghAQNAIANBdGoQ1QIiAyAGRw0ACwsgBkEgaiIAIwJJBEAQEwsgACQAIAELCwAgAEGAmAkQqAML1wQBC38jAEGAAWsiCCILIwJJBEAQEwsgCyQAIAggATYCeCACIAMQqQMhCSAIQcoANgIQIAhBCGpBACAIQRBqEKoDIRAgCEEQaiEKAkAgCUHlAE8EQCAJEDsiCkUNASAQIAoQqwMLIAohByACIQEDQCABIANGBEADQAJAIAlBACAAIAhB+ABqEIAHG0UEQCAAIAhB+ABqEIQHBEAgBSAFKAIAQQJyNgIACwwBCyAAEIEHIQ4gBkUEQCAEIA4Q4AMhDgsgDUEBaiELQQAhDyAKIQcgAiEBA0AgASADRgRAIAshDSAPRQ0DIAAQgwcaIAohByACIQEgCSAMakECSQ0DA0AgASADRgRADAUFAkAgBy0AAEECRw0AIAEQrQMgC0YNACAHQQA6AAAgDEF/aiEMCyAHQQFqIQcgAUEMaiEBDAELAAALAAUCQCAHLQAAQQFHDQAgASANEOEDKAIAIRECQCAGBH8gEQUgBCAREOADCyAORgRAQQEhDyABEK0DIAtHDQIgB0ECOgAAIAxBAWohDAwBCyAHQQA6AAALIAlBf2ohCQsgB0EBaiEHIAFBDGohAQwBCwAACwALCwJAAkADQCACIANGDQEgCi0AAEECRwRAIApBAWohCiACQQxqIQIMAQsLIAIhAwwBCyAFIAUoAgBBBHI2AgALIBAQrwMgCEGAAWoiACMCSQRAEBMLIAAkACADDwUCQCABELADRQRAIAdBAToAAAwBCyAHQQI6AAAgDEEBaiEMIAlBf2ohCQsgB0EBaiEHIAFBDGohAQwBCwAACwALEFwACxEAIAAgASAAKAIAKAIcEQIACw0AIAAQ2QMgAUECdGoLDwAgASACIAMgBCAFEOMDC8kDAQN/IwBB4AJrIgUiByMCSQRAEBMLIAckACAFIAE2AtACIAUgADYC2AIgAhCzAyEAIAIgBUHgAWoQ5AMhASAFQdABaiACIAVBzAJqEOUDIAVBwAFqELUDIgIgAhC2AxC3AyAFIAJBABCuAyIGNgK8ASAFIAVBEGo2AgwgBUEANgIIA0ACQCAFQdgCaiAFQdACahCAB0UNACAFKAK8ASACEK0DIAZqRgRAIAIQrQMhByACIAIQrQNBAXQQtwMgAiACELYDELcDIAUgByACQQAQrgMiBmo2ArwBCyAFQdgCahCBByAAIAYgBUG8AWogBUEIaiAFKALMAiAFQdABaiAFQRBqIAVBDGogARDmAw0AIAVB2AJqEIMHGgwBCwsCQCAFQdABahCtA0UNACAFKAIMIgEgBUEQamtBnwFKDQAgBSABQQRqNgIMIAEgBSgCCDYCAAsgBCAGIAUoArwBIAMgABC5AzYCACAFQdABaiAFQRBqIAUoAgwgAxC6AyAFQdgCaiAFQdACahCEBwRAIAMgAygCAEECcjYCAAsgBSgC2AIhBiACENUCGiAFQdABahDVAhogBUHgAmoiACMCSQRAEBMLIAAkACAGCwkAIAAgARD9AwtXAQJ/IwBBEGsiAyIEIwJJBEAQEwsgBCQAIANBCGogARDsBiACIANBCGoQ3gMiARD7AzYCACAAIAEQ/AMgA0EIahCjAyADQRBqIgAjAkkEQBATCyAAJAALjwMBAn8jAEEQayIKIgsjAkkEQBATCyALJAAgCiAANgIMAkACQAJAAkAgAygCACACRw0AIAkoAmAgAEYiC0UEQCAJKAJkIABHDQELIAMgAkEBajYCACACQStBLSALGzoAAAwBCyAGEK0DRQ0BIAAgBUcNAUEAIQAgCCgCACIJIAdrQZ8BSg0CIAQoAgAhACAIIAlBBGo2AgAgCSAANgIAC0EAIQAgBEEANgIADAELQX8hACAJIAlB6ABqIApBDGoQ+QMgCWsiCUHcAEoNACAJQQJ1IQYCQCABQXhqIgVBAksEQCABQRBHDQEgCUHYAEgNASADKAIAIgkgAkYNAiAJIAJrQQJKDQIgCUF/ai0AAEEwRw0CQQAhACAEQQA2AgAgAyAJQQFqNgIAIAkgBkGAxQBqLQAAOgAADAILIAVBAWtFDQAgBiABTg0BCyADIAMoAgAiAEEBajYCACAAIAZBgMUAai0AADoAACAEIAQoAgBBAWo2AgBBACEACyAKQRBqIgEjAkkEQBATCyABJAAgAAsPACABIAIgAyAEIAUQ6AMLyQMBA38jAEHgAmsiBSIHIwJJBEAQEwsgByQAIAUgATYC0AIgBSAANgLYAiACELMDIQAgAiAFQeABahDkAyEBIAVB0AFqIAIgBUHMAmoQ5QMgBUHAAWoQtQMiAiACELYDELcDIAUgAkEAEK4DIgY2ArwBIAUgBUEQajYCDCAFQQA2AggDQAJAIAVB2AJqIAVB0AJqEIAHRQ0AIAUoArwBIAIQrQMgBmpGBEAgAhCtAyEHIAIgAhCtA0EBdBC3AyACIAIQtgMQtwMgBSAHIAJBABCuAyIGajYCvAELIAVB2AJqEIEHIAAgBiAFQbwBaiAFQQhqIAUoAswCIAVB0AFqIAVBEGogBUEMaiABEOYDDQAgBUHYAmoQgwcaDAELCwJAIAVB0AFqEK0DRQ0AIAUoAgwiASAFQRBqa0GfAUoNACAFIAFBBGo2AgwgASAFKAIINgIACyAEIAYgBSgCvAEgAyAAEL0DNwMAIAVB0AFqIAVBEGogBSgCDCADELoDIAVB2AJqIAVB0AJqEIQHBEAgAyADKAIAQQJyNgIACyAFKALYAiEGIAIQ1QIaIAVB0AFqENUCGiAFQeACaiIAIwJJBEAQEwsgACQAIAYLDwAgASACIAMgBCAFEOoDC8kDAQN/IwBB4AJrIgUiByMCSQRAEBMLIAckACAFIAE2AtACIAUgADYC2AIgAhCzAyEAIAIgBUHgAWoQ5AMhASAFQdABaiACIAVBzAJqEOUDIAVBwAFqELUDIgIgAhC2AxC3AyAFIAJBABCuAyIGNgK8ASAFIAVBEGo2AgwgBUEANgIIA0ACQCAFQdgCaiAFQdACahCAB0UNACAFKAK8ASACEK0DIAZqRgRAIAIQrQMhByACIAIQrQNBAXQQtwMgAiACELYDELcDIAUgByACQQAQrgMiBmo2ArwBCyAFQdgCahCBByAAIAYgBUG8AWogBUEIaiAFKALMAiAFQdABaiAFQRBqIAVBDGogARDmAw0AIAVB2AJqEIMHGgwBCwsCQCAFQdABahCtA0UNACAFKAIMIgEgBUEQamtBnwFKDQAgBSABQQRqNgIMIAEgBSgCCDYCAAsgBCAGIAUoArwBIAMgABDAAzsBACAFQdABaiAFQRBqIAUoAgwgAxC6AyAFQdgCaiAFQdACahCEBwRAIAMgAygCAEECcjYCAAsgBSgC2AIhBiACENUCGiAFQdABahDVAhogBUHgAmoiACMCSQRAEBMLIAAkACAGCw8AIAEgAiADIAQgBRDsAwvJAwEDfyMAQeACayIFIgcjAkkEQBATCyAHJAAgBSABNgLQAiAFIAA2AtgCIAIQswMhACACIAVB4AFqEOQDIQEgBUHQAWogAiAFQcwCahDlAyAFQcABahC1AyICIAIQtgMQtwMgBSACQQAQrgMiBjYCvAEgBSAFQRBqNgIMIAVBADYCCANAAkAgBUHYAmogBUHQAmoQgAdFDQAgBSgCvAEgAhCtAyAGakYEQCACEK0DIQcgAiACEK0DQQF0ELcDIAIgAhC2AxC3AyAFIAcgAkEAEK4DIgZqNgK8AQsgBUHYAmoQgQcgACAGIAVBvAFqIAVBCGogBSgCzAIgBUHQAWogBUEQaiAFQQxqIAEQ5gMNACAFQdgCahCDBxoMAQsLAkAgBUHQAWoQrQNFDQAgBSgCDCIBIAVBEGprQZ8BSg0AIAUgAUEEajYCDCABIAUoAgg2AgALIAQgBiAFKAK8ASADIAAQwwM2AgAgBUHQAWogBUEQaiAFKAIMIAMQugMgBUHYAmogBUHQAmoQhAcEQCADIAMoAgBBAnI2AgALIAUoAtgCIQYgAhDVAhogBUHQAWoQ1QIaIAVB4AJqIgAjAkkEQBATCyAAJAAgBgsPACABIAIgAyAEIAUQ7gMLyQMBA38jAEHgAmsiBSIHIwJJBEAQEwsgByQAIAUgATYC0AIgBSAANgLYAiACELMDIQAgAiAFQeABahDkAyEBIAVB0AFqIAIgBUHMAmoQ5QMgBUHAAWoQtQMiAiACELYDELcDIAUgAkEAEK4DIgY2ArwBIAUgBUEQajYCDCAFQQA2AggDQAJAIAVB2AJqIAVB0AJqEIAHRQ0AIAUoArwBIAIQrQMgBmpGBEAgAhCtAyEHIAIgAhCtA0EBdBC3AyACIAIQtgMQtwMgBSAHIAJBABCuAyIGajYCvAELIAVB2AJqEIEHIAAgBiAFQbwBaiAFQQhqIAUoAswCIAVB0AFqIAVBEGogBUEMaiABEOYDDQAgBUHYAmoQgwcaDAELCwJAIAVB0AFqEK0DRQ0AIAUoAgwiASAFQRBqa0GfAUoNACAFIAFBBGo2AgwgASAFKAIINgIACyAEIAYgBSgCvAEgAyAAEMYDNwMAIAVB0AFqIAVBEGogBSgCDCADELoDIAVB2AJqIAVB0AJqEIQHBEAgAyADKAIAQQJyNgIACyAFKALYAiEGIAIQ1QIaIAVB0AFqENUCGiAFQeACaiIAIwJJBEAQEwsgACQAIAYLDwAgASACIAMgBCAFEPADC+gDAQJ/IwBB8AJrIgUiBiMCSQRAEBMLIAYkACAFIAE2AuACIAUgADYC6AIgBUHIAWogAiAFQeABaiAFQdwBaiAFQdgBahDxAyAFQbgBahC1AyICIAIQtgMQtwMgBSACQQAQrgMiADYCtAEgBSAFQRBqNgIMIAVBADYCCCAFQQE6AAcgBUHFADoABgNAAkAgBUHoAmogBUHgAmoQgAdFDQAgBSgCtAEgAhCtAyAAakYEQCACEK0DIQEgAiACEK0DQQF0ELcDIAIgAhC2AxC3AyAFIAEgAkEAEK4DIgBqNgK0AQsgBUHoAmoQgQcgBUEHaiAFQQZqIAAgBUG0AWogBSgC3AEgBSgC2AEgBUHIAWogBUEQaiAFQQxqIAVBCGogBUHgAWoQ8gMNACAFQegCahCDBxoMAQsLAkAgBUHIAWoQrQNFDQAgBS0AB0UNACAFKAIMIgEgBUEQamtBnwFKDQAgBSABQQRqNgIMIAEgBSgCCDYCAAsgBCAAIAUoArQBIAMQywM4AgAgBUHIAWogBUEQaiAFKAIMIAMQugMgBUHoAmogBUHgAmoQhAcEQCADIAMoAgBBAnI2AgALIAUoAugCIQAgAhDVAhogBUHIAWoQ1QIaIAVB8AJqIgUjAkkEQBATCyAFJAAgAAt2AQJ/IwBBEGsiBSIGIwJJBEAQEwsgBiQAIAVBCGogARDsBiAFQQhqEP8GQYDFAEGgxQAgAhD4AyADIAVBCGoQ3gMiAhD6AzYCACAEIAIQ+wM2AgAgACACEPwDIAVBCGoQowMgBUEQaiIAIwJJBEAQEwsgACQAC5wEAQJ/IwBBEGsiDCINIwJJBEAQEwsgDSQAIAwgADYCDAJAAkAgACAFRgRAIAEtAABFDQFBACEAIAFBADoAACAEIAQoAgAiC0EBajYCACALQS46AAAgBxCtA0UNAiAJKAIAIgsgCGtBnwFKDQIgCigCACEFIAkgC0EEajYCACALIAU2AgAMAgsCQCAAIAZHDQAgBxCtA0UNACABLQAARQ0BQQAhACAJKAIAIgsgCGtBnwFKDQIgCigCACEAIAkgC0EEajYCACALIAA2AgBBACEAIApBADYCAAwCC0F/IQAgCyALQYABaiAMQQxqEPkDIAtrIgtB/ABKDQEgC0ECdUGAxQBqLQAAIQUCQCALQah/akEedyIAQQNNBEACQAJAIABBAmsOAgAAAQsgAyAEKAIAIgtHBEBBfyEAIAtBf2otAABB3wBxIAItAABB/wBxRw0FCyAEIAtBAWo2AgAgCyAFOgAAQQAhAAwECyACQdAAOgAADAELIAIsAAAiACAFQd8AcUcNACACIABBgAFyOgAAIAEtAABFDQAgAUEAOgAAIAcQrQNFDQAgCSgCACIAIAhrQZ8BSg0AIAooAgAhASAJIABBBGo2AgAgACABNgIACyAEIAQoAgAiAEEBajYCACAAIAU6AABBACEAIAtB1ABKDQEgCiAKKAIAQQFqNgIADAELQX8hAAsgDEEQaiIBIwJJBEAQEwsgASQAIAALDwAgASACIAMgBCAFEPQDC+gDAQJ/IwBB8AJrIgUiBiMCSQRAEBMLIAYkACAFIAE2AuACIAUgADYC6AIgBUHIAWogAiAFQeABaiAFQdwBaiAFQdgBahDxAyAFQbgBahC1AyICIAIQtgMQtwMgBSACQQAQrgMiADYCtAEgBSAFQRBqNgIMIAVBADYCCCAFQQE6AAcgBUHFADoABgNAAkAgBUHoAmogBUHgAmoQgAdFDQAgBSgCtAEgAhCtAyAAakYEQCACEK0DIQEgAiACEK0DQQF0ELcDIAIgAhC2AxC3AyAFIAEgAkEAEK4DIgBqNgK0AQsgBUHoAmoQgQcgBUEHaiAFQQZqIAAgBUG0AWogBSgC3AEgBSgC2AEgBUHIAWogBUEQaiAFQQxqIAVBCGogBUHgAWoQ8gMNACAFQegCahCDBxoMAQsLAkAgBUHIAWoQrQNFDQAgBS0AB0UNACAFKAIMIgEgBUEQamtBnwFKDQAgBSABQQRqNgIMIAEgBSgCCDYCAAsgBCAAIAUoArQBIAMQzgM5AwAgBUHIAWogBUEQaiAFKAIMIAMQugMgBUHoAmogBUHgAmoQhAcEQCADIAMoAgBBAnI2AgALIAUoAugCIQAgAhDVAhogBUHIAWoQ1QIaIAVB8AJqIgUjAkkEQBATCyAFJAAgAAsPACABIAIgAyAEIAUQ9gML/wMCAn8BfiMAQYADayIFIgYjAkkEQBATCyAGJAAgBSABNgLwAiAFIAA2AvgCIAVB2AFqIAIgBUHwAWogBUHsAWogBUHoAWoQ8QMgBUHIAWoQtQMiAiACELYDELcDIAUgAkEAEK4DIgA2AsQBIAUgBUEgajYCHCAFQQA2AhggBUEBOgAXIAVBxQA6ABYDQAJAIAVB+AJqIAVB8AJqEIAHRQ0AIAUoAsQBIAIQrQMgAGpGBEAgAhCtAyEBIAIgAhCtA0EBdBC3AyACIAIQtgMQtwMgBSABIAJBABCuAyIAajYCxAELIAVB+AJqEIEHIAVBF2ogBUEWaiAAIAVBxAFqIAUoAuwBIAUoAugBIAVB2AFqIAVBIGogBUEcaiAFQRhqIAVB8AFqEPIDDQAgBUH4AmoQgwcaDAELCwJAIAVB2AFqEK0DRQ0AIAUtABdFDQAgBSgCHCIBIAVBIGprQZ8BSg0AIAUgAUEEajYCHCABIAUoAhg2AgALIAUgACAFKALEASADENEDIAUpAwAhByAEIAUpAwg3AwggBCAHNwMAIAVB2AFqIAVBIGogBSgCHCADELoDIAVB+AJqIAVB8AJqEIQHBEAgAyADKAIAQQJyNgIACyAFKAL4AiEAIAIQ1QIaIAVB2AFqENUCGiAFQYADaiIFIwJJBEAQEwsgBSQAIAALqgMBAX8jAEHgAmsiACIGIwJJBEAQEwsgBiQAIAAgAjYC0AIgACABNgLYAiAAQdABahC1AyECIABBEGogAxDsBiAAQRBqEP8GQYDFAEGaxQAgAEHgAWoQ+AMgAEEQahCjAyAAQcABahC1AyIDIAMQtgMQtwMgACADQQAQrgMiATYCvAEgACAAQRBqNgIMIABBADYCCANAAkAgAEHYAmogAEHQAmoQgAdFDQAgACgCvAEgAxCtAyABakYEQCADEK0DIQYgAyADEK0DQQF0ELcDIAMgAxC2AxC3AyAAIAYgA0EAEK4DIgFqNgK8AQsgAEHYAmoQgQdBECABIABBvAFqIABBCGpBACACIABBEGogAEEMaiAAQeABahDmAw0AIABB2AJqEIMHGgwBCwsgAyAAKAK8ASABaxC3AyADENkDIQEQ1AMhBiAAIAU2AgAgASAGIAAQ1QNBAUcEQCAEQQQ2AgALIABB2AJqIABB0AJqEIQHBEAgBCAEKAIAQQJyNgIACyAAKALYAiEBIAMQ1QIaIAIQ1QIaIABB4AJqIgAjAkkEQBATCyAAJAAgAQsWACAAIAEgAiADIAAoAgAoAjARCgAaCzIAIAIoAgAhAgNAAkAgACABRwR/IAAoAgAgAkcNASAABSABCw8LIABBBGohAAwAAAsACw8AIAAgACgCACgCDBEAAAsPACAAIAAoAgAoAhARAAALEQAgACABIAEoAgAoAhQRAQALVQECfyMAQRBrIgIiAyMCSQRAEBMLIAMkACACQQhqIAAQ7AYgAkEIahD/BkGAxQBBmsUAIAEQ+AMgAkEIahCjAyACQRBqIgIjAkkEQBATCyACJAAgAQvyAQECfyMAQTBrIgUiBiMCSQRAEBMLIAYkACAFIAE2AigCQCACKAIEQQFxRQRAIAAgASACIAMgBCAAKAIAKAIYEQUAIQIMAQsgBUEYaiACEOwGIAVBGGoQpAMhAiAFQRhqEKMDAkAgBARAIAVBGGogAhClAwwBCyAFQRhqIAIQpgMLIAUgBUEYahD/AzYCEANAIAUgBUEYahCABDYCCCAFQRBqIAVBCGoQgQQEQCAFQShqIAVBEGooAgAsAAAQkAcgBUEQahCCBAwBBSAFKAIoIQIgBUEYahDVAhoLCwsgBUEwaiIAIwJJBEAQEwsgACQAIAILQAECfyMAQRBrIgEiAiMCSQRAEBMLIAIkACABQQhqIAAQ2QMQgwQoAgAhACABQRBqIgEjAkkEQBATCyABJAAgAAtGAQJ/IwBBEGsiASICIwJJBEAQEwsgAiQAIAFBCGogABDZAyAAEK0DahCDBCgCACEAIAFBEGoiASMCSQRAEBMLIAEkACAACxAAIAAoAgAgASgCAEZBAXMLDwAgACAAKAIAQQFqNgIACwsAIAAgATYCACAAC4UCAQR/IwBBIGsiACIFIwJJBEAQEwsgBSQAIABBsMUALwAAOwEcIABBrMUAKAAANgIYIABBGGpBAXJBpMUAQQEgAigCBBCFBCACKAIEIQcgAEFwaiIFIggiBiMCSQRAEBMLIAYkABDUAyEGIAAgBDYCACAFIAUgB0EJdkEBcUENaiAGIABBGGogABCGBCAFaiIHIAIQhwQhBiAIQWBqIgQiCCMCSQRAEBMLIAgkACAAQQhqIAIQ7AYgBSAGIAcgBCAAQRRqIABBEGogAEEIahCIBCAAQQhqEKMDIAEgBCAAKAIUIAAoAhAgAiADEIkEIQIgAEEgaiIAIwJJBEAQEwsgACQAIAILjwEBAX8gA0GAEHEEQCAAQSs6AAAgAEEBaiEACyADQYAEcQRAIABBIzoAACAAQQFqIQALA0AgAS0AACIEBEAgACAEOgAAIABBAWohACABQQFqIQEMAQsLIAACf0HvACADQcoAcSIBQcAARg0AGkHYAEH4ACADQYCAAXEbIAFBCEYNABpB5ABB9QAgAhsLOgAAC10BAn8jAEEQayIFIgYjAkkEQBATCyAGJAAgBSACNgIMIAUgBDYCCCAFIAVBDGoQ2wMhAiAAIAEgAyAFKAIIEK4CIQAgAhDcAyAFQRBqIgEjAkkEQBATCyABJAAgAAtsAQF/IAIoAgRBsAFxIgJBIEYEQCABDwsCQCACQRBHDQACQCAALQAAIgNBVWoiAkECSw0AIAJBAWtFDQAgAEEBag8LIAEgAGtBAkgNACADQTBHDQAgAC0AAUEgckH4AEcNACAAQQJqIQALIAAL9wMBCH8jAEEQayIKIggjAkkEQBATCyAIJAAgBhDtBiELIAogBhCkAyIGEPwDAkAgChCwAwRAIAsgACACIAMQ0wMgBSADIAIgAGtqIgY2AgAMAQsgBSADNgIAAkAgACIILQAAIglBVWoiB0ECSw0AIAdBAWtFDQAgCyAJQRh0QRh1EOADIQcgBSAFKAIAIglBAWo2AgAgCSAHOgAAIABBAWohCAsCQCACIAhrQQJIDQAgCC0AAEEwRw0AIAgtAAFBIHJB+ABHDQAgC0EwEOADIQcgBSAFKAIAIglBAWo2AgAgCSAHOgAAIAsgCCwAARDgAyEHIAUgBSgCACIJQQFqNgIAIAkgBzoAACAIQQJqIQgLIAggAhCKBCAGEPsDIQxBACEHQQAhCSAIIQYDfyAGIAJPBH8gAyAIIABraiAFKAIAEIoEIAUoAgAFAkAgCiAJEK4DLQAARQ0AIAcgCiAJEK4DLAAARw0AIAUgBSgCACIHQQFqNgIAIAcgDDoAACAJIAkgChCtA0F/aklqIQlBACEHCyALIAYsAAAQ4AMhDSAFIAUoAgAiDkEBajYCACAOIA06AAAgBkEBaiEGIAdBAWohBwwBCwshBgsgBCAGIAMgASAAa2ogASACRhs2AgAgChDVAhogCkEQaiIAIwJJBEAQEwsgACQAC80BAQR/IwBBEGsiCCIGIwJJBEAQEwsgBiQAAkAgAEUEQEEAIQYMAQsgBCgCDCEHQQAhBiACIAFrIglBAU4EQCAAIAEgCRCRByAJRw0BCyAHIAMgAWsiBmtBACAHIAZKGyIBQQFOBEAgACAIIAEgBRCMBCIGENkDIAEQkQchByAGENUCGkEAIQYgASAHRw0BCyADIAJrIgFBAU4EQEEAIQYgACACIAEQkQcgAUcNAQsgBBCNBCAAIQYLIAhBEGoiACMCSQRAEBMLIAAkACAGCwkAIAAgARCoBAsHACAAKAIMCxIAIAAQzAYgACABIAIQ9wIgAAsPACAAKAIMGiAAQQA2AgwL9AEBBX8jAEEgayIAIgUjAkkEQBATCyAFJAAgAEIlNwMYIABBGGpBAXJBpsUAQQEgAigCBBCFBCACKAIEIQUgAEFgaiIHIggiBiMCSQRAEBMLIAYkABDUAyEGIAAgBDcDACAHIAcgBUEJdkEBcUEXaiAGIABBGGogABCGBCAHaiIGIAIQhwQhCSAIQVBqIgUiCCMCSQRAEBMLIAgkACAAQQhqIAIQ7AYgByAJIAYgBSAAQRRqIABBEGogAEEIahCIBCAAQQhqEKMDIAEgBSAAKAIUIAAoAhAgAiADEIkEIQIgAEEgaiIAIwJJBEAQEwsgACQAIAILhQIBBH8jAEEgayIAIgUjAkkEQBATCyAFJAAgAEGwxQAvAAA7ARwgAEGsxQAoAAA2AhggAEEYakEBckGkxQBBACACKAIEEIUEIAIoAgQhByAAQXBqIgUiCCIGIwJJBEAQEwsgBiQAENQDIQYgACAENgIAIAUgBSAHQQl2QQFxQQxyIAYgAEEYaiAAEIYEIAVqIgcgAhCHBCEGIAhBYGoiBCIIIwJJBEAQEwsgCCQAIABBCGogAhDsBiAFIAYgByAEIABBFGogAEEQaiAAQQhqEIgEIABBCGoQowMgASAEIAAoAhQgACgCECACIAMQiQQhAiAAQSBqIgAjAkkEQBATCyAAJAAgAgv3AQEFfyMAQSBrIgAiBSMCSQRAEBMLIAUkACAAQiU3AxggAEEYakEBckGmxQBBACACKAIEEIUEIAIoAgQhBSAAQWBqIgciCCIGIwJJBEAQEwsgBiQAENQDIQYgACAENwMAIAcgByAFQQl2QQFxQRZyQQFqIAYgAEEYaiAAEIYEIAdqIgYgAhCHBCEJIAhBUGoiBSIIIwJJBEAQEwsgCCQAIABBCGogAhDsBiAHIAkgBiAFIABBFGogAEEQaiAAQQhqEIgEIABBCGoQowMgASAFIAAoAhQgACgCECACIAMQiQQhAiAAQSBqIgAjAkkEQBATCyAAJAAgAguHBAEGfyMAQdABayIAIgUjAkkEQBATCyAFJAAgAEIlNwPIASAAQcgBakEBckGpxQAgAigCBBCSBCEGIAAgAEGgAWo2ApwBENQDIQUCfyAGBEAgAigCCCEHIAAgBDkDKCAAIAc2AiAgAEGgAWpBHiAFIABByAFqIABBIGoQhgQMAQsgACAEOQMwIABBoAFqQR4gBSAAQcgBaiAAQTBqEIYECyEFIABBygA2AlAgAEGQAWpBACAAQdAAahCqAyEHAkAgBUEeTgRAENQDIQUCfyAGBEAgAigCCCEGIAAgBDkDCCAAIAY2AgAgAEGcAWogBSAAQcgBaiAAEJQEDAELIAAgBDkDECAAQZwBaiAFIABByAFqIABBEGoQlAQLIQUgACgCnAEiBkUNASAHIAYQqwMLIAAoApwBIgYgBSAGaiIIIAIQhwQhCSAAQcoANgJQIABByABqQQAgAEHQAGoQqgMhBgJ/IAAoApwBIABBoAFqRgRAIABB0ABqIQUgAEGgAWoMAQsgBUEBdBA7IgVFDQEgBiAFEKsDIAAoApwBCyEKIABBOGogAhDsBiAKIAkgCCAFIABBxABqIABBQGsgAEE4ahCVBCAAQThqEKMDIAEgBSAAKAJEIAAoAkAgAiADEIkEIQIgBhCvAyAHEK8DIABB0AFqIgAjAkkEQBATCyAAJAAgAg8LEFwAC9ABAQN/IAJBgBBxBEAgAEErOgAAIABBAWohAAsgAkGACHEEQCAAQSM6AAAgAEEBaiEACyACQYQCcSIEQYQCRwRAIABBrtQAOwAAQQEhBSAAQQJqIQALIAJBgIABcSEDA0AgAS0AACICBEAgACACOgAAIABBAWohACABQQFqIQEMAQsLIAACfwJAIARBgAJHBEAgBEEERw0BQcYAQeYAIAMbDAILQcUAQeUAIAMbDAELQcEAQeEAIAMbIARBhAJGDQAaQccAQecAIAMbCzoAACAFCwcAIAAoAggLWwECfyMAQRBrIgQiBSMCSQRAEBMLIAUkACAEIAE2AgwgBCADNgIIIAQgBEEMahDbAyEBIAAgAiAEKAIIEI8DIQAgARDcAyAEQRBqIgEjAkkEQBATCyABJAAgAAvRBQEKfyMAQRBrIgoiCCMCSQRAEBMLIAgkACAGEO0GIQsgCiAGEKQDIg0Q/AMgBSADNgIAAkAgACIILQAAIgdBVWoiBkECSw0AIAZBAWtFDQAgCyAHQRh0QRh1EOADIQYgBSAFKAIAIgdBAWo2AgAgByAGOgAAIABBAWohCAsCQAJAIAIgCCIGa0EBTA0AIAgtAABBMEcNACAILQABQSByQfgARw0AIAtBMBDgAyEGIAUgBSgCACIHQQFqNgIAIAcgBjoAACALIAgsAAEQ4AMhBiAFIAUoAgAiB0EBajYCACAHIAY6AAAgCEECaiIIIQYDQCAGIAJPDQIgBiwAABDUAxCQA0UNAiAGQQFqIQYMAAALAAsDQCAGIAJPDQEgBiwAACEHENQDGiAHECJFDQEgBkEBaiEGDAAACwALAkAgChCwAwRAIAsgCCAGIAUoAgAQ0wMgBSAFKAIAIAYgCGtqNgIADAELIAggBhCKBCANEPsDIQ4gCCEHA0AgByAGTwRAIAMgCCAAa2ogBSgCABCKBAUCQCAKIAwQrgMsAABBAUgNACAJIAogDBCuAywAAEcNACAFIAUoAgAiCUEBajYCACAJIA46AAAgDCAMIAoQrQNBf2pJaiEMQQAhCQsgCyAHLAAAEOADIQ8gBSAFKAIAIhBBAWo2AgAgECAPOgAAIAdBAWohByAJQQFqIQkMAQsLCwNAAkAgCwJ/IAYgAkkEQCAGLQAAIgdBLkcNAiANEPoDIQcgBSAFKAIAIglBAWo2AgAgCSAHOgAAIAZBAWohBgsgBgsgAiAFKAIAENMDIAUgBSgCACACIAZraiIGNgIAIAQgBiADIAEgAGtqIAEgAkYbNgIAIAoQ1QIaIApBEGoiACMCSQRAEBMLIAAkAA8LIAsgB0EYdEEYdRDgAyEHIAUgBSgCACIJQQFqNgIAIAkgBzoAACAGQQFqIQYMAAALAAsHACAAQQRqC60EAQZ/IwBBgAJrIgAiBiMCSQRAEBMLIAYkACAAQiU3A/gBIABB+AFqQQFyQarFACACKAIEEJIEIQcgACAAQdABajYCzAEQ1AMhBgJ/IAcEQCACKAIIIQggACAFNwNIIABBQGsgBDcDACAAIAg2AjAgAEHQAWpBHiAGIABB+AFqIABBMGoQhgQMAQsgACAENwNQIAAgBTcDWCAAQdABakEeIAYgAEH4AWogAEHQAGoQhgQLIQYgAEHKADYCgAEgAEHAAWpBACAAQYABahCqAyEIAkAgBkEeTgRAENQDIQYCfyAHBEAgAigCCCEHIAAgBTcDGCAAIAQ3AxAgACAHNgIAIABBzAFqIAYgAEH4AWogABCUBAwBCyAAIAQ3AyAgACAFNwMoIABBzAFqIAYgAEH4AWogAEEgahCUBAshBiAAKALMASIHRQ0BIAggBxCrAwsgACgCzAEiByAGIAdqIgkgAhCHBCEKIABBygA2AoABIABB+ABqQQAgAEGAAWoQqgMhBwJ/IAAoAswBIABB0AFqRgRAIABBgAFqIQYgAEHQAWoMAQsgBkEBdBA7IgZFDQEgByAGEKsDIAAoAswBCyELIABB6ABqIAIQ7AYgCyAKIAkgBiAAQfQAaiAAQfAAaiAAQegAahCVBCAAQegAahCjAyABIAYgACgCdCAAKAJwIAIgAxCJBCECIAcQrwMgCBCvAyAAQYACaiIAIwJJBEAQEwsgACQAIAIPCxBcAAvYAQEDfyMAQeAAayIAIgUjAkkEQBATCyAFJAAgAEG2xQAvAAA7AVwgAEGyxQAoAAA2AlgQ1AMhBSAAIAQ2AgAgAEFAayAAQUBrQRQgBSAAQdgAaiAAEIYEIgYgAEFAa2oiBCACEIcEIQUgAEEQaiACEOwGIABBEGoQ7QYhByAAQRBqEKMDIAcgAEFAayAEIABBEGoQ0wMgASAAQRBqIAYgAEEQamoiBiAFIABrIABqQVBqIAQgBUYbIAYgAiADEIkEIQIgAEHgAGoiACMCSQRAEBMLIAAkACACC/IBAQJ/IwBBMGsiBSIGIwJJBEAQEwsgBiQAIAUgATYCKAJAIAIoAgRBAXFFBEAgACABIAIgAyAEIAAoAgAoAhgRBQAhAgwBCyAFQRhqIAIQ7AYgBUEYahDeAyECIAVBGGoQowMCQCAEBEAgBUEYaiACEKUDDAELIAVBGGogAhCmAwsgBSAFQRhqEP8DNgIQA0AgBSAFQRhqEJoENgIIIAVBEGogBUEIahCBBARAIAVBKGogBUEQaigCACgCABCSByAFQRBqEJsEDAEFIAUoAighAiAFQRhqENUCGgsLCyAFQTBqIgAjAkkEQBATCyAAJAAgAgtJAQJ/IwBBEGsiASICIwJJBEAQEwsgAiQAIAFBCGogABDZAyAAEK0DQQJ0ahCDBCgCACEAIAFBEGoiASMCSQRAEBMLIAEkACAACw8AIAAgACgCAEEEajYCAAuVAgEEfyMAQSBrIgAiBSMCSQRAEBMLIAUkACAAQbDFAC8AADsBHCAAQazFACgAADYCGCAAQRhqQQFyQaTFAEEBIAIoAgQQhQQgAigCBCEHIABBcGoiBSIIIgYjAkkEQBATCyAGJAAQ1AMhBiAAIAQ2AgAgBSAFIAdBCXZBAXEiBEENaiAGIABBGGogABCGBCAFaiIHIAIQhwQhBiAIIARBA3RB4AByQQtqQfAAcWsiBCIIIwJJBEAQEwsgCCQAIABBCGogAhDsBiAFIAYgByAEIABBFGogAEEQaiAAQQhqEJ0EIABBCGoQowMgASAEIAAoAhQgACgCECACIAMQngQhAiAAQSBqIgAjAkkEQBATCyAAJAAgAguABAEIfyMAQRBrIgoiCCMCSQRAEBMLIAgkACAGEP8GIQsgCiAGEN4DIgYQ/AMCQCAKELADBEAgCyAAIAIgAxD4AyAFIAMgAiAAa0ECdGoiBjYCAAwBCyAFIAM2AgACQCAAIggtAAAiCUFVaiIHQQJLDQAgB0EBa0UNACALIAlBGHRBGHUQoAchByAFIAUoAgAiCUEEajYCACAJIAc2AgAgAEEBaiEICwJAIAIgCGtBAkgNACAILQAAQTBHDQAgCC0AAUEgckH4AEcNACALQTAQoAchByAFIAUoAgAiCUEEajYCACAJIAc2AgAgCyAILAABEKAHIQcgBSAFKAIAIglBBGo2AgAgCSAHNgIAIAhBAmohCAsgCCACEIoEIAYQ+wMhDEEAIQdBACEJIAghBgN/IAYgAk8EfyADIAggAGtBAnRqIAUoAgAQnwQgBSgCAAUCQCAKIAkQrgMtAABFDQAgByAKIAkQrgMsAABHDQAgBSAFKAIAIgdBBGo2AgAgByAMNgIAIAkgCSAKEK0DQX9qSWohCUEAIQcLIAsgBiwAABCgByENIAUgBSgCACIOQQRqNgIAIA4gDTYCACAGQQFqIQYgB0EBaiEHDAELCyEGCyAEIAYgAyABIABrQQJ0aiABIAJGGzYCACAKENUCGiAKQRBqIgAjAkkEQBATCyAAJAAL2gEBBH8jAEEQayIJIgYjAkkEQBATCyAGJAACQCAARQRAQQAhBgwBCyAEKAIMIQdBACEGIAIgAWsiCEEBTgRAIAAgASAIQQJ1IggQkQcgCEcNAQsgByADIAFrQQJ1IgZrQQAgByAGShsiAUEBTgRAIAAgCSABIAUQoAQiBhDZAyABEJEHIQcgBhDVAhpBACEGIAEgB0cNAQsgAyACayIBQQFOBEBBACEGIAAgAiABQQJ1IgEQkQcgAUcNAQsgBBCNBCAAIQYLIAlBEGoiACMCSQRAEBMLIAAkACAGCwkAIAAgARCpBAsSACAAEMwGIAAgASACEP4CIAALhAIBBX8jAEEgayIAIgUjAkkEQBATCyAFJAAgAEIlNwMYIABBGGpBAXJBpsUAQQEgAigCBBCFBCACKAIEIQUgAEFgaiIHIggiBiMCSQRAEBMLIAYkABDUAyEGIAAgBDcDACAHIAcgBUEJdkEBcSIFQRdqIAYgAEEYaiAAEIYEIAdqIgYgAhCHBCEJIAggBUEDdEGwAXJBC2pB8AFxayIFIggjAkkEQBATCyAIJAAgAEEIaiACEOwGIAcgCSAGIAUgAEEUaiAAQRBqIABBCGoQnQQgAEEIahCjAyABIAUgACgCFCAAKAIQIAIgAxCeBCECIABBIGoiACMCSQRAEBMLIAAkACACC4YCAQR/IwBBIGsiACIFIwJJBEAQEwsgBSQAIABBsMUALwAAOwEcIABBrMUAKAAANgIYIABBGGpBAXJBpMUAQQAgAigCBBCFBCACKAIEIQcgAEFwaiIFIggiBiMCSQRAEBMLIAYkABDUAyEGIAAgBDYCACAFIAUgB0EJdkEBcUEMciAGIABBGGogABCGBCAFaiIHIAIQhwQhBiAIQaB/aiIEIggjAkkEQBATCyAIJAAgAEEIaiACEOwGIAUgBiAHIAQgAEEUaiAAQRBqIABBCGoQnQQgAEEIahCjAyABIAQgACgCFCAAKAIQIAIgAxCeBCECIABBIGoiACMCSQRAEBMLIAAkACACC4MCAQV/IwBBIGsiACIFIwJJBEAQEwsgBSQAIABCJTcDGCAAQRhqQQFyQabFAEEAIAIoAgQQhQQgAigCBCEFIABBYGoiByIIIgYjAkkEQBATCyAGJAAQ1AMhBiAAIAQ3AwAgByAHIAVBCXZBAXFBFnIiBUEBaiAGIABBGGogABCGBCAHaiIGIAIQhwQhCSAIIAVBA3RBC2pB8AFxayIFIggjAkkEQBATCyAIJAAgAEEIaiACEOwGIAcgCSAGIAUgAEEUaiAAQRBqIABBCGoQnQQgAEEIahCjAyABIAUgACgCFCAAKAIQIAIgAxCeBCECIABBIGoiACMCSQRAEBMLIAAkACACC4cEAQZ/IwBBgANrIgAiBSMCSQRAEBMLIAUkACAAQiU3A/gCIABB+AJqQQFyQanFACACKAIEEJIEIQYgACAAQdACajYCzAIQ1AMhBQJ/IAYEQCACKAIIIQcgACAEOQMoIAAgBzYCICAAQdACakEeIAUgAEH4AmogAEEgahCGBAwBCyAAIAQ5AzAgAEHQAmpBHiAFIABB+AJqIABBMGoQhgQLIQUgAEHKADYCUCAAQcACakEAIABB0ABqEKoDIQcCQCAFQR5OBEAQ1AMhBQJ/IAYEQCACKAIIIQYgACAEOQMIIAAgBjYCACAAQcwCaiAFIABB+AJqIAAQlAQMAQsgACAEOQMQIABBzAJqIAUgAEH4AmogAEEQahCUBAshBSAAKALMAiIGRQ0BIAcgBhCrAwsgACgCzAIiBiAFIAZqIgggAhCHBCEJIABBygA2AlAgAEHIAGpBACAAQdAAahCqAyEGAn8gACgCzAIgAEHQAmpGBEAgAEHQAGohBSAAQdACagwBCyAFQQN0EDsiBUUNASAGIAUQqwMgACgCzAILIQogAEE4aiACEOwGIAogCSAIIAUgAEHEAGogAEFAayAAQThqEKUEIABBOGoQowMgASAFIAAoAkQgACgCQCACIAMQngQhAiAGEK8DIAcQrwMgAEGAA2oiACMCSQRAEBMLIAAkACACDwsQXAAL4gUBCn8jAEEQayIKIggjAkkEQBATCyAIJAAgBhD/BiELIAogBhDeAyINEPwDIAUgAzYCAAJAIAAiCC0AACIHQVVqIgZBAksNACAGQQFrRQ0AIAsgB0EYdEEYdRCgByEGIAUgBSgCACIHQQRqNgIAIAcgBjYCACAAQQFqIQgLAkACQCACIAgiBmtBAUwNACAILQAAQTBHDQAgCC0AAUEgckH4AEcNACALQTAQoAchBiAFIAUoAgAiB0EEajYCACAHIAY2AgAgCyAILAABEKAHIQYgBSAFKAIAIgdBBGo2AgAgByAGNgIAIAhBAmoiCCEGA0AgBiACTw0CIAYsAAAQ1AMQkANFDQIgBkEBaiEGDAAACwALA0AgBiACTw0BIAYsAAAhBxDUAxogBxAiRQ0BIAZBAWohBgwAAAsACwJAIAoQsAMEQCALIAggBiAFKAIAEPgDIAUgBSgCACAGIAhrQQJ0ajYCAAwBCyAIIAYQigQgDRD7AyEOIAghBwNAIAcgBk8EQCADIAggAGtBAnRqIAUoAgAQnwQFAkAgCiAMEK4DLAAAQQFIDQAgCSAKIAwQrgMsAABHDQAgBSAFKAIAIglBBGo2AgAgCSAONgIAIAwgDCAKEK0DQX9qSWohDEEAIQkLIAsgBywAABCgByEPIAUgBSgCACIQQQRqNgIAIBAgDzYCACAHQQFqIQcgCUEBaiEJDAELCwsCQAJAA0AgBiACTw0BIAYtAAAiB0EuRwRAIAsgB0EYdEEYdRCgByEHIAUgBSgCACIJQQRqNgIAIAkgBzYCACAGQQFqIQYMAQsLIA0Q+gMhCSAFIAUoAgAiDEEEaiIHNgIAIAwgCTYCACAGQQFqIQYMAQsgBSgCACEHCyALIAYgAiAHEPgDIAUgBSgCACACIAZrQQJ0aiIGNgIAIAQgBiADIAEgAGtBAnRqIAEgAkYbNgIAIAoQ1QIaIApBEGoiACMCSQRAEBMLIAAkAAutBAEGfyMAQbADayIAIgYjAkkEQBATCyAGJAAgAEIlNwOoAyAAQagDakEBckGqxQAgAigCBBCSBCEHIAAgAEGAA2o2AvwCENQDIQYCfyAHBEAgAigCCCEIIAAgBTcDSCAAQUBrIAQ3AwAgACAINgIwIABBgANqQR4gBiAAQagDaiAAQTBqEIYEDAELIAAgBDcDUCAAIAU3A1ggAEGAA2pBHiAGIABBqANqIABB0ABqEIYECyEGIABBygA2AoABIABB8AJqQQAgAEGAAWoQqgMhCAJAIAZBHk4EQBDUAyEGAn8gBwRAIAIoAgghByAAIAU3AxggACAENwMQIAAgBzYCACAAQfwCaiAGIABBqANqIAAQlAQMAQsgACAENwMgIAAgBTcDKCAAQfwCaiAGIABBqANqIABBIGoQlAQLIQYgACgC/AIiB0UNASAIIAcQqwMLIAAoAvwCIgcgBiAHaiIJIAIQhwQhCiAAQcoANgKAASAAQfgAakEAIABBgAFqEKoDIQcCfyAAKAL8AiAAQYADakYEQCAAQYABaiEGIABBgANqDAELIAZBA3QQOyIGRQ0BIAcgBhCrAyAAKAL8AgshCyAAQegAaiACEOwGIAsgCiAJIAYgAEH0AGogAEHwAGogAEHoAGoQpQQgAEHoAGoQowMgASAGIAAoAnQgACgCcCACIAMQngQhAiAHEK8DIAgQrwMgAEGwA2oiACMCSQRAEBMLIAAkACACDwsQXAAL5QEBA38jAEHQAWsiACIFIwJJBEAQEwsgBSQAIABBtsUALwAAOwHMASAAQbLFACgAADYCyAEQ1AMhBSAAIAQ2AgAgAEGwAWogAEGwAWpBFCAFIABByAFqIAAQhgQiBiAAQbABamoiBCACEIcEIQUgAEEQaiACEOwGIABBEGoQ/wYhByAAQRBqEKMDIAcgAEGwAWogBCAAQRBqEPgDIAEgAEEQaiAAQRBqIAZBAnRqIgYgBSAAa0ECdCAAakHQemogBCAFRhsgBiACIAMQngQhAiAAQdABaiIAIwJJBEAQEwsgACQAIAILLQACQCAAIAFGDQADQCAAIAFBf2oiAU8NASAAIAEQ3QQgAEEBaiEADAAACwALCy0AAkAgACABRg0AA0AgACABQXxqIgFPDQEgACABEMgGIABBBGohAAwAAAsACwv1AwEDfyMAQSBrIggiCSMCSQRAEBMLIAkkACAIIAI2AhAgCCABNgIYIAhBCGogAxDsBiAIQQhqEO0GIQEgCEEIahCjAyAEQQA2AgBBACECAkADQCAGIAdGDQEgAg0BAkAgCEEYaiAIQRBqEPIGDQACQCABIAYsAAAQqwRBJUYEQCAGQQFqIgIgB0YNAkEAIQoCfwJAIAEgAiwAABCrBCIJQcUARg0AIAlB/wFxQTBGDQAgBiECIAkMAQsgBkECaiIGIAdGDQMgCSEKIAEgBiwAABCrBAshBiAIIAAgCCgCGCAIKAIQIAMgBCAFIAYgCiAAKAIAKAIkEQ0ANgIYIAJBAmohBgwBCyABQYDAACAGLAAAEPAGBEADQAJAIAcgBkEBaiIGRgRAIAchBgwBCyABQYDAACAGLAAAEPAGDQELCwNAIAhBGGogCEEQahDuBkUNAiABQYDAACAIQRhqEO8GEPAGRQ0CIAhBGGoQ8QYaDAAACwALIAEgCEEYahDvBhCsAyABIAYsAAAQrANGBEAgBkEBaiEGIAhBGGoQ8QYaDAELIARBBDYCAAsgBCgCACECDAELCyAEQQQ2AgALIAhBGGogCEEQahDyBgRAIAQgBCgCAEECcjYCAAsgCCgCGCEGIAhBIGoiACMCSQRAEBMLIAAkACAGCxMAIAAgAUEAIAAoAgAoAiQRAwALBABBAgtZAQJ/IwBBEGsiBiIHIwJJBEAQEwsgByQAIAZCpZDpqdLJzpLTADcDCCAAIAEgAiADIAQgBSAGQQhqIAZBEGoQqgQhACAGQRBqIgEjAkkEQBATCyABJAAgAAsxACAAIAEgAiADIAQgBSAAQQhqIAAoAggoAhQRAAAiABDZAyAAENkDIAAQrQNqEKoEC2QBAn8jAEEQayIGIgcjAkkEQBATCyAHJAAgBiABNgIIIAYgAxDsBiAGEO0GIQMgBhCjAyAAIAVBGGogBkEIaiACIAQgAxCwBCAGKAIIIQAgBkEQaiIBIwJJBEAQEwsgASQAIAALQAAgAiADIABBCGogACgCCCgCABEAACIAIABBqAFqIAUgBEEAEKcDIABrIgBBpwFMBEAgASAAQQxtQQdvNgIACwtkAQJ/IwBBEGsiBiIHIwJJBEAQEwsgByQAIAYgATYCCCAGIAMQ7AYgBhDtBiEDIAYQowMgACAFQRBqIAZBCGogAiAEIAMQsgQgBigCCCEAIAZBEGoiASMCSQRAEBMLIAEkACAAC0AAIAIgAyAAQQhqIAAoAggoAgQRAAAiACAAQaACaiAFIARBABCnAyAAayIAQZ8CTARAIAEgAEEMbUEMbzYCAAsLYgECfyMAQRBrIgYiByMCSQRAEBMLIAckACAGIAE2AgggBiADEOwGIAYQ7QYhAyAGEKMDIAVBFGogBkEIaiACIAQgAxC0BCAGKAIIIQAgBkEQaiIBIwJJBEAQEwsgASQAIAALQgAgASACIAMgBEEEELUEIQEgAy0AAEEEcUUEQCAAIAFB0A9qIAFB7A5qIAEgAUHkAEgbIAFBxQBIG0GUcWo2AgALC/YBAQJ/IwBBEGsiBSIGIwJJBEAQEwsgBiQAIAUgATYCCAJAIAAgBUEIahDyBgRAIAIgAigCAEEGcjYCAEEAIQEMAQsgA0GAECAAEO8GIgEQ8AZFBEAgAiACKAIAQQRyNgIAQQAhAQwBCyADIAEQqwQhAQNAAkAgAUFQaiEBIAAQ8QYaIAAgBUEIahDuBiEGIARBAkgNACAGRQ0AIANBgBAgABDvBiIGEPAGRQ0CIARBf2ohBCADIAYQqwQgAUEKbGohAQwBCwsgACAFQQhqEPIGRQ0AIAIgAigCAEECcjYCAAsgBUEQaiIAIwJJBEAQEwsgACQAIAELzwcBAn8jAEEgayIHIggjAkkEQBATCyAIJAAgByABNgIYIARBADYCACAHQQhqIAMQ7AYgB0EIahDtBiEIIAdBCGoQowMCfwJAAkAgBkG/f2oiCUE4SwRAIAZBJUcNASAHQRhqIAIgBCAIELcEDAILAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgCUEBaw44ARYEFgUWBgcWFhYKFhYWFg4PEBYWFhMVFhYWFhYWFgABAgMDFhYBFggWFgkLFgwWDRYLFhYREhQACyAAIAVBGGogB0EYaiACIAQgCBCwBAwWCyAAIAVBEGogB0EYaiACIAQgCBCyBAwVCyAAQQhqIAAoAggoAgwRAAAhASAHIAAgBygCGCACIAMgBCAFIAEQ2QMgARDZAyABEK0DahCqBDYCGAwUCyAFQQxqIAdBGGogAiAEIAgQuAQMEwsgB0Kl2r2pwuzLkvkANwMIIAcgACABIAIgAyAEIAUgB0EIaiAHQRBqEKoENgIYDBILIAdCpbK1qdKty5LkADcDCCAHIAAgASACIAMgBCAFIAdBCGogB0EQahCqBDYCGAwRCyAFQQhqIAdBGGogAiAEIAgQuQQMEAsgBUEIaiAHQRhqIAIgBCAIELoEDA8LIAVBHGogB0EYaiACIAQgCBC7BAwOCyAFQRBqIAdBGGogAiAEIAgQvAQMDQsgBUEEaiAHQRhqIAIgBCAIEL0EDAwLIAdBGGogAiAEIAgQvgQMCwsgACAFQQhqIAdBGGogAiAEIAgQvwQMCgsgB0G/xQAoAAA2AA8gB0G4xQApAAA3AwggByAAIAEgAiADIAQgBSAHQQhqIAdBE2oQqgQ2AhgMCQsgB0HHxQAtAAA6AAwgB0HDxQAoAAA2AgggByAAIAEgAiADIAQgBSAHQQhqIAdBDWoQqgQ2AhgMCAsgBSAHQRhqIAIgBCAIEMAEDAcLIAdCpZDpqdLJzpLTADcDCCAHIAAgASACIAMgBCAFIAdBCGogB0EQahCqBDYCGAwGCyAFQRhqIAdBGGogAiAEIAgQwQQMBQsgACABIAIgAyAEIAUgACgCACgCFBEIAAwFCyAAQQhqIAAoAggoAhgRAAAhASAHIAAgBygCGCACIAMgBCAFIAEQ2QMgARDZAyABEK0DahCqBDYCGAwDCyAFQRRqIAdBGGogAiAEIAgQtAQMAgsgBUEUaiAHQRhqIAIgBCAIEMIEDAELIAQgBCgCAEEEcjYCAAsgBygCGAshBCAHQSBqIgAjAkkEQBATCyAAJAAgBAt9AQJ/IwBBEGsiBCIFIwJJBEAQEwsgBSQAIAQgATYCCEEGIQECQAJAIAAgBEEIahDyBg0AQQQhASADIAAQ7wYQqwRBJUcNAEECIQEgABDxBiAEQQhqEPIGRQ0BCyACIAIoAgAgAXI2AgALIARBEGoiBCMCSQRAEBMLIAQkAAs+ACABIAIgAyAEQQIQtQQhASADKAIAIQICQCABQX9qQR5LDQAgAkEEcQ0AIAAgATYCAA8LIAMgAkEEcjYCAAs7ACABIAIgAyAEQQIQtQQhASADKAIAIQICQCABQRdKDQAgAkEEcQ0AIAAgATYCAA8LIAMgAkEEcjYCAAs+ACABIAIgAyAEQQIQtQQhASADKAIAIQICQCABQX9qQQtLDQAgAkEEcQ0AIAAgATYCAA8LIAMgAkEEcjYCAAs8ACABIAIgAyAEQQMQtQQhASADKAIAIQICQCABQe0CSg0AIAJBBHENACAAIAE2AgAPCyADIAJBBHI2AgALPgAgASACIAMgBEECELUEIQEgAygCACECAkAgAUEMSg0AIAJBBHENACAAIAFBf2o2AgAPCyADIAJBBHI2AgALOwAgASACIAMgBEECELUEIQEgAygCACECAkAgAUE7Sg0AIAJBBHENACAAIAE2AgAPCyADIAJBBHI2AgALeQECfyMAQRBrIgQiBSMCSQRAEBMLIAUkACAEIAE2AggDQAJAIAAgBEEIahDuBkUNACADQYDAACAAEO8GEPAGRQ0AIAAQ8QYaDAELCyAAIARBCGoQ8gYEQCACIAIoAgBBAnI2AgALIARBEGoiBCMCSQRAEBMLIAQkAAuDAQAgAEEIaiAAKAIIKAIIEQAAIgAQrQNBACAAQQxqEK0Da0YEQCAEIAQoAgBBBHI2AgAPCyACIAMgACAAQRhqIAUgBEEAEKcDIABrIQACQCABKAIAIgRBDEcNACAADQAgAUEANgIADwsCQCAEQQtKDQAgAEEMRw0AIAEgBEEMajYCAAsLOwAgASACIAMgBEECELUEIQEgAygCACECAkAgAUE8Sg0AIAJBBHENACAAIAE2AgAPCyADIAJBBHI2AgALOwAgASACIAMgBEEBELUEIQEgAygCACECAkAgAUEGSg0AIAJBBHENACAAIAE2AgAPCyADIAJBBHI2AgALKAAgASACIAMgBEEEELUEIQEgAy0AAEEEcUUEQCAAIAFBlHFqNgIACwv1AwEDfyMAQSBrIggiCSMCSQRAEBMLIAkkACAIIAI2AhAgCCABNgIYIAhBCGogAxDsBiAIQQhqEP8GIQEgCEEIahCjAyAEQQA2AgBBACECAkADQCAGIAdGDQEgAg0BAkAgCEEYaiAIQRBqEIQHDQACQCABIAYoAgAQxARBJUYEQCAGQQRqIgIgB0YNAkEAIQoCfwJAIAEgAigCABDEBCIJQcUARg0AIAlB/wFxQTBGDQAgBiECIAkMAQsgBkEIaiIGIAdGDQMgCSEKIAEgBigCABDEBAshBiAIIAAgCCgCGCAIKAIQIAMgBCAFIAYgCiAAKAIAKAIkEQ0ANgIYIAJBCGohBgwBCyABQYDAACAGKAIAEIIHBEADQAJAIAcgBkEEaiIGRgRAIAchBgwBCyABQYDAACAGKAIAEIIHDQELCwNAIAhBGGogCEEQahCAB0UNAiABQYDAACAIQRhqEIEHEIIHRQ0CIAhBGGoQgwcaDAAACwALIAEgCEEYahCBBxDgAyABIAYoAgAQ4ANGBEAgBkEEaiEGIAhBGGoQgwcaDAELIARBBDYCAAsgBCgCACECDAELCyAEQQQ2AgALIAhBGGogCEEQahCEBwRAIAQgBCgCAEECcjYCAAsgCCgCGCEGIAhBIGoiACMCSQRAEBMLIAAkACAGCxMAIAAgAUEAIAAoAgAoAjQRAwALdgECfyMAQSBrIgYiByMCSQRAEBMLIAckACAGQfjGACkDADcDGCAGQfDGACkDADcDECAGQejGACkDADcDCCAGQeDGACkDADcDACAAIAEgAiADIAQgBSAGIAZBIGoQwwQhACAGQSBqIgEjAkkEQBATCyABJAAgAAs0ACAAIAEgAiADIAQgBSAAQQhqIAAoAggoAhQRAAAiABDZAyAAENkDIAAQrQNBAnRqEMMEC2QBAn8jAEEQayIGIgcjAkkEQBATCyAHJAAgBiABNgIIIAYgAxDsBiAGEP8GIQMgBhCjAyAAIAVBGGogBkEIaiACIAQgAxDIBCAGKAIIIQAgBkEQaiIBIwJJBEAQEwsgASQAIAALQAAgAiADIABBCGogACgCCCgCABEAACIAIABBqAFqIAUgBEEAEN8DIABrIgBBpwFMBEAgASAAQQxtQQdvNgIACwtkAQJ/IwBBEGsiBiIHIwJJBEAQEwsgByQAIAYgATYCCCAGIAMQ7AYgBhD/BiEDIAYQowMgACAFQRBqIAZBCGogAiAEIAMQygQgBigCCCEAIAZBEGoiASMCSQRAEBMLIAEkACAAC0AAIAIgAyAAQQhqIAAoAggoAgQRAAAiACAAQaACaiAFIARBABDfAyAAayIAQZ8CTARAIAEgAEEMbUEMbzYCAAsLYgECfyMAQRBrIgYiByMCSQRAEBMLIAckACAGIAE2AgggBiADEOwGIAYQ/wYhAyAGEKMDIAVBFGogBkEIaiACIAQgAxDMBCAGKAIIIQAgBkEQaiIBIwJJBEAQEwsgASQAIAALQgAgASACIAMgBEEEEM0EIQEgAy0AAEEEcUUEQCAAIAFB0A9qIAFB7A5qIAEgAUHkAEgbIAFBxQBIG0GUcWo2AgALC/YBAQJ/IwBBEGsiBSIGIwJJBEAQEwsgBiQAIAUgATYCCAJAIAAgBUEIahCEBwRAIAIgAigCAEEGcjYCAEEAIQEMAQsgA0GAECAAEIEHIgEQggdFBEAgAiACKAIAQQRyNgIAQQAhAQwBCyADIAEQxAQhAQNAAkAgAUFQaiEBIAAQgwcaIAAgBUEIahCAByEGIARBAkgNACAGRQ0AIANBgBAgABCBByIGEIIHRQ0CIARBf2ohBCADIAYQxAQgAUEKbGohAQwBCwsgACAFQQhqEIQHRQ0AIAIgAigCAEECcjYCAAsgBUEQaiIAIwJJBEAQEwsgACQAIAELmwgBAn8jAEFAaiIHIggjAkkEQBATCyAIJAAgByABNgI4IARBADYCACAHIAMQ7AYgBxD/BiEIIAcQowMCfwJAAkAgBkG/f2oiCUE4SwRAIAZBJUcNASAHQThqIAIgBCAIEM8EDAILAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgCUEBaw44ARYEFgUWBgcWFhYKFhYWFg4PEBYWFhMVFhYWFhYWFgABAgMDFhYBFggWFgkLFgwWDRYLFhYREhQACyAAIAVBGGogB0E4aiACIAQgCBDIBAwWCyAAIAVBEGogB0E4aiACIAQgCBDKBAwVCyAAQQhqIAAoAggoAgwRAAAhASAHIAAgBygCOCACIAMgBCAFIAEQ2QMgARDZAyABEK0DQQJ0ahDDBDYCOAwUCyAFQQxqIAdBOGogAiAEIAgQ0AQMEwsgB0HoxQApAwA3AxggB0HgxQApAwA3AxAgB0HYxQApAwA3AwggB0HQxQApAwA3AwAgByAAIAEgAiADIAQgBSAHIAdBIGoQwwQ2AjgMEgsgB0GIxgApAwA3AxggB0GAxgApAwA3AxAgB0H4xQApAwA3AwggB0HwxQApAwA3AwAgByAAIAEgAiADIAQgBSAHIAdBIGoQwwQ2AjgMEQsgBUEIaiAHQThqIAIgBCAIENEEDBALIAVBCGogB0E4aiACIAQgCBDSBAwPCyAFQRxqIAdBOGogAiAEIAgQ0wQMDgsgBUEQaiAHQThqIAIgBCAIENQEDA0LIAVBBGogB0E4aiACIAQgCBDVBAwMCyAHQThqIAIgBCAIENYEDAsLIAAgBUEIaiAHQThqIAIgBCAIENcEDAoLIAdBkMYAQSwQGiIGIAAgASACIAMgBCAFIAYgBkEsahDDBDYCOAwJCyAHQdDGACgCADYCECAHQcjGACkDADcDCCAHQcDGACkDADcDACAHIAAgASACIAMgBCAFIAcgB0EUahDDBDYCOAwICyAFIAdBOGogAiAEIAgQ2AQMBwsgB0H4xgApAwA3AxggB0HwxgApAwA3AxAgB0HoxgApAwA3AwggB0HgxgApAwA3AwAgByAAIAEgAiADIAQgBSAHIAdBIGoQwwQ2AjgMBgsgBUEYaiAHQThqIAIgBCAIENkEDAULIAAgASACIAMgBCAFIAAoAgAoAhQRCAAMBQsgAEEIaiAAKAIIKAIYEQAAIQEgByAAIAcoAjggAiADIAQgBSABENkDIAEQ2QMgARCtA0ECdGoQwwQ2AjgMAwsgBUEUaiAHQThqIAIgBCAIEMwEDAILIAVBFGogB0E4aiACIAQgCBDaBAwBCyAEIAQoAgBBBHI2AgALIAcoAjgLIQQgB0FAayIAIwJJBEAQEwsgACQAIAQLfQECfyMAQRBrIgQiBSMCSQRAEBMLIAUkACAEIAE2AghBBiEBAkACQCAAIARBCGoQhAcNAEEEIQEgAyAAEIEHEMQEQSVHDQBBAiEBIAAQgwcgBEEIahCEB0UNAQsgAiACKAIAIAFyNgIACyAEQRBqIgQjAkkEQBATCyAEJAALPgAgASACIAMgBEECEM0EIQEgAygCACECAkAgAUF/akEeSw0AIAJBBHENACAAIAE2AgAPCyADIAJBBHI2AgALOwAgASACIAMgBEECEM0EIQEgAygCACECAkAgAUEXSg0AIAJBBHENACAAIAE2AgAPCyADIAJBBHI2AgALPgAgASACIAMgBEECEM0EIQEgAygCACECAkAgAUF/akELSw0AIAJBBHENACAAIAE2AgAPCyADIAJBBHI2AgALPAAgASACIAMgBEEDEM0EIQEgAygCACECAkAgAUHtAkoNACACQQRxDQAgACABNgIADwsgAyACQQRyNgIACz4AIAEgAiADIARBAhDNBCEBIAMoAgAhAgJAIAFBDEoNACACQQRxDQAgACABQX9qNgIADwsgAyACQQRyNgIACzsAIAEgAiADIARBAhDNBCEBIAMoAgAhAgJAIAFBO0oNACACQQRxDQAgACABNgIADwsgAyACQQRyNgIAC3kBAn8jAEEQayIEIgUjAkkEQBATCyAFJAAgBCABNgIIA0ACQCAAIARBCGoQgAdFDQAgA0GAwAAgABCBBxCCB0UNACAAEIMHGgwBCwsgACAEQQhqEIQHBEAgAiACKAIAQQJyNgIACyAEQRBqIgQjAkkEQBATCyAEJAALgwEAIABBCGogACgCCCgCCBEAACIAEK0DQQAgAEEMahCtA2tGBEAgBCAEKAIAQQRyNgIADwsgAiADIAAgAEEYaiAFIARBABDfAyAAayEAAkAgASgCACIEQQxHDQAgAA0AIAFBADYCAA8LAkAgBEELSg0AIABBDEcNACABIARBDGo2AgALCzsAIAEgAiADIARBAhDNBCEBIAMoAgAhAgJAIAFBPEoNACACQQRxDQAgACABNgIADwsgAyACQQRyNgIACzsAIAEgAiADIARBARDNBCEBIAMoAgAhAgJAIAFBBkoNACACQQRxDQAgACABNgIADwsgAyACQQRyNgIACygAIAEgAiADIARBBBDNBCEBIAMtAABBBHFFBEAgACABQZRxajYCAAsLYgAjAEGAAWsiAiIDIwJJBEAQEwsgAyQAIAIgAkH0AGo2AgwgAEEIaiACQRBqIAJBDGogBCAFIAYQ3AQgAkEQaiACKAIMIAEQ3wQhASACQYABaiIAIwJJBEAQEwsgACQAIAELfAECfyMAQRBrIgYiByMCSQRAEBMLIAckACAGQQA6AA8gBiAFOgAOIAYgBDoADSAGQSU6AAwgBQRAIAZBDWogBkEOahDdBAsgAiABIAEgAigCABDeBCAGQQxqIAMgACgCABARIAFqNgIAIAZBEGoiACMCSQRAEBMLIAAkAAtNAQJ/IwBBEGsiAiIDIwJJBEAQEwsgAyQAIAIgAC0AADoADyAAIAEtAAA6AAAgASACQQ9qLQAAOgAAIAJBEGoiACMCSQRAEBMLIAAkAAsHACABIABrC10BAn8jAEEQayIDIgQjAkkEQBATCyAEJAAgAyACNgIIA0AgACABRwRAIANBCGogACwAABCQByAAQQFqIQAMAQsLIAMoAgghACADQRBqIgEjAkkEQBATCyABJAAgAAtiACMAQaADayICIgMjAkkEQBATCyADJAAgAiACQaADajYCDCAAQQhqIAJBEGogAkEMaiAEIAUgBhDhBCACQRBqIAIoAgwgARDkBCEBIAJBoANqIgAjAkkEQBATCyAAJAAgAQuVAQECfyMAQZABayIGIgcjAkkEQBATCyAHJAAgBiAGQYQBajYCHCAAIAZBIGogBkEcaiADIAQgBRDcBCAGQgA3AxAgBiAGQSBqNgIMIAEgBkEMaiABIAIoAgAQ4gQgBkEQaiAAKAIAEOMEIgBBf0YEQBBcAAsgAiABIABBAnRqNgIAIAZBkAFqIgAjAkkEQBATCyAAJAALCgAgASAAa0ECdQtWAQJ/IwBBEGsiBSIGIwJJBEAQEwsgBiQAIAUgBDYCDCAFQQhqIAVBDGoQ2wMhBCAAIAEgAiADEJUDIQAgBBDcAyAFQRBqIgEjAkkEQBATCyABJAAgAAtdAQJ/IwBBEGsiAyIEIwJJBEAQEwsgBCQAIAMgAjYCCANAIAAgAUcEQCADQQhqIAAoAgAQkgcgAEEEaiEADAELCyADKAIIIQAgA0EQaiIBIwJJBEAQEwsgASQAIAALBQBB/wALCAAgABC1AxoLDAAgAEEBQS0QjAQaCwwAIABBgoaAIDYAAAsIAEH/////BwsMACAAQQFBLRCgBBoL/QMBAX8jAEGgAmsiACIHIwJJBEAQEwsgByQAIAAgATYCmAIgACACNgKQAiAAQcsANgIQIABBmAFqIABBoAFqIABBEGoQqgMhASAAQZABaiAEEOwGIABBkAFqEO0GIQcgAEEAOgCPAQJAIABBmAJqIAIgAyAAQZABaiAEKAIEIAUgAEGPAWogByABIABBlAFqIABBhAJqEOwERQ0AIABBi8cAKAAANgCHASAAQYTHACkAADcDgAEgByAAQYABaiAAQYoBaiAAQfYAahDTAyAAQcoANgIQIABBCGpBACAAQRBqEKoDIQcgAEEQaiECAkAgACgClAEgASgCAGtB4wBOBEAgByAAKAKUASABKAIAa0ECahA7EKsDIAcoAgBFDQEgBygCACECCyAALQCPAQRAIAJBLToAACACQQFqIQILIAEoAgAhBANAIAQgACgClAFPBEACQCACQQA6AAAgACAGNgIAIABBEGogABCRA0EBRw0AIAcQrwMMBAsFIAIgAEH2AGogAEGAAWogBBDaAyAAayAAai0ACjoAACACQQFqIQIgBEEBaiEEDAELCxBcAAsQXAALIABBmAJqIABBkAJqEPIGBEAgBSAFKAIAQQJyNgIACyAAKAKYAiEEIABBkAFqEKMDIAEQrwMgAEGgAmoiACMCSQRAEBMLIAAkACAEC9oOAQh/IwBBsARrIgsiDCMCSQRAEBMLIAwkACALIAo2AqQEIAsgATYCqAQgC0HLADYCaCALIAtBiAFqIAtBkAFqIAtB6ABqEKoDIg8oAgAiATYChAEgCyABQZADajYCgAEgC0HoAGoQtQMhESALQdgAahC1AyEOIAtByABqELUDIQwgC0E4ahC1AyENIAtBKGoQtQMhECACIAMgC0H4AGogC0H3AGogC0H2AGogESAOIAwgDSALQSRqEO0EIAkgCCgCADYCACAEQYAEcSESQQAhAUEAIQQDQCAEIQoCQAJAAkAgAUEERg0AIAAgC0GoBGoQ7gZFDQACQAJAAkAgC0H4AGogAWosAAAiAkEESw0AQQAhBAJAAkACQAJAAkAgAkEBaw4EAAQDBwELIAFBA0YNBCAHQYDAACAAEO8GEPAGBEAgC0EYaiAAEO4EIBAgCywAGBDiAgwCCyAFIAUoAgBBBHI2AgBBACEADAgLIAFBA0YNAwsDQCAAIAtBqARqEO4GRQ0DIAdBgMAAIAAQ7wYQ8AZFDQMgC0EYaiAAEO4EIBAgCywAGBDiAgwAAAsACyAMEK0DQQAgDRCtA2tGDQECQCAMEK0DBEAgDRCtAw0BCyAMEK0DIQQgABDvBiECIAQEQCAMQQAQrgMtAAAgAkH/AXFGBEAgABDxBhogDCAKIAwQrQNBAUsbIQQMCQsgBkEBOgAADAMLIA1BABCuAy0AACACQf8BcUcNAiAAEPEGGiAGQQE6AAAgDSAKIA0QrQNBAUsbIQQMBwsgABDvBkH/AXEgDEEAEK4DLQAARgRAIAAQ8QYaIAwgCiAMEK0DQQFLGyEEDAcLIAAQ7wZB/wFxIA1BABCuAy0AAEYEQCAAEPEGGiAGQQE6AAAgDSAKIA0QrQNBAUsbIQQMBwsgBSAFKAIAQQRyNgIAQQAhAAwFCwJAIAFBAkkNACAKDQAgEg0AIAFBAkYgCy0Ae0EAR3FFDQYLIAsgDhD/AzYCECALQRhqIAtBEGoQ7wQhBAJAIAFFDQAgASALai0Ad0EBSw0AA0ACQCALIA4QgAQ2AhAgBCALQRBqEIEERQ0AIAdBgMAAIAQoAgAsAAAQ8AZFDQAgBBCCBAwBCwsgCyAOEP8DNgIQIAQgC0EQahDwBCIEIBAQrQNNBEAgCyAQEIAENgIQIAtBEGpBACAEaxCABSAQEIAEIA4Q/wMQ/wQNAQsgCyAOEP8DNgIIIAtBEGogC0EIahDvBBogCyALKAIQNgIYCyALIAsoAhg2AhADQAJAIAsgDhCABDYCCCALQRBqIAtBCGoQgQRFDQAgACALQagEahDuBkUNACAAEO8GQf8BcSALKAIQLQAARw0AIAAQ8QYaIAtBEGoQggQMAQsLIBJFDQAgCyAOEIAENgIIIAtBEGogC0EIahCBBA0BCyAKIQQMBAsgBSAFKAIAQQRyNgIAQQAhAAwCCwNAAkAgACALQagEahDuBkUNAAJ/IAdBgBAgABDvBiICEPAGBEAgCSgCACIDIAsoAqQERgRAIAggCSALQaQEahDxBCAJKAIAIQMLIAkgA0EBajYCACADIAI6AAAgBEEBagwBCyAREK0DIQMgBEUNASADRQ0BIAstAHYgAkH/AXFHDQEgCygChAEiAiALKAKAAUYEQCAPIAtBhAFqIAtBgAFqEPIEIAsoAoQBIQILIAsgAkEEajYChAEgAiAENgIAQQALIQQgABDxBhoMAQsLIA8oAgAhAwJAIARFDQAgAyALKAKEASICRg0AIAsoAoABIAJGBEAgDyALQYQBaiALQYABahDyBCALKAKEASECCyALIAJBBGo2AoQBIAIgBDYCAAsCQCALKAIkQQFIDQACQCAAIAtBqARqEPIGRQRAIAAQ7wZB/wFxIAstAHdGDQELIAUgBSgCAEEEcjYCAEEAIQAMAwsDQCAAEPEGGiALKAIkQQFIDQECQCAAIAtBqARqEPIGRQRAIAdBgBAgABDvBhDwBg0BCyAFIAUoAgBBBHI2AgBBACEADAQLIAkoAgAgCygCpARGBEAgCCAJIAtBpARqEPEECyAAEO8GIQQgCSAJKAIAIgJBAWo2AgAgAiAEOgAAIAsgCygCJEF/ajYCJAwAAAsACyAKIQQgCCgCACAJKAIARw0CIAUgBSgCAEEEcjYCAEEAIQAMAQsCQCAKRQ0AQQEhBANAIAQgChCtA08NAQJAIAAgC0GoBGoQ8gZFBEAgABDvBkH/AXEgCiAEEK4DLQAARg0BCyAFIAUoAgBBBHI2AgBBACEADAMLIAAQ8QYaIARBAWohBAwAAAsAC0EBIQAgDygCACALKAKEAUYNAEEAIQAgC0EANgIYIBEgDygCACALKAKEASALQRhqELoDIAsoAhgEQCAFIAUoAgBBBHI2AgAMAQtBASEACyAQENUCGiANENUCGiAMENUCGiAOENUCGiARENUCGiAPEK8DIAtBsARqIgEjAkkEQBATCyABJAAgAA8LIAFBAWohAQwAAAsAC7kCAQJ/IwBBEGsiCiILIwJJBEAQEwsgCyQAIAkCfyAABEAgCiABEPkEIgAQ+gQgAiAKKAIANgAAIAogABD7BCAIIAoQ/AQgChDVAhogCiAAEKYDIAcgChD8BCAKENUCGiADIAAQ+gM6AAAgBCAAEPsDOgAAIAogABD8AyAFIAoQ/AQgChDVAhogCiAAEKUDIAYgChD8BCAKENUCGiAAEP0EDAELIAogARD+BCIAEPoEIAIgCigCADYAACAKIAAQ+wQgCCAKEPwEIAoQ1QIaIAogABCmAyAHIAoQ/AQgChDVAhogAyAAEPoDOgAAIAQgABD7AzoAACAKIAAQ/AMgBSAKEPwEIAoQ1QIaIAogABClAyAGIAoQ/AQgChDVAhogABD9BAs2AgAgCkEQaiIAIwJJBEAQEwsgACQACyUBAX8gASgCABD6BkEYdEEYdSECIAAgASgCADYCBCAAIAI6AAALDgAgACABKAIANgIAIAALDQAgACgCACABKAIAawvhAQEGfyMAQRBrIgQiAyMCSQRAEBMLIAMkACAAEJYEKAIAIQUCfyACKAIAIAAoAgBrIgNB/////wdJBEAgA0EBdAwBC0F/CyIDQQEgAxshAyABKAIAIQYgACgCACEHIAVBywBGBH9BAAUgACgCAAsgAxA+IggEQCAGIAdrIQYgBUHLAEcEQCAAEIEFGgsgBEHKADYCBCAAIARBCGogCCAEQQRqEKoDIgUQggUgBRCvAyABIAYgACgCAGo2AgAgAiADIAAoAgBqNgIAIARBEGoiACMCSQRAEBMLIAAkAA8LEFwAC+oBAQZ/IwBBEGsiBCIDIwJJBEAQEwsgAyQAIAAQlgQoAgAhBQJ/IAIoAgAgACgCAGsiA0H/////B0kEQCADQQF0DAELQX8LIgNBBCADGyEDIAEoAgAhBiAAKAIAIQcgBUHLAEYEf0EABSAAKAIACyADED4iCARAIAYgB2tBAnUhBiAFQcsARwRAIAAQgQUaCyAEQcoANgIEIAAgBEEIaiAIIARBBGoQqgMiBRCCBSAFEK8DIAEgACgCACAGQQJ0ajYCACACIAAoAgAgA0F8cWo2AgAgBEEQaiIAIwJJBEAQEwsgACQADwsQXAALwQIBAX8jAEGgAWsiACIHIwJJBEAQEwsgByQAIAAgATYCmAEgACACNgKQASAAQcsANgIUIABBGGogAEEgaiAAQRRqEKoDIQcgAEEQaiAEEOwGIABBEGoQ7QYhASAAQQA6AA8gAEGYAWogAiADIABBEGogBCgCBCAFIABBD2ogASAHIABBFGogAEGEAWoQ7AQEQCAGEPQEIAAtAA8EQCAGIAFBLRDgAxDiAgsgAUEwEOADIQEgBygCACEEIAAoAhQiA0F/aiECIAFB/wFxIQEDQAJAIAQgAk8NACAELQAAIAFHDQAgBEEBaiEEDAELCyAGIAQgAxD4BAsgAEGYAWogAEGQAWoQ8gYEQCAFIAUoAgBBAnI2AgALIAAoApgBIQQgAEEQahCjAyAHEK8DIABBoAFqIgAjAkkEQBATCyAAJAAgBAtwAQJ/IwBBEGsiASICIwJJBEAQEwsgAiQAAkAgABDXAwRAIAAoAgAhAiABQQA6AA8gAiABQQ9qEPUEIABBABD2BAwBCyABQQA6AA4gACABQQ5qEPUEIABBABD3BAsgAUEQaiIAIwJJBEAQEwsgACQACwwAIAAgAS0AADoAAAsJACAAIAE2AgQLCQAgACABOgALC/oBAQR/IwBBIGsiBSIDIwJJBEAQEwsgAyQAIAAQrQMhBCAAELYDIQMCQCABIAIQywYiBkUNACABIAAQ2QMgABDZAyAAEK0DahDSBgRAIAACfyAFQRBqIgMgABDSAhogAyABIAIQnAMgAwsQ2QMgAxCtAxDgAiADENUCGgwBCyADIARrIAZJBEAgACADIAQgBmogA2sgBCAEQQBBABDeAgsgABDZAyAEaiEDA0AgASACRwRAIAMgARD1BCABQQFqIQEgA0EBaiEDDAELCyAFQQA6AA8gAyAFQQ9qEPUEIAAgBCAGahCtBgsgBUEgaiIBIwJJBEAQEwsgASQACwsAIABB3JYJEKgDCxEAIAAgASABKAIAKAIsEQEACxEAIAAgASABKAIAKAIgEQEACyAAIAAQzwYgACABKAIINgIIIAAgASkCADcCACABENYDCw8AIAAgACgCACgCJBEAAAsLACAAQdSWCRCoAwuRAQECfyMAQSBrIgMiBCMCSQRAEBMLIAQkACADIAE2AhAgAyAANgIYIAMgAjYCCANAAkACf0EBIANBGGogA0EQahCBBEUNABogA0EYaigCAC0AACADQQhqKAIALQAARg0BQQALIQIgA0EgaiIAIwJJBEAQEwsgACQAIAIPCyADQRhqEIIEIANBCGoQggQMAAALAAtRAQJ/IwBBEGsiAiIDIwJJBEAQEwsgAyQAIAIgACgCADYCCCACQQhqIgAgACgCACABajYCACACKAIIIQEgAkEQaiIAIwJJBEAQEwsgACQAIAELFAEBfyAAKAIAIQEgAEEANgIAIAELIAAgACABEIEFEKsDIAEQlgQoAgAhASAAEJYEIAE2AgALiwQBAX8jAEHwBGsiACIHIwJJBEAQEwsgByQAIAAgATYC6AQgACACNgLgBCAAQcsANgIQIABByAFqIABB0AFqIABBEGoQqgMhASAAQcABaiAEEOwGIABBwAFqEP8GIQcgAEEAOgC/AQJAIABB6ARqIAIgAyAAQcABaiAEKAIEIAUgAEG/AWogByABIABBxAFqIABB4ARqEIQFRQ0AIABBi8cAKAAANgC3ASAAQYTHACkAADcDsAEgByAAQbABaiAAQboBaiAAQYABahD4AyAAQcoANgIQIABBCGpBACAAQRBqEKoDIQcgAEEQaiECAkAgACgCxAEgASgCAGtBiQNOBEAgByAAKALEASABKAIAa0ECdUECahA7EKsDIAcoAgBFDQEgBygCACECCyAALQC/AQRAIAJBLToAACACQQFqIQILIAEoAgAhBANAIAQgACgCxAFPBEACQCACQQA6AAAgACAGNgIAIABBEGogABCRA0EBRw0AIAcQrwMMBAsFIAIgAEGwAWogAEGAAWogAEGoAWogBBD5AyAAQYABamtBAnVqLQAAOgAAIAJBAWohAiAEQQRqIQQMAQsLEFwACxBcAAsgAEHoBGogAEHgBGoQhAcEQCAFIAUoAgBBAnI2AgALIAAoAugEIQQgAEHAAWoQowMgARCvAyAAQfAEaiIAIwJJBEAQEwsgACQAIAQLrA4BCH8jAEGwBGsiCyIMIwJJBEAQEwsgDCQAIAsgCjYCpAQgCyABNgKoBCALQcsANgJgIAsgC0GIAWogC0GQAWogC0HgAGoQqgMiDygCACIBNgKEASALIAFBkANqNgKAASALQeAAahC1AyERIAtB0ABqELUDIQ4gC0FAaxC1AyEMIAtBMGoQtQMhDSALQSBqELUDIRAgAiADIAtB+ABqIAtB9ABqIAtB8ABqIBEgDiAMIA0gC0EcahCFBSAJIAgoAgA2AgAgBEGABHEhEkEAIQFBACEEA0AgBCEKAkACQAJAIAFBBEYNACAAIAtBqARqEIAHRQ0AAkACQAJAIAtB+ABqIAFqLAAAIgJBBEsNAEEAIQQCQAJAAkACQAJAIAJBAWsOBAAEAwcBCyABQQNGDQQgB0GAwAAgABCBBxCCBwRAIAtBEGogABCGBSAQIAsoAhAQ/QIMAgsgBSAFKAIAQQRyNgIAQQAhAAwICyABQQNGDQMLA0AgACALQagEahCAB0UNAyAHQYDAACAAEIEHEIIHRQ0DIAtBEGogABCGBSAQIAsoAhAQ/QIMAAALAAsgDBCtA0EAIA0QrQNrRg0BAkAgDBCtAwRAIA0QrQMNAQsgDBCtAyEEIAAQgQchAiAEBEAgDBDZAygCACACRgRAIAAQgwcaIAwgCiAMEK0DQQFLGyEEDAkLIAZBAToAAAwDCyACIA0Q2QMoAgBHDQIgABCDBxogBkEBOgAAIA0gCiANEK0DQQFLGyEEDAcLIAAQgQcgDBDZAygCAEYEQCAAEIMHGiAMIAogDBCtA0EBSxshBAwHCyAAEIEHIA0Q2QMoAgBGBEAgABCDBxogBkEBOgAAIA0gCiANEK0DQQFLGyEEDAcLIAUgBSgCAEEEcjYCAEEAIQAMBQsCQCABQQJJDQAgCg0AIBINACABQQJGIAstAHtBAEdxRQ0GCyALIA4Q/wM2AgggC0EQaiALQQhqEO8EIQQCQCABRQ0AIAEgC2otAHdBAUsNAANAAkAgCyAOEJoENgIIIAQgC0EIahCBBEUNACAHQYDAACAEKAIAKAIAEIIHRQ0AIAQQmwQMAQsLIAsgDhD/AzYCCCAEKAIAIAsoAghrQQJ1IgQgEBCtA00EQCALIBAQmgQ2AgggC0EIakEAIARrEI8FIBAQmgQgDhD/AxCOBQ0BCyALIA4Q/wM2AgAgC0EIaiALEO8EGiALIAsoAgg2AhALIAsgCygCEDYCCANAAkAgCyAOEJoENgIAIAtBCGogCxCBBEUNACAAIAtBqARqEIAHRQ0AIAAQgQcgCygCCCgCAEcNACAAEIMHGiALQQhqEJsEDAELCyASRQ0AIAsgDhCaBDYCACALQQhqIAsQgQQNAQsgCiEEDAQLIAUgBSgCAEEEcjYCAEEAIQAMAgsDQAJAIAAgC0GoBGoQgAdFDQACfyAHQYAQIAAQgQciAhCCBwRAIAkoAgAiAyALKAKkBEYEQCAIIAkgC0GkBGoQ8gQgCSgCACEDCyAJIANBBGo2AgAgAyACNgIAIARBAWoMAQsgERCtAyEDIARFDQEgA0UNASACIAsoAnBHDQEgCygChAEiAiALKAKAAUYEQCAPIAtBhAFqIAtBgAFqEPIEIAsoAoQBIQILIAsgAkEEajYChAEgAiAENgIAQQALIQQgABCDBxoMAQsLIA8oAgAhAwJAIARFDQAgAyALKAKEASICRg0AIAsoAoABIAJGBEAgDyALQYQBaiALQYABahDyBCALKAKEASECCyALIAJBBGo2AoQBIAIgBDYCAAsCQCALKAIcQQFIDQACQCAAIAtBqARqEIQHRQRAIAAQgQcgCygCdEYNAQsgBSAFKAIAQQRyNgIAQQAhAAwDCwNAIAAQgwcaIAsoAhxBAUgNAQJAIAAgC0GoBGoQhAdFBEAgB0GAECAAEIEHEIIHDQELIAUgBSgCAEEEcjYCAEEAIQAMBAsgCSgCACALKAKkBEYEQCAIIAkgC0GkBGoQ8gQLIAAQgQchBCAJIAkoAgAiAkEEajYCACACIAQ2AgAgCyALKAIcQX9qNgIcDAAACwALIAohBCAIKAIAIAkoAgBHDQIgBSAFKAIAQQRyNgIAQQAhAAwBCwJAIApFDQBBASEEA0AgBCAKEK0DTw0BAkAgACALQagEahCEB0UEQCAAEIEHIAogBBDhAygCAEYNAQsgBSAFKAIAQQRyNgIAQQAhAAwDCyAAEIMHGiAEQQFqIQQMAAALAAtBASEAIA8oAgAgCygChAFGDQBBACEAIAtBADYCECARIA8oAgAgCygChAEgC0EQahC6AyALKAIQBEAgBSAFKAIAQQRyNgIADAELQQEhAAsgEBDVAhogDRDVAhogDBDVAhogDhDVAhogERDVAhogDxCvAyALQbAEaiIBIwJJBEAQEwsgASQAIAAPCyABQQFqIQEMAAALAAu5AgECfyMAQRBrIgoiCyMCSQRAEBMLIAskACAJAn8gAARAIAogARCLBSIAEPoEIAIgCigCADYAACAKIAAQ+wQgCCAKEIwFIAoQ1QIaIAogABCmAyAHIAoQjAUgChDVAhogAyAAEPoDNgIAIAQgABD7AzYCACAKIAAQ/AMgBSAKEPwEIAoQ1QIaIAogABClAyAGIAoQjAUgChDVAhogABD9BAwBCyAKIAEQjQUiABD6BCACIAooAgA2AAAgCiAAEPsEIAggChCMBSAKENUCGiAKIAAQpgMgByAKEIwFIAoQ1QIaIAMgABD6AzYCACAEIAAQ+wM2AgAgCiAAEPwDIAUgChD8BCAKENUCGiAKIAAQpQMgBiAKEIwFIAoQ1QIaIAAQ/QQLNgIAIApBEGoiACMCSQRAEBMLIAAkAAsUACAAIAEoAgAQhwcgASgCABD0Agu5AgEBfyMAQcADayIAIgcjAkkEQBATCyAHJAAgACABNgK4AyAAIAI2ArADIABBywA2AhQgAEEYaiAAQSBqIABBFGoQqgMhByAAQRBqIAQQ7AYgAEEQahD/BiEBIABBADoADyAAQbgDaiACIAMgAEEQaiAEKAIEIAUgAEEPaiABIAcgAEEUaiAAQbADahCEBQRAIAYQiAUgAC0ADwRAIAYgAUEtEKAHEP0CCyABQTAQoAchASAHKAIAIQQgACgCFCIDQXxqIQIDQAJAIAQgAk8NACAEKAIAIAFHDQAgBEEEaiEEDAELCyAGIAQgAxCKBQsgAEG4A2ogAEGwA2oQhAcEQCAFIAUoAgBBAnI2AgALIAAoArgDIQQgAEEQahCjAyAHEK8DIABBwANqIgAjAkkEQBATCyAAJAAgBAtwAQJ/IwBBEGsiASICIwJJBEAQEwsgAiQAAkAgABDXAwRAIAAoAgAhAiABQQA2AgwgAiABQQxqEIkFIABBABD2BAwBCyABQQA2AgggACABQQhqEIkFIABBABD3BAsgAUEQaiIAIwJJBEAQEwsgACQACwwAIAAgASgCADYCAAv2AQEEfyMAQRBrIgQiAyMCSQRAEBMLIAMkACAAEK0DIQUgABCsBiEDAkAgASACEKsGIgZFDQAgASAAENkDIAAQ2QMgABCtA0ECdGoQ0gYEQCAAAn8gBCAAENICGiAEIAEgAhCgAyAEIgELENkDIAEQrQMQ/AIgARDVAhoMAQsgAyAFayAGSQRAIAAgAyAFIAZqIANrIAUgBRD7AgsgABDZAyAFQQJ0aiEDA0AgASACRwRAIAMgARCJBSABQQRqIQEgA0EEaiEDDAELCyAEQQA2AgAgAyAEEIkFIAAgBSAGahCtBgsgBEEQaiIBIwJJBEAQEwsgASQACwsAIABB7JYJEKgDCyAAIAAQ0AYgACABKAIINgIIIAAgASkCADcCACABENYDCwsAIABB5JYJEKgDC5EBAQJ/IwBBIGsiAyIEIwJJBEAQEwsgBCQAIAMgATYCECADIAA2AhggAyACNgIIA0ACQAJ/QQEgA0EYaiADQRBqEIEERQ0AGiADQRhqKAIAKAIAIANBCGooAgAoAgBGDQFBAAshAiADQSBqIgAjAkkEQBATCyAAJAAgAg8LIANBGGoQmwQgA0EIahCbBAwAAAsAC1QBAn8jAEEQayICIgMjAkkEQBATCyADJAAgAiAAKAIANgIIIAJBCGoiACAAKAIAIAFBAnRqNgIAIAIoAgghASACQRBqIgAjAkkEQBATCyAAJAAgAQv0BAELfyMAQdADayIAIgcjAkkEQBATCyAHJAAgACAFNwMQIAAgBjcDGCAAIABB4AJqNgLcAiAAQeACaiAAQRBqELACIQcgAEHKADYC8AEgAEHoAWpBACAAQfABahCqAyEOIABBygA2AvABIABB4AFqQQAgAEHwAWoQqgMhCiAAQfABaiEIAkAgB0HkAE8EQBDUAyEHIAAgBTcDACAAIAY3AwggAEHcAmogB0GPxwAgABCUBCEHIAAoAtwCIghFDQEgDiAIEKsDIAogBxA7EKsDIAoQkQUNASAKKAIAIQgLIABB2AFqIAMQ7AYgAEHYAWoQ7QYiESAAKALcAiIJIAcgCWogCBDTAyACAn8gBwRAIAAoAtwCLQAAQS1GIQ8LIA8LIABB2AFqIABB0AFqIABBzwFqIABBzgFqIABBwAFqELUDIhAgAEGwAWoQtQMiCSAAQaABahC1AyILIABBnAFqEJIFIABBygA2AjAgAEEoakEAIABBMGoQqgMhDAJ/IAcgACgCnAEiAkoEQCALEK0DIAcgAmtBAXRBAXJqDAELIAsQrQNBAmoLIQ0gAEEwaiECIAkQrQMgDWogACgCnAFqIg1B5QBPBEAgDCANEDsQqwMgDCgCACICRQ0BCyACIABBJGogAEEgaiADKAIEIAggByAIaiARIA8gAEHQAWogACwAzwEgACwAzgEgECAJIAsgACgCnAEQkwUgASACIAAoAiQgACgCICADIAQQiQQhByAMEK8DIAsQ1QIaIAkQ1QIaIBAQ1QIaIABB2AFqEKMDIAoQrwMgDhCvAyAAQdADaiIAIwJJBEAQEwsgACQAIAcPCxBcAAsNACAAKAIAQQBHQQFzC/MCAQJ/IwBBEGsiCiILIwJJBEAQEwsgCyQAIAkCfyAABEAgAhD5BCEAAkAgAQRAIAogABD6BCADIAooAgA2AAAgCiAAEPsEIAggChD8BCAKENUCGgwBCyAKIAAQlAUgAyAKKAIANgAAIAogABCmAyAIIAoQ/AQgChDVAhoLIAQgABD6AzoAACAFIAAQ+wM6AAAgCiAAEPwDIAYgChD8BCAKENUCGiAKIAAQpQMgByAKEPwEIAoQ1QIaIAAQ/QQMAQsgAhD+BCEAAkAgAQRAIAogABD6BCADIAooAgA2AAAgCiAAEPsEIAggChD8BCAKENUCGgwBCyAKIAAQlAUgAyAKKAIANgAAIAogABCmAyAIIAoQ/AQgChDVAhoLIAQgABD6AzoAACAFIAAQ+wM6AAAgCiAAEPwDIAYgChD8BCAKENUCGiAKIAAQpQMgByAKEPwEIAoQ1QIaIAAQ/QQLNgIAIApBEGoiACMCSQRAEBMLIAAkAAuiBgEKfyMAQRBrIhUiECMCSQRAEBMLIBAkACACIAA2AgAgA0GABHEhFwNAAkACQAJAAkAgFkEERgRAIA0QrQNBAUsEQCAVIA0Q/wM2AgggAiAVQQhqQQEQgAUgDRCABCACKAIAEJUFNgIACyADQbABcSIPQRBGDQIgD0EgRw0BIAEgAigCADYCAAwCCyAIIBZqLAAAIg9BBEsNAwJAAkACQAJAAkAgD0EBaw4EAQMCBAALIAEgAigCADYCAAwHCyABIAIoAgA2AgAgBkEgEOADIQ8gAiACKAIAIhBBAWo2AgAgECAPOgAADAYLIA0QsAMNBSANQQAQrgMtAAAhDyACIAIoAgAiEEEBajYCACAQIA86AAAMBQsgDBCwAyEPIBdFDQQgDw0EIAIgDBD/AyAMEIAEIAIoAgAQlQU2AgAMBAsgAigCACEYIARBAWogBCAHGyIEIQ8DQAJAIA8gBU8NACAGQYAQIA8sAAAQ8AZFDQAgD0EBaiEPDAELCyAOIhBBAU4EQANAAkAgEEEBSCIRDQAgDyAETQ0AIA9Bf2oiDy0AACERIAIgAigCACISQQFqNgIAIBIgEToAACAQQX9qIRAMAQsLIBEEf0EABSAGQTAQ4AMLIRIDQCACIAIoAgAiEUEBajYCACAQQQFOBEAgESASOgAAIBBBf2ohEAwBCwsgESAJOgAACyAEIA9GBEAgBkEwEOADIQ8gAiACKAIAIhBBAWo2AgAgECAPOgAADAMLAn9BfyALELADDQAaIAtBABCuAywAAAshE0EAIRBBACEUA0AgBCAPRg0DAkAgECATRwRAIBAhEQwBCyACIAIoAgAiEUEBajYCACARIAo6AABBACERIBRBAWoiFCALEK0DTwRAIBAhEwwBCyALIBQQrgMtAABB/wBGBEBBfyETDAELIAsgFBCuAywAACETCyAPQX9qIg8tAAAhECACIAIoAgAiEkEBajYCACASIBA6AAAgEUEBaiEQDAAACwALIAEgADYCAAsgFUEQaiIAIwJJBEAQEwsgACQADwsgGCACKAIAEIoECyAWQQFqIRYMAAALAAsRACAAIAEgASgCACgCKBEBAAsLACAAIAEgAhCcBQuyAwEHfyMAQcABayIAIgYjAkkEQBATCyAGJAAgAEG4AWogAxDsBiAAQbgBahDtBiEKIAICfyAFEK0DBEAgBUEAEK4DLQAAIApBLRDgA0H/AXFGIQsLIAsLIABBuAFqIABBsAFqIABBrwFqIABBrgFqIABBoAFqELUDIgwgAEGQAWoQtQMiCCAAQYABahC1AyIHIABB/ABqEJIFIABBygA2AhAgAEEIakEAIABBEGoQqgMhCQJ/IAUQrQMgACgCfEoEQCAFEK0DIQIgACgCfCEGIAcQrQMgAiAGa0EBdGpBAWoMAQsgBxCtA0ECagshBiAAQRBqIQICQCAIEK0DIAZqIAAoAnxqIgZB5QBJDQAgCSAGEDsQqwMgCSgCACICDQAQXAALIAIgAEEEaiAAIAMoAgQgBRDZAyAFENkDIAUQrQNqIAogCyAAQbABaiAALACvASAALACuASAMIAggByAAKAJ8EJMFIAEgAiAAKAIEIAAoAgAgAyAEEIkEIQUgCRCvAyAHENUCGiAIENUCGiAMENUCGiAAQbgBahCjAyAAQcABaiIAIwJJBEAQEwsgACQAIAUL/QQBC38jAEGwCGsiACIHIwJJBEAQEwsgByQAIAAgBTcDECAAIAY3AxggACAAQcAHajYCvAcgAEHAB2ogAEEQahCwAiEHIABBygA2AqAEIABBmARqQQAgAEGgBGoQqgMhDiAAQcoANgKgBCAAQZAEakEAIABBoARqEKoDIQogAEGgBGohCAJAIAdB5ABPBEAQ1AMhByAAIAU3AwAgACAGNwMIIABBvAdqIAdBj8cAIAAQlAQhByAAKAK8ByIIRQ0BIA4gCBCrAyAKIAdBAnQQOxCrAyAKEJEFDQEgCigCACEICyAAQYgEaiADEOwGIABBiARqEP8GIhEgACgCvAciCSAHIAlqIAgQ+AMgAgJ/IAcEQCAAKAK8By0AAEEtRiEPCyAPCyAAQYgEaiAAQYAEaiAAQfwDaiAAQfgDaiAAQegDahC1AyIQIABB2ANqELUDIgkgAEHIA2oQtQMiCyAAQcQDahCYBSAAQcoANgIwIABBKGpBACAAQTBqEKoDIQwCfyAHIAAoAsQDIgJKBEAgCxCtAyAHIAJrQQF0QQFyagwBCyALEK0DQQJqCyENIABBMGohAiAJEK0DIA1qIAAoAsQDaiINQeUATwRAIAwgDUECdBA7EKsDIAwoAgAiAkUNAQsgAiAAQSRqIABBIGogAygCBCAIIAggB0ECdGogESAPIABBgARqIAAoAvwDIAAoAvgDIBAgCSALIAAoAsQDEJkFIAEgAiAAKAIkIAAoAiAgAyAEEJ4EIQcgDBCvAyALENUCGiAJENUCGiAQENUCGiAAQYgEahCjAyAKEK8DIA4QrwMgAEGwCGoiACMCSQRAEBMLIAAkACAHDwsQXAAL8wIBAn8jAEEQayIKIgsjAkkEQBATCyALJAAgCQJ/IAAEQCACEIsFIQACQCABBEAgCiAAEPoEIAMgCigCADYAACAKIAAQ+wQgCCAKEIwFIAoQ1QIaDAELIAogABCUBSADIAooAgA2AAAgCiAAEKYDIAggChCMBSAKENUCGgsgBCAAEPoDNgIAIAUgABD7AzYCACAKIAAQ/AMgBiAKEPwEIAoQ1QIaIAogABClAyAHIAoQjAUgChDVAhogABD9BAwBCyACEI0FIQACQCABBEAgCiAAEPoEIAMgCigCADYAACAKIAAQ+wQgCCAKEIwFIAoQ1QIaDAELIAogABCUBSADIAooAgA2AAAgCiAAEKYDIAggChCMBSAKENUCGgsgBCAAEPoDNgIAIAUgABD7AzYCACAKIAAQ/AMgBiAKEPwEIAoQ1QIaIAogABClAyAHIAoQjAUgChDVAhogABD9BAs2AgAgCkEQaiIAIwJJBEAQEwsgACQAC68GAQp/IwBBEGsiFSIQIwJJBEAQEwsgECQAIAIgADYCACADQYAEcSEXAkADQCAWQQRGBEACQCANEK0DQQFLBEAgFSANEP8DNgIIIAIgFUEIakEBEI8FIA0QmgQgAigCABCaBTYCAAsgA0GwAXEiD0EQRg0DIA9BIEcNACABIAIoAgA2AgAMAwsFAkAgCCAWaiwAACIPQQRLDQACQAJAAkACQAJAIA9BAWsOBAEDAgQACyABIAIoAgA2AgAMBAsgASACKAIANgIAIAZBIBCgByEPIAIgAigCACIQQQRqNgIAIBAgDzYCAAwDCyANELADDQIgDUEAEOEDKAIAIQ8gAiACKAIAIhBBBGo2AgAgECAPNgIADAILIAwQsAMhDyAXRQ0BIA8NASACIAwQ/wMgDBCaBCACKAIAEJoFNgIADAELIAIoAgAhGCAEQQRqIAQgBxsiBCEPA0ACQCAPIAVPDQAgBkGAECAPKAIAEIIHRQ0AIA9BBGohDwwBCwsgDiIQQQFOBEADQAJAIBBBAUgiEQ0AIA8gBE0NACAPQXxqIg8oAgAhESACIAIoAgAiEkEEajYCACASIBE2AgAgEEF/aiEQDAELCyARBH9BAAUgBkEwEKAHCyETIAIoAgAhEQNAIBFBBGohEiAQQQFOBEAgESATNgIAIBBBf2ohECASIREMAQsLIAIgEjYCACARIAk2AgALAkAgBCAPRgRAIAZBMBCgByEQIAIgAigCACIRQQRqIg82AgAgESAQNgIADAELAn9BfyALELADDQAaIAtBABCuAywAAAshE0EAIRBBACEUA0AgBCAPRwRAAkAgECATRwRAIBAhEQwBCyACIAIoAgAiEUEEajYCACARIAo2AgBBACERIBRBAWoiFCALEK0DTwRAIBAhEwwBCyALIBQQrgMtAABB/wBGBEBBfyETDAELIAsgFBCuAywAACETCyAPQXxqIg8oAgAhECACIAIoAgAiEkEEajYCACASIBA2AgAgEUEBaiEQDAELCyACKAIAIQ8LIBggDxCfBAsgFkEBaiEWDAELCyABIAA2AgALIBVBEGoiACMCSQRAEBMLIAAkAAsLACAAIAEgAhCdBQu4AwEHfyMAQfADayIAIgYjAkkEQBATCyAGJAAgAEHoA2ogAxDsBiAAQegDahD/BiEKIAICfyAFEK0DBEAgBUEAEOEDKAIAIApBLRCgB0YhCwsgCwsgAEHoA2ogAEHgA2ogAEHcA2ogAEHYA2ogAEHIA2oQtQMiDCAAQbgDahC1AyIIIABBqANqELUDIgcgAEGkA2oQmAUgAEHKADYCECAAQQhqQQAgAEEQahCqAyEJAn8gBRCtAyAAKAKkA0oEQCAFEK0DIQIgACgCpAMhBiAHEK0DIAIgBmtBAXRqQQFqDAELIAcQrQNBAmoLIQYgAEEQaiECAkAgCBCtAyAGaiAAKAKkA2oiBkHlAEkNACAJIAZBAnQQOxCrAyAJKAIAIgINABBcAAsgAiAAQQRqIAAgAygCBCAFENkDIAUQ2QMgBRCtA0ECdGogCiALIABB4ANqIAAoAtwDIAAoAtgDIAwgCCAHIAAoAqQDEJkFIAEgAiAAKAIEIAAoAgAgAyAEEJ4EIQUgCRCvAyAHENUCGiAIENUCGiAMENUCGiAAQegDahCjAyAAQfADaiIAIwJJBEAQEwsgACQAIAULbQECfyMAQRBrIgMiBCMCSQRAEBMLIAQkACADIAE2AgAgAyAANgIIA0AgA0EIaiADEIEEBEAgAiADQQhqKAIALQAAOgAAIAJBAWohAiADQQhqEIIEDAELCyADQRBqIgAjAkkEQBATCyAAJAAgAgttAQJ/IwBBEGsiAyIEIwJJBEAQEwsgBCQAIAMgATYCACADIAA2AggDQCADQQhqIAMQgQQEQCACIANBCGooAgAoAgA2AgAgAkEEaiECIANBCGoQmwQMAQsLIANBEGoiACMCSQRAEBMLIAAkACACCxYAQX8CfyABENkDGkH/////BwtBARsLawAjAEEgayIBIgIjAkkEQBATCyACJAAgAUEQahC1AyICEKAFIAUQ2QMgBRDZAyAFEK0DahChBSACENkDIQUgABC1AxCgBSAFIAUQXiAFahChBSACENUCGiABQSBqIgAjAkkEQBATCyAAJAALPQECfyMAQRBrIgEiAiMCSQRAEBMLIAIkACABQQhqIAAQgwQoAgAhACABQRBqIgEjAkkEQBATCyABJAAgAAtXAQJ/IwBBEGsiAyIEIwJJBEAQEwsgBCQAIAMgADYCCANAIAEgAkkEQCADQQhqIAEQogUgAUEBaiEBDAELCyADKAIIGiADQRBqIgMjAkkEQBATCyADJAALDwAgACgCACABLAAAEOICC6QBACMAQSBrIgEiAyMCSQRAEBMLIAMkACABQRBqELUDIQMCfyABQQhqIgIQpgUgAkH0zwA2AgAgAgsgAxCgBSAFENkDIAUQ2QMgBRCtA0ECdGoQpAUgAxDZAyEFIAAQtQMhAgJ/IAFBCGoiABCmBSAAQdTQADYCACAACyACEKAFIAUgBRBeIAVqEKUFIAMQ1QIaIAFBIGoiACMCSQRAEBMLIAAkAAvTAQEDfyMAQUBqIgQiBSMCSQRAEBMLIAUkACAEIAE2AjggBEEwaiEGQQAhBQJAA0ACQCAFQQJGDQAgAiADTw0AIAQgAjYCCCAAIARBMGogAiADIARBCGogBEEQaiAGIARBDGogACgCACgCDBENACIFQQJGDQIgBEEQaiEBIAQoAgggAkYNAgNAIAEgBCgCDE8EQCAEKAIIIQIMAwUgBEE4aiABEKIFIAFBAWohAQwBCwAACwALCyAEKAI4GiAEQUBrIgAjAkkEQBATCyAAJAAPCxBcAAv4AQEDfyMAQaABayIEIgUjAkkEQBATCyAFJAAgBCABNgKYASAEQZABaiEGQQAhBQJAA0ACQCAFQQJGDQAgAiADTw0AIAQgAjYCCCAAIARBkAFqIAIgAkEgaiADIAMgAmtBIEobIARBCGogBEEQaiAGIARBDGogACgCACgCEBENACIFQQJGDQIgBEEQaiEBIAQoAgggAkYNAgNAIAEgBCgCDE8EQCAEKAIIIQIMAwUgBCABKAIANgIEIAQoApgBIARBBGooAgAQ/QIgAUEEaiEBDAELAAALAAsLIAQoApgBGiAEQaABaiIAIwJJBEAQEwsgACQADwsQXAALEAAgABCpBSAAQYDPADYCAAshACAAQejHADYCACAAKAIIENQDRwRAIAAoAggQkgMLIAALmAgBAX9BgKQJEKkFQYCkCUGgxwA2AgAQqgUQqwVBHBCsBUGwpQlBlccAEJkHQZCkCRCtBSEAQZCkCRCuBUGQpAkgABCvBUHAoQkQqQVBwKEJQdjTADYCAEHAoQlBhJYJELAFELEFQcihCRCpBUHIoQlB+NMANgIAQcihCUGMlgkQsAUQsQUQsgVB0KEJQdCXCRCwBRCxBUHgoQkQqQVB4KEJQeTLADYCAEHgoQlByJcJELAFELEFQeihCRCpBUHooQlB+MwANgIAQeihCUHYlwkQsAUQsQVB8KEJEKkFQfChCUHoxwA2AgBB+KEJENQDNgIAQfChCUHglwkQsAUQsQVBgKIJEKkFQYCiCUGMzgA2AgBBgKIJQeiXCRCwBRCxBUGIogkQpgVBiKIJQfCXCRCwBRCxBUGQogkQqQVBmKIJQa7YADsBAEGQoglBmMgANgIAQZyiCRC1AxpBkKIJQfiXCRCwBRCxBUGwogkQqQVBuKIJQq6AgIDABTcCAEGwoglBwMgANgIAQcCiCRC1AxpBsKIJQYCYCRCwBRCxBUHQogkQqQVB0KIJQZjUADYCAEHQoglBlJYJELAFELEFQdiiCRCpBUHYoglBjNYANgIAQdiiCUGclgkQsAUQsQVB4KIJEKkFQeCiCUHg1wA2AgBB4KIJQaSWCRCwBRCxBUHoogkQqQVB6KIJQcjZADYCAEHooglBrJYJELAFELEFQfCiCRCpBUHwoglBoOEANgIAQfCiCUHUlgkQsAUQsQVB+KIJEKkFQfiiCUG04gA2AgBB+KIJQdyWCRCwBRCxBUGAowkQqQVBgKMJQajjADYCAEGAowlB5JYJELAFELEFQYijCRCpBUGIowlBnOQANgIAQYijCUHslgkQsAUQsQVBkKMJEKkFQZCjCUGQ5QA2AgBBkKMJQfSWCRCwBRCxBUGYowkQqQVBmKMJQbTmADYCAEGYowlB/JYJELAFELEFQaCjCRCpBUGgowlB2OcANgIAQaCjCUGElwkQsAUQsQVBqKMJEKkFQaijCUH86AA2AgBBqKMJQYyXCRCwBRCxBUGwowkQqQVBuKMJQYz1ADYCAEGwowlBkNsANgIAQbijCUHA2wA2AgBBsKMJQbSWCRCwBRCxBUHAowkQqQVByKMJQbD1ADYCAEHAowlBmN0ANgIAQcijCUHI3QA2AgBBwKMJQbyWCRCwBRCxBUHQowkQqQVB2KMJEMAGQdCjCUGE3wA2AgBB0KMJQcSWCRCwBRCxBUHgowkQqQVB6KMJEMAGQeCjCUGg4AA2AgBB4KMJQcyWCRCwBRCxBUHwowkQqQVB8KMJQaDqADYCAEHwowlBlJcJELAFELEFQfijCRCpBUH4owlBmOsANgIAQfijCUGclwkQsAUQsQULGgAgAEEANgIEIABBtCU2AgAgAEGsywA2AgALUQECfyMAQRBrIgAiASMCSQRAEBMLIAEkAEGQpAlCADcDACAAQQA2AgxBoKQJIABBDGoQtgZBoKUJQQA6AAAgAEEQaiIAIwJJBEAQEwsgACQAC0MBAX8QsAZBHEkEQBBzAAtBkKQJQZCkCRCxBkEcELIGIgA2AgBBlKQJIAA2AgBBkKQJELMGIABB8ABqNgIAQQAQtAYLWwECfyMAQRBrIgEiAiMCSQRAEBMLIAIkAEGQpAkQsQYaA0BBlKQJKAIAELkGQZSkCUGUpAkoAgBBBGo2AgAgAEF/aiIADQALIAFBEGoiACMCSQRAEBMLIAAkAAsQACAAKAIEIAAoAgBrQQJ1CwwAIAAgACgCABC/BgssACAAKAIAGiAAKAIAIAAQuAZBAnRqGiAAKAIAGiAAKAIAIAAQrQVBAnRqGgtxAQJ/IwBBIGsiASICIwJJBEAQEwsgAiQAIAFBADYCDCABQcwANgIIIAEgASkDCDcDACAAAn8gAUEQaiICIAEpAgA3AgQgAiAANgIAIAILEMEFIAAoAgQhACABQSBqIgEjAkkEQBATCyABJAAgAEF/agudAQECfyMAQRBrIgMiAiMCSQRAEBMLIAIkACAAELUFIANBCGogABC2BSECQZCkCRCtBSABTQRAIAFBAWoQtwULQZCkCSABELQFKAIABEBBkKQJIAEQtAUoAgAQuAULIAIQgQUhAEGQpAkgARC0BSAANgIAIAIoAgAhACACQQA2AgAgAARAIAAQuAULIANBEGoiACMCSQRAEBMLIAAkAAszAEHQoQkQqQVB3KEJQQA6AABB2KEJQQA2AgBB0KEJQbTHADYCAEHYoQlB3CYoAgA2AgALQgACQEG0lwktAABBAXENAEG0lwkQnQFFDQAQqAVBrJcJQYCkCTYCAEGwlwlBrJcJNgIAQbSXCRCeAQtBsJcJKAIACw0AIAAoAgAgAUECdGoLFAAgAEEEaiIAIAAoAgBBAWo2AgALPwECfyMAQRBrIgIiAyMCSQRAEBMLIAMkACACIAE2AgwgACACQQxqEIkFIAJBEGoiASMCSQRAEBMLIAEkACAAC04BAX9BkKQJEK0FIgEgAEkEQCAAIAFrELwFDwsgASAASwRAQZCkCSgCACAAQQJ0aiEAQZCkCRCtBSEBQZCkCSAAEL8GQZCkCSABEK8FCwsiACAAQQRqEHVBf0YEfyAAIAAoAgAoAggRBABBAAVBAAsaC3UBAn8gAEGgxwA2AgAgAEEQaiEBA0AgAiABEK0FSQRAIAEgAhC0BSgCAARAIAEgAhC0BSgCABC4BQsgAkEBaiECDAELCyAAQbABahDVAhogARC6BSABKAIABEAgARCuBSABELEGIAEoAgAgARC4BhC+BgsgAAs1ACAAKAIAGiAAKAIAIAAQuAZBAnRqGiAAKAIAIAAQrQVBAnRqGiAAKAIAIAAQuAZBAnRqGgsJACAAELkFEDwLtgEBAn8jAEEgayICIgEjAkkEQBATCyABJAACQEGQpAkQswYoAgBBlKQJKAIAa0ECdSAATwRAIAAQrAUMAQtBkKQJELEGIQEgAkEIakGQpAkQrQUgAGoQwQZBkKQJEK0FIAEQwgYiASAAEMMGIAEQxAYgASIAIAAoAgQQyQYgACgCAARAIAAQxQYgACgCACAAEMYGKAIAIAAoAgBrQQJ1EL4GCwsgAkEgaiIAIwJJBEAQEwsgACQACxUAIAAgASgCACIBNgIAIAEQtQUgAAs/AAJAQcCXCS0AAEEBcQ0AQcCXCRCdAUUNAEG4lwkQswUQvQUaQbyXCUG4lwk2AgBBwJcJEJ4BC0G8lwkoAgALFAAgABC+BSgCACIANgIAIAAQtQULHwAgAAJ/QcSXCUHElwkoAgBBAWoiADYCACAACzYCBAtWAQJ/IwBBEGsiAiIDIwJJBEAQEwsgAyQAIAAoAgBBf0cEQCACAn8gAkEIaiIDIAEQgwQaIAMLEIMEGiAAIAIQgQMLIAJBEGoiACMCSQRAEBMLIAAkAAsUACACRQRAQQAPCyAAIAEgAhCTAQsUACAABEAgACAAKAIAKAIEEQQACwsNACAAKAIAKAIAEMoGCyMAIAJB/wBNBH9B3CYoAgAgAkEBdGovAQAgAXFBAEcFQQALC0UAA0AgASACRwRAIAMgASgCAEH/AE0Ef0HcJigCACABKAIAQQF0ai8BAAVBAAs7AQAgA0ECaiEDIAFBBGohAQwBCwsgAgtEAANAAkAgAiADRwR/IAIoAgBB/wBLDQFB3CYoAgAgAigCAEEBdGovAQAgAXFFDQEgAgUgAwsPCyACQQRqIQIMAAALAAtEAAJAA0AgAiADRg0BAkAgAigCAEH/AEsNAEHcJigCACACKAIAQQF0ai8BACABcUUNACACQQRqIQIMAQsLIAIhAwsgAwsdACABQf8ATQR/QeAsKAIAIAFBAnRqKAIABSABCwtAAANAIAEgAkcEQCABIAEoAgAiAEH/AE0Ef0HgLCgCACABKAIAQQJ0aigCAAUgAAs2AgAgAUEEaiEBDAELCyACCx0AIAFB/wBNBH9B8DgoAgAgAUECdGooAgAFIAELC0AAA0AgASACRwRAIAEgASgCACIAQf8ATQR/QfA4KAIAIAEoAgBBAnRqKAIABSAACzYCACABQQRqIQEMAQsLIAILBAAgAQsqAANAIAEgAkZFBEAgAyABLAAANgIAIANBBGohAyABQQFqIQEMAQsLIAILEwAgASACIAFBgAFJG0EYdEEYdQs1AANAIAEgAkZFBEAgBCABKAIAIgAgAyAAQYABSRs6AAAgBEEBaiEEIAFBBGohAQwBCwsgAgsoAQF/IABBtMcANgIAAkAgACgCCCIBRQ0AIAAtAAxFDQAgARA8CyAACwkAIAAQ0QUQPAsmACABQQBOBH9B4CwoAgAgAUH/AXFBAnRqKAIABSABC0EYdEEYdQs/AANAIAEgAkcEQCABIAEsAAAiAEEATgR/QeAsKAIAIAEsAABBAnRqKAIABSAACzoAACABQQFqIQEMAQsLIAILJgAgAUEATgR/QfA4KAIAIAFB/wFxQQJ0aigCAAUgAQtBGHRBGHULPwADQCABIAJHBEAgASABLAAAIgBBAE4Ef0HwOCgCACABLAAAQQJ0aigCAAUgAAs6AAAgAUEBaiEBDAELCyACCyoAA0AgASACRkUEQCADIAEtAAA6AAAgA0EBaiEDIAFBAWohAQwBCwsgAgsMACABIAIgAUF/ShsLNAADQCABIAJGRQRAIAQgASwAACIAIAMgAEF/Shs6AAAgBEEBaiEEIAFBAWohAQwBCwsgAgsSACAEIAI2AgAgByAFNgIAQQMLCwAgBCACNgIAQQMLTwAjAEEQayIAIgEjAkkEQBATCyABJAAgACAENgIMIAAgAyACazYCCCAAQQxqIABBCGoQ3QUoAgAhAyAAQRBqIgAjAkkEQBATCyAAJAAgAwsJACAAIAEQ3gULPAECfyMAQRBrIgIiAyMCSQRAEBMLIAMkACABIAAQoQchAyACQRBqIgIjAkkEQBATCyACJAAgASAAIAMbCwkAIAAQpwUQPAv2AwEFfyMAQRBrIgkiCCMCSQRAEBMLIAgkACACIQgDQAJAIAMgCEYEQCADIQgMAQsgCCgCAEUNACAIQQRqIQgMAQsLIAcgBTYCACAEIAI2AgBBASEKA0ACQAJAAkAgBSAGRg0AIAIgA0YNACAJIAEpAgA3AwgCQAJAAkAgBSAEIAggAmtBAnUgBiAFayAAKAIIEOEFIgtBAWoiDEEBTQRAIAxBAWtFDQUgByAFNgIAA0ACQCACIAQoAgBGDQAgBSACKAIAIAAoAggQ4gUiCEF/Rg0AIAcgBygCACAIaiIFNgIAIAJBBGohAgwBCwsgBCACNgIADAELIAcgBygCACALaiIFNgIAIAUgBkYNAiADIAhGBEAgBCgCACECIAMhCAwHCyAJQQRqQQAgACgCCBDiBSIIQX9HDQELQQIhCgwDCyAJQQRqIQUgCCAGIAcoAgBrSwRADAMLA0AgCARAIAUtAAAhAiAHIAcoAgAiC0EBajYCACALIAI6AAAgCEF/aiEIIAVBAWohBQwBCwsgBCAEKAIAQQRqIgI2AgAgAiEIA0AgAyAIRgRAIAMhCAwFCyAIKAIARQ0EIAhBBGohCAwAAAsACyAEKAIAIQILIAIgA0chCgsgCUEQaiIAIwJJBEAQEwsgACQAIAoPCyAHKAIAIQUMAAALAAtWAQJ/IwBBEGsiBSIGIwJJBEAQEwsgBiQAIAUgBDYCDCAFQQhqIAVBDGoQ2wMhBCAAIAEgAiADEJQDIQAgBBDcAyAFQRBqIgEjAkkEQBATCyABJAAgAAtRAQJ/IwBBEGsiAyIEIwJJBEAQEwsgBCQAIAMgAjYCDCADQQhqIANBDGoQ2wMhAiAAIAEQIyEAIAIQ3AMgA0EQaiIBIwJJBEAQEwsgASQAIAAL2AMBA38jAEEQayIJIggjAkkEQBATCyAIJAAgAiEIA0ACQCADIAhGBEAgAyEIDAELIAgtAABFDQAgCEEBaiEIDAELCyAHIAU2AgAgBCACNgIAA0ACQAJ/AkAgBSAGRg0AIAIgA0YNACAJIAEpAgA3AwgCQAJAAkACQCAFIAQgCCACayAGIAVrQQJ1IAEgACgCCBDkBSIKQX9GBEADQAJAIAcgBTYCACACIAQoAgBGDQACQCAFIAIgCCACayAJQQhqIAAoAggQ5QUiBUECaiIGQQJLDQBBASEFAkAgBkEBaw4CAAEHCyAEIAI2AgAMBAsgAiAFaiECIAcoAgBBBGohBQwBCwsgBCACNgIADAULIAcgBygCACAKQQJ0aiIFNgIAIAUgBkYNAyAEKAIAIQIgAyAIRgRAIAMhCAwICyAFIAJBASABIAAoAggQ5QVFDQELQQIMBAsgByAHKAIAQQRqNgIAIAQgBCgCAEEBaiICNgIAIAIhCANAIAMgCEYEQCADIQgMBgsgCC0AAEUNBSAIQQFqIQgMAAALAAsgBCACNgIAQQEMAgsgBCgCACECCyACIANHCyEIIAlBEGoiACMCSQRAEBMLIAAkACAIDwsgBygCACEFDAAACwALWAECfyMAQRBrIgYiByMCSQRAEBMLIAckACAGIAU2AgwgBkEIaiAGQQxqENsDIQUgACABIAIgAyAEEJYDIQAgBRDcAyAGQRBqIgEjAkkEQBATCyABJAAgAAtWAQJ/IwBBEGsiBSIGIwJJBEAQEwsgBiQAIAUgBDYCDCAFQQhqIAVBDGoQ2wMhBCAAIAEgAiADEIIDIQAgBBDcAyAFQRBqIgEjAkkEQBATCyABJAAgAAuqAQECfyMAQRBrIgUiBiMCSQRAEBMLIAYkACAEIAI2AgACf0ECIAVBDGpBACAAKAIIEOIFIgFBAWpBAkkNABpBASABQX9qIgEgAyAEKAIAa0sNABogBUEMaiECA38gAQR/IAItAAAhACAEIAQoAgAiA0EBajYCACADIAA6AAAgAUF/aiEBIAJBAWohAgwBBUEACwsLIQIgBUEQaiIAIwJJBEAQEwsgACQAIAILLQEBf0F/IQECQCAAKAIIEOgFBH8gAQUgACgCCCIADQFBAQsPCyAAEOkFQQFGC04BAn8jAEEQayIBIgIjAkkEQBATCyACJAAgASAANgIMIAFBCGogAUEMahDbAyEAELECIQIgABDcAyABQRBqIgAjAkkEQBATCyAAJAAgAgtaAQJ/IwBBEGsiASICIwJJBEAQEwsgAiQAIAEgADYCDCABQQhqIAFBDGoQ2wMhAEEEQQFBkKQIKAIAKAIAGyECIAAQ3AMgAUEQaiIAIwJJBEAQEwsgACQAIAILWgEEfwNAAkAgAiADRg0AIAYgBE8NACACIAMgAmsgASAAKAIIEOsFIgdBAmoiCEECTQRAQQEhByAIQQJrDQELIAZBAWohBiAFIAdqIQUgAiAHaiECDAELCyAFC10BAn8jAEEQayIEIgUjAkkEQBATCyAFJAAgBCADNgIMIARBCGogBEEMahDbAyEDQQAgACABIAJBgJYJIAIbEIIDIQAgAxDcAyAEQRBqIgEjAkkEQBATCyABJAAgAAsVACAAKAIIIgBFBEBBAQ8LIAAQ6QULZQAjAEEQayIAIgEjAkkEQBATCyABJAAgACACNgIMIAAgBTYCCCACIAMgAEEMaiAFIAYgAEEIahDuBSEFIAQgACgCDDYCACAHIAAoAgg2AgAgAEEQaiIAIwJJBEAQEwsgACQAIAULvwUBAn8gAiAANgIAIAUgAzYCACACKAIAIQYCQAJAA0AgBiABTwRAQQAhAAwDC0ECIQAgBi8BACIDQf//wwBLDQICQAJAIANB/wBNBEBBASEAIAQgBSgCACIGa0EBSA0FIAUgBkEBajYCACAGIAM6AAAMAQsgA0H/D00EQCAEIAUoAgAiBmtBAkgNBCAFIAZBAWo2AgAgBiADQQZ2QcABcjoAACAFIAUoAgAiBkEBajYCACAGIANBP3FBgAFyOgAADAELIANB/68DTQRAIAQgBSgCACIGa0EDSA0EIAUgBkEBajYCACAGIANBDHZB4AFyOgAAIAUgBSgCACIGQQFqNgIAIAYgA0EGdkE/cUGAAXI6AAAgBSAFKAIAIgZBAWo2AgAgBiADQT9xQYABcjoAAAwBCyADQf+3A00EQEEBIQAgASAGa0EESA0FIAYvAQIiB0GA+ANxQYC4A0cNAiAEIAUoAgBrQQRIDQUgB0H/B3EgA0EKdEGA+ANxIANBwAdxIgBBCnRyckGAgARqQf//wwBLDQIgAiAGQQJqNgIAIAUgBSgCACIGQQFqNgIAIAYgAEEGdkEBaiIAQQJ2QfABcjoAACAFIAUoAgAiBkEBajYCACAGIABBBHRBMHEgA0ECdkEPcXJBgAFyOgAAIAUgBSgCACIGQQFqNgIAIAYgB0EGdkEPcSADQQR0QTBxckGAAXI6AAAgBSAFKAIAIgNBAWo2AgAgAyAHQT9xQYABcjoAAAwBCyADQYDAA0kNBCAEIAUoAgAiBmtBA0gNAyAFIAZBAWo2AgAgBiADQQx2QeABcjoAACAFIAUoAgAiBkEBajYCACAGIANBBnZBP3FBgAFyOgAAIAUgBSgCACIGQQFqNgIAIAYgA0E/cUGAAXI6AAALIAIgAigCAEECaiIGNgIADAELC0ECDwtBAQ8LIAALZQAjAEEQayIAIgEjAkkEQBATCyABJAAgACACNgIMIAAgBTYCCCACIAMgAEEMaiAFIAYgAEEIahDwBSEFIAQgACgCDDYCACAHIAAoAgg2AgAgAEEQaiIAIwJJBEAQEwsgACQAIAULnwUBBX8gAiAANgIAIAUgAzYCAAJAA0AgAigCACIDIAFPBEBBACEJDAILQQEhCSAFKAIAIgAgBE8NAQJAIAMtAAAiBkH//8MASw0AIAICfyAGQRh0QRh1QQBOBEAgACAGOwEAIANBAWoMAQsgBkHCAUkNASAGQd8BTQRAIAEgA2tBAkgNBCADLQABIgdBwAFxQYABRw0CQQIhCSAHQT9xIAZBBnRBwA9xciIGQf//wwBLDQQgACAGOwEAIANBAmoMAQsgBkHvAU0EQCABIANrQQNIDQQgAy0AAiEIIAMtAAEhBwJAAkAgBkHtAUcEQCAGQeABRw0BIAdB4AFxQaABRw0FDAILIAdB4AFxQYABRw0EDAELIAdBwAFxQYABRw0DCyAIQcABcUGAAUcNAkECIQkgCEE/cSAHQT9xQQZ0IAZBDHRyciIGQf//A3FB///DAEsNBCAAIAY7AQAgA0EDagwBCyAGQfQBSw0BIAEgA2tBBEgNAyADLQADIQggAy0AAiEHIAMtAAEhAwJAAkAgBkGQfmoiCkEESw0AAkACQCAKQQFrDgQCAgIBAAsgA0HwAGpB/wFxQTBPDQQMAgsgA0HwAXFBgAFHDQMMAQsgA0HAAXFBgAFHDQILIAdBwAFxQYABRw0BIAhBwAFxQYABRw0BIAQgAGtBBEgNA0ECIQkgCEE/cSIIIAdBBnQiCkHAH3EgA0EMdEGA4A9xIAZBB3EiBkESdHJyckH//8MASw0DIAAgA0ECdCIDQcABcSAGQQh0ciAHQQR2QQNxIANBPHFyckHA/wBqQYCwA3I7AQAgBSAAQQJqNgIAIAAgCkHAB3EgCHJBgLgDcjsBAiACKAIAQQRqCzYCACAFIAUoAgBBAmo2AgAMAQsLQQIPCyAJCwsAIAIgAyAEEPIFC4AEAQd/IAAhAwNAAkAgBiACTw0AIAMgAU8NACADLQAAIgRB///DAEsNAAJ/IANBAWogBEEYdEEYdUEATg0AGiAEQcIBSQ0BIARB3wFNBEAgASADa0ECSA0CIAMtAAEiBUHAAXFBgAFHDQIgBUE/cSAEQQZ0QcAPcXJB///DAEsNAiADQQJqDAELAkACQCAEQe8BTQRAIAEgA2tBA0gNBCADLQACIQcgAy0AASEFIARB7QFGDQEgBEHgAUYEQCAFQeABcUGgAUYNAwwFCyAFQcABcUGAAUcNBAwCCyAEQfQBSw0DIAIgBmtBAkkNAyABIANrQQRIDQMgAy0AAyEIIAMtAAIhByADLQABIQUCQAJAIARBkH5qIglBBEsNAAJAAkAgCUEBaw4EAgICAQALIAVB8ABqQf8BcUEwSQ0CDAYLIAVB8AFxQYABRg0BDAULIAVBwAFxQYABRw0ECyAHQcABcUGAAUcNAyAIQcABcUGAAUcNAyAIQT9xIAdBBnRBwB9xIARBEnRBgIDwAHEgBUE/cUEMdHJyckH//8MASw0DIAZBAWohBiADQQRqDAILIAVB4AFxQYABRw0CCyAHQcABcUGAAUcNASAHQT9xIARBDHRBgOADcSAFQT9xQQZ0cnJB///DAEsNASADQQNqCyEDIAZBAWohBgwBCwsgAyAAawsEAEEEC2UAIwBBEGsiACIBIwJJBEAQEwsgASQAIAAgAjYCDCAAIAU2AgggAiADIABBDGogBSAGIABBCGoQ9QUhBSAEIAAoAgw2AgAgByAAKAIINgIAIABBEGoiACMCSQRAEBMLIAAkACAFC9cDAQF/IAIgADYCACAFIAM2AgAgAigCACEDAkADQCADIAFPBEBBACEGDAILQQIhBiADKAIAIgNB///DAEsNASADQYBwcUGAsANGDQECQAJAIANB/wBNBEBBASEGIAQgBSgCACIAa0EBSA0EIAUgAEEBajYCACAAIAM6AAAMAQsgA0H/D00EQCAEIAUoAgAiBmtBAkgNAiAFIAZBAWo2AgAgBiADQQZ2QcABcjoAACAFIAUoAgAiBkEBajYCACAGIANBP3FBgAFyOgAADAELIAQgBSgCACIGayEAIANB//8DTQRAIABBA0gNAiAFIAZBAWo2AgAgBiADQQx2QeABcjoAACAFIAUoAgAiBkEBajYCACAGIANBBnZBP3FBgAFyOgAAIAUgBSgCACIGQQFqNgIAIAYgA0E/cUGAAXI6AAAMAQsgAEEESA0BIAUgBkEBajYCACAGIANBEnZB8AFyOgAAIAUgBSgCACIGQQFqNgIAIAYgA0EMdkE/cUGAAXI6AAAgBSAFKAIAIgZBAWo2AgAgBiADQQZ2QT9xQYABcjoAACAFIAUoAgAiBkEBajYCACAGIANBP3FBgAFyOgAACyACIAIoAgBBBGoiAzYCAAwBCwtBAQ8LIAYLZQAjAEEQayIAIgEjAkkEQBATCyABJAAgACACNgIMIAAgBTYCCCACIAMgAEEMaiAFIAYgAEEIahD3BSEFIAQgACgCDDYCACAHIAAoAgg2AgAgAEEQaiIAIwJJBEAQEwsgACQAIAULugQBBn8gAiAANgIAIAUgAzYCAANAIAIoAgAiAyABTwRAQQAPC0EBIQkCQAJAAkAgBSgCACILIARPDQAgAywAACIAQf8BcSEGIABBAE4EQCAGQf//wwBLDQNBASEADAILIAZBwgFJDQIgBkHfAU0EQCABIANrQQJIDQFBAiEJIAMtAAEiB0HAAXFBgAFHDQFBAiEAIAdBP3EgBkEGdEHAD3FyIgZB///DAE0NAgwBCwJAIAZB7wFNBEAgASADa0EDSA0CIAMtAAIhCCADLQABIQcCQAJAIAZB7QFHBEAgBkHgAUcNASAHQeABcUGgAUYNAgwHCyAHQeABcUGAAUYNAQwGCyAHQcABcUGAAUcNBQsgCEHAAXFBgAFGDQEMBAsgBkH0AUsNAyABIANrQQRIDQEgAy0AAyEKIAMtAAIhCCADLQABIQcCQAJAIAZBkH5qIgBBBEsNAAJAAkAgAEEBaw4EAgICAQALIAdB8ABqQf8BcUEwTw0GDAILIAdB8AFxQYABRw0FDAELIAdBwAFxQYABRw0ECyAIQcABcUGAAUcNAyAKQcABcUGAAUcNA0EEIQBBAiEJIApBP3EgCEEGdEHAH3EgBkESdEGAgPAAcSAHQT9xQQx0cnJyIgZB///DAEsNAQwCC0EDIQBBAiEJIAhBP3EgBkEMdEGA4ANxIAdBP3FBBnRyciIGQf//wwBNDQELIAkPCyALIAY2AgAgAiAAIANqNgIAIAUgBSgCAEEEajYCAAwBCwtBAgsLACACIAMgBBD5BQvzAwEHfyAAIQMDQAJAIAcgAk8NACADIAFPDQAgAywAACIEQf8BcSEFAn8gBEEATgRAIAVB///DAEsNAiADQQFqDAELIAVBwgFJDQEgBUHfAU0EQCABIANrQQJIDQIgAy0AASIEQcABcUGAAUcNAiAEQT9xIAVBBnRBwA9xckH//8MASw0CIANBAmoMAQsCQAJAIAVB7wFNBEAgASADa0EDSA0EIAMtAAIhBiADLQABIQQgBUHtAUYNASAFQeABRgRAIARB4AFxQaABRg0DDAULIARBwAFxQYABRw0EDAILIAVB9AFLDQMgASADa0EESA0DIAMtAAMhCCADLQACIQYgAy0AASEEAkACQCAFQZB+aiIJQQRLDQACQAJAIAlBAWsOBAICAgEACyAEQfAAakH/AXFBMEkNAgwGCyAEQfABcUGAAUYNAQwFCyAEQcABcUGAAUcNBAsgBkHAAXFBgAFHDQMgCEHAAXFBgAFHDQMgCEE/cSAGQQZ0QcAfcSAFQRJ0QYCA8ABxIARBP3FBDHRycnJB///DAEsNAyADQQRqDAILIARB4AFxQYABRw0CCyAGQcABcUGAAUcNASAGQT9xIAVBDHRBgOADcSAEQT9xQQZ0cnJB///DAEsNASADQQNqCyEDIAdBAWohBwwBCwsgAyAAawsWACAAQZjIADYCACAAQQxqENUCGiAACwkAIAAQ+gUQPAsWACAAQcDIADYCACAAQRBqENUCGiAACwkAIAAQ/AUQPAsHACAALAAICwcAIAAsAAkLDQAgACABQQxqENECGgsNACAAIAFBEGoQ0QIaCwsAIABB4MgAEJkHCwsAIABB6MgAEIQGCxMAIAAQzAYgACABIAEQqwIQ+AILCwAgAEH8yAAQmQcLCwAgAEGEyQAQhAYLCQAgACABEOMCCzcAAkBBjJgJLQAAQQFxDQBBjJgJEJ0BRQ0AEIkGQYiYCUHAmQk2AgBBjJgJEJ4BC0GImAkoAgAL2AEBAX8CQEHomgktAABBAXENAEHomgkQnQFFDQBBwJkJIQADQCAAELUDQQxqIgBB6JoJRw0AC0HomgkQngELQcCZCUHo6wAQhwZBzJkJQe/rABCHBkHYmQlB9usAEIcGQeSZCUH+6wAQhwZB8JkJQYjsABCHBkH8mQlBkewAEIcGQYiaCUGY7AAQhwZBlJoJQaHsABCHBkGgmglBpewAEIcGQayaCUGp7AAQhwZBuJoJQa3sABCHBkHEmglBsewAEIcGQdCaCUG17AAQhwZB3JoJQbnsABCHBgscAEHomgkhAANAIABBdGoQ1QIiAEHAmQlHDQALCzcAAkBBlJgJLQAAQQFxDQBBlJgJEJ0BRQ0AEIwGQZCYCUHwmgk2AgBBlJgJEJ4BC0GQmAkoAgAL2AEBAX8CQEGYnAktAABBAXENAEGYnAkQnQFFDQBB8JoJIQADQCAAELUDQQxqIgBBmJwJRw0AC0GYnAkQngELQfCaCUHA7AAQjgZB/JoJQdzsABCOBkGImwlB+OwAEI4GQZSbCUGY7QAQjgZBoJsJQcDtABCOBkGsmwlB5O0AEI4GQbibCUGA7gAQjgZBxJsJQaTuABCOBkHQmwlBtO4AEI4GQdybCUHE7gAQjgZB6JsJQdTuABCOBkH0mwlB5O4AEI4GQYCcCUH07gAQjgZBjJwJQYTvABCOBgscAEGYnAkhAANAIABBdGoQ1QIiAEHwmglHDQALCw4AIAAgASABEKsCEPkCCzcAAkBBnJgJLQAAQQFxDQBBnJgJEJ0BRQ0AEJAGQZiYCUGgnAk2AgBBnJgJEJ4BC0GYmAkoAgALxgIBAX8CQEHAngktAABBAXENAEHAngkQnQFFDQBBoJwJIQADQCAAELUDQQxqIgBBwJ4JRw0AC0HAngkQngELQaCcCUGU7wAQhwZBrJwJQZzvABCHBkG4nAlBpe8AEIcGQcScCUGr7wAQhwZB0JwJQbHvABCHBkHcnAlBte8AEIcGQeicCUG67wAQhwZB9JwJQb/vABCHBkGAnQlBxu8AEIcGQYydCUHQ7wAQhwZBmJ0JQdjvABCHBkGknQlB4e8AEIcGQbCdCUHq7wAQhwZBvJ0JQe7vABCHBkHInQlB8u8AEIcGQdSdCUH27wAQhwZB4J0JQbHvABCHBkHsnQlB+u8AEIcGQfidCUH+7wAQhwZBhJ4JQYLwABCHBkGQnglBhvAAEIcGQZyeCUGK8AAQhwZBqJ4JQY7wABCHBkG0nglBkvAAEIcGCxwAQcCeCSEAA0AgAEF0ahDVAiIAQaCcCUcNAAsLNwACQEGkmAktAABBAXENAEGkmAkQnQFFDQAQkwZBoJgJQdCeCTYCAEGkmAkQngELQaCYCSgCAAvGAgEBfwJAQfCgCS0AAEEBcQ0AQfCgCRCdAUUNAEHQngkhAANAIAAQtQNBDGoiAEHwoAlHDQALQfCgCRCeAQtB0J4JQZjwABCOBkHcnglBuPAAEI4GQeieCUHc8AAQjgZB9J4JQfTwABCOBkGAnwlBjPEAEI4GQYyfCUGc8QAQjgZBmJ8JQbDxABCOBkGknwlBxPEAEI4GQbCfCUHg8QAQjgZBvJ8JQYjyABCOBkHInwlBqPIAEI4GQdSfCUHM8gAQjgZB4J8JQfDyABCOBkHsnwlBgPMAEI4GQfifCUGQ8wAQjgZBhKAJQaDzABCOBkGQoAlBjPEAEI4GQZygCUGw8wAQjgZBqKAJQcDzABCOBkG0oAlB0PMAEI4GQcCgCUHg8wAQjgZBzKAJQfDzABCOBkHYoAlBgPQAEI4GQeSgCUGQ9AAQjgYLHABB8KAJIQADQCAAQXRqENUCIgBB0J4JRw0ACws3AAJAQayYCS0AAEEBcQ0AQayYCRCdAUUNABCWBkGomAlBgKEJNgIAQayYCRCeAQtBqJgJKAIAC1QBAX8CQEGYoQktAABBAXENAEGYoQkQnQFFDQBBgKEJIQADQCAAELUDQQxqIgBBmKEJRw0AC0GYoQkQngELQYChCUGg9AAQhwZBjKEJQaP0ABCHBgscAEGYoQkhAANAIABBdGoQ1QIiAEGAoQlHDQALCzcAAkBBtJgJLQAAQQFxDQBBtJgJEJ0BRQ0AEJkGQbCYCUGgoQk2AgBBtJgJEJ4BC0GwmAkoAgALVAEBfwJAQbihCS0AAEEBcQ0AQbihCRCdAUUNAEGgoQkhAANAIAAQtQNBDGoiAEG4oQlHDQALQbihCRCeAQtBoKEJQaj0ABCOBkGsoQlBtPQAEI4GCxwAQbihCSEAA0AgAEF0ahDVAiIAQaChCUcNAAsLMQACQEHEmAktAABBAXENAEHEmAkQnQFFDQBBuJgJQZzJABCZB0HEmAkQngELQbiYCQsKAEG4mAkQ1QIaCzEAAkBB1JgJLQAAQQFxDQBB1JgJEJ0BRQ0AQciYCUGoyQAQhAZB1JgJEJ4BC0HImAkLCgBByJgJENUCGgsxAAJAQeSYCS0AAEEBcQ0AQeSYCRCdAUUNAEHYmAlBzMkAEJkHQeSYCRCeAQtB2JgJCwoAQdiYCRDVAhoLMQACQEH0mAktAABBAXENAEH0mAkQnQFFDQBB6JgJQdjJABCEBkH0mAkQngELQeiYCQsKAEHomAkQ1QIaCzEAAkBBhJkJLQAAQQFxDQBBhJkJEJ0BRQ0AQfiYCUH8yQAQmQdBhJkJEJ4BC0H4mAkLCgBB+JgJENUCGgsxAAJAQZSZCS0AAEEBcQ0AQZSZCRCdAUUNAEGImQlBlMoAEIQGQZSZCRCeAQtBiJkJCwoAQYiZCRDVAhoLMQACQEGkmQktAABBAXENAEGkmQkQnQFFDQBBmJkJQejKABCZB0GkmQkQngELQZiZCQsKAEGYmQkQ1QIaCzEAAkBBtJkJLQAAQQFxDQBBtJkJEJ0BRQ0AQaiZCUH0ygAQhAZBtJkJEJ4BC0GomQkLCgBBqJkJENUCGgsJACAAIAEQ4gQLGwEBf0EBIQEgABDXAwR/IAAQ2ANBf2oFIAELCxkAIAAQ1wMEQCAAIAEQ9gQPCyAAIAEQ9wQLCQAgABCvBhA8Cx8BAX8gAEEIaiIBKAIAENQDRwRAIAEoAgAQkgMLIAALXgECfyMAQRBrIgAiASMCSQRAEBMLIAEkAEGQpAkQsQYaIABB/////wM2AgwgAEH/////BzYCCCAAQQxqIABBCGoQ3QUoAgAhASAAQRBqIgAjAkkEQBATCyAAJAAgAQsHACAAQSBqCwkAIAAgARC3BgsHACAAQRBqCzgAQZCkCSgCABpBkKQJKAIAQZCkCRC4BkECdGoaQZCkCSgCAEGQpAkQuAZBAnRqGkGQpAkoAgAaCwQAIAALCQAgAEEANgIACyQAAkAgAUEcSw0AIAAtAHANACAAQQE6AHAgAA8LIAFBAnQQXQsTACAAELMGKAIAIAAoAgBrQQJ1CwkAIABBADYCAAskACAAQQtPBH8gAEEQakFwcSIAIABBf2oiACAAQQtGGwVBCgsLFgBBfyAASQRAQcD0ABCTCAALIAAQXQsJACAAIAE2AgALEAAgACABQYCAgIB4cjYCCAsaAAJAIAAgAUYEQCAAQQA6AHAMAQsgARA8CwssAQF/IAAoAgQhAgNAIAEgAkcEQCAAELEGGiACQXxqIQIMAQsLIAAgATYCBAsKACAAENQDNgIAC3IBAn8jAEEQayICIgEjAkkEQBATCyABJAAgAiAANgIMELAGIgEgAE8EQEGQpAkQuAYiACABQQF2SQRAIAIgAEEBdDYCCCACQQhqIAJBDGoQmgcoAgAhAQsgAkEQaiIAIwJJBEAQEwsgACQAIAEPCxBzAAuRAQEDfyMAQRBrIgUiBCMCSQRAEBMLIAQkAEEAIQQgBUEANgIMIABBDGoiBiAFQQxqELYGIAZBBGogAxCDBBogAQRAIAAQxQYgARCyBiEECyAAIAQ2AgAgACAEIAJBAnRqIgI2AgggACACNgIEIAAQxgYgBCABQQJ0ajYCACAFQRBqIgEjAkkEQBATCyABJAAgAAsxAQF/IAAQxQYaIAAoAgghAgNAIAIQuQYgACAAKAIIQQRqIgI2AgggAUF/aiIBDQALC2IBAX9BkKQJELoFQZCkCRCxBkGQpAkoAgBBlKQJKAIAIABBBGoiARDHBkGQpAkgARDIBkGUpAkgAEEIahDIBkGQpAkQswYgABDGBhDIBiAAIAAoAgQ2AgBBkKQJEK0FELQGCwkAIABBDGoQdwsHACAAQQxqCycAIAMgAygCACACIAFrIgJrIgA2AgAgAkEBTgRAIAAgASACEBoaCwtNAQJ/IwBBEGsiAiIDIwJJBEAQEwsgAyQAIAIgACgCADYCDCAAIAEoAgA2AgAgASACQQxqKAIANgIAIAJBEGoiACMCSQRAEBMLIAAkAAslAANAIAEgACgCCEcEQCAAEMUGGiAAIAAoAghBfGo2AggMAQsLCzgBAn8gACgCACAAKAIIIgJBAXVqIQEgACgCBCEAIAEgAkEBcQR/IAEoAgAgAGooAgAFIAALEQQACwkAIAAgARDeBAsQACAAQgA3AgAgAEEANgIICyQAIABBAk8EfyAAQQRqQXxxIgAgAEF/aiIAIABBAkYbBUEBCwsdAEH/////AyAASQRAQcD0ABCTCAALIABBAnQQXQswAQF/IAAQ9AQgABDXAwRAIAAoAgAhASAAELYDGiABEDwgAEEAEL0GIABBABD3BAsLMAEBfyAAEIgFIAAQ1wMEQCAAKAIAIQEgABCsBhogARA8IABBABC9BiAAQQAQ9wQLC1ICAn8BfiMAQRBrIgMiBCMCSQRAEBMLIAQkACADIAEgAhDUAxDOAiADKQMAIQUgACADKQMINwMIIAAgBTcDACADQRBqIgAjAkkEQBATCyAAJAALDQAgACACSSABIABNcQsIACAAENQGGgs2ACAAQcz3ADYCACAAENUGIABBHGoQowMgACgCIBA8IAAoAiQQPCAAKAIwEDwgACgCPBA8IAALPAECfyAAKAIoIQEDQCABBEBBACAAIAFBf2oiAUECdCICIAAoAiRqKAIAIAAoAiAgAmooAgARBgAMAQsLCxUAIABB1PUANgIAIABBBGoQowMgAAsJACAAENYGEDwLKAAgAEHU9QA2AgAgAEEEahC/BSAAQgA3AhggAEIANwIQIABCADcCCAsHACAAENoGCxAAIABCfzcDCCAAQgA3AwALBwAgABDaBgvVAQEEfyMAQRBrIgQiAyMCSQRAEBMLIAMkAANAAkAgBSACTg0AAkAgACgCDCIDIAAoAhAiBkkEQCAEQf////8HNgIMIAQgBiADazYCCCAEIAIgBWs2AgQgBEEMaiAEQQhqIARBBGoQ3QYQ3QYhAyABIAAoAgwgAygCACIDEN4GIAAgACgCDCADajYCDAwBCyAAIAAoAgAoAigRAAAiA0F/Rg0BIAEgAzoAAEEBIQMLIAEgA2ohASADIAVqIQUMAQsLIARBEGoiACMCSQRAEBMLIAAkACAFCwkAIAAgARDfBgsQACACBEAgACABIAIQGhoLC0ABAn8jAEEQayICIgMjAkkEQBATCyADJAAgASgCACAAKAIASCEDIAJBEGoiAiMCSQRAEBMLIAIkACABIAAgAxsLBABBfwsvACAAIAAoAgAoAiQRAABBf0YEQEF/DwsgACAAKAIMIgBBAWo2AgwgACwAABDiBgsIACAAQf8BcQsEAEF/C84BAQR/IwBBEGsiBSIDIwJJBEAQEwsgAyQAQQAhAwNAAkAgAyACTg0AIAAoAhgiBCAAKAIcIgZPBEAgACABLAAAEOIGIAAoAgAoAjQRAgBBf0YNASADQQFqIQMgAUEBaiEBDAIFIAUgBiAEazYCDCAFIAIgA2s2AgggBUEMaiAFQQhqEN0GIQQgACgCGCABIAQoAgAiBBDeBiAAIAQgACgCGGo2AhggAyAEaiEDIAEgBGohAQwCCwALCyAFQRBqIgAjAkkEQBATCyAAJAAgAwsUACACBH8gACABIAIQqgIFIAALGgsMACAAQQhqENMGIAALEwAgACAAKAIAQXRqKAIAahDmBgsJACAAEOYGEDwLEwAgACAAKAIAQXRqKAIAahDoBgubAQEDfyMAQSBrIgQiAiMCSQRAEBMLIAIkACAAQQA6AAAgASABKAIAQXRqKAIAahD0BiECIAEgASgCAEF0aigCAGohAwJAIAIEQCADKAJIBEAgASABKAIAQXRqKAIAaigCSBDrBgsgACABIAEoAgBBdGooAgBqEPQGOgAADAELIANBBBDzBgsgBEEgaiIBIwJJBEAQEwsgASQAIAALhgEBAn8jAEEQayIBIgIjAkkEQBATCyACJAAgACAAKAIAQXRqKAIAaigCGARAAkAgAUEIaiAAEPUGIgItAABFDQAgACAAKAIAQXRqKAIAaigCGBD2BkF/Rw0AIAAgACgCAEF0aigCAGpBARDzBgsgAhD3BgsgAUEQaiIBIwJJBEAQEwsgASQACw0AIAAgAUEcahC9BRoLCwAgAEHQlwkQqAMLDAAgACABEPgGQQFzCxAAIAAoAgAQ+QZBGHRBGHULJwEBfyACQQBOBH8gACgCCCACQf8BcUEBdGovAQAgAXFBAEcFIAMLCw0AIAAoAgAQ+gYaIAALCQAgACABEPgGCw8AIAAgACgCECABchD+BgsIACAAKAIQRQtVACAAIAE2AgQgAEEAOgAAIAEgASgCAEF0aigCAGoQ9AYEQCABIAEoAgBBdGooAgBqKAJIBEAgASABKAIAQXRqKAIAaigCSBDrBgsgAEEBOgAACyAACw8AIAAgACgCACgCGBEAAAuNAQEBfwJAIAAoAgQiASABKAIAQXRqKAIAaigCGEUNACAAKAIEIgEgASgCAEF0aigCAGoQ9AZFDQAgACgCBCIBIAEoAgBBdGooAgBqKAIEQYDAAHFFDQAgACgCBCIBIAEoAgBBdGooAgBqKAIYEPYGQX9HDQAgACgCBCIBIAEoAgBBdGooAgBqQQEQ8wYLCxAAIAAQngcgARCeB3NBAXMLKgEBfyAAKAIMIgEgACgCEEYEQCAAIAAoAgAoAiQRAAAPCyABLAAAEOIGCzQBAX8gACgCDCIBIAAoAhBGBEAgACAAKAIAKAIoEQAADwsgACABQQFqNgIMIAEsAAAQ4gYLBwAgACABRgs9AQF/IAAoAhgiAiAAKAIcRgRAIAAgARDiBiAAKAIAKAI0EQIADwsgACACQQFqNgIYIAIgAToAACABEOIGC5wBAQN/IwBBEGsiBCIDIwJJBEAQEwsgAyQAIABBADYCBCAEQQhqIAAQ6gYtAAAhAyAAIAAoAgBBdGooAgBqIQUCQCADBEAgACAFKAIYIgMgASACIAMoAgAoAiARAwAiAzYCBCACIANGDQEgACAAKAIAQXRqKAIAakEGEPMGDAELIAVBBBDzBgsgBEEQaiIBIwJJBEAQEwsgASQAIAALEAAgACAAKAIYRSABcjYCEAsLACAAQciXCRCoAwsMACAAIAEQhQdBAXMLCgAgACgCABCGBwsTACAAIAEgAiAAKAIAKAIMEQMACw0AIAAoAgAQhwcaIAALCQAgACABEIUHCxAAIAAQnwcgARCfB3NBAXMLJwEBfyAAKAIMIgEgACgCEEYEQCAAIAAoAgAoAiQRAAAPCyABKAIACzEBAX8gACgCDCIBIAAoAhBGBEAgACAAKAIAKAIoEQAADwsgACABQQRqNgIMIAEoAgALNwEBfyAAKAIYIgIgACgCHEYEQCAAIAEgACgCACgCNBECAA8LIAAgAkEEajYCGCACIAE2AgAgAQsMACAAQQRqENMGIAALEwAgACAAKAIAQXRqKAIAahCJBwsJACAAEIkHEDwLEwAgACAAKAIAQXRqKAIAahCLBwswAAJAQX8gACgCTBD7BkUEQCAAKAJMIQAMAQsgACAAEI4HIgA2AkwLIABBGHRBGHULTwECfyMAQRBrIgEiAiMCSQRAEBMLIAIkACABQQhqIAAQ7AYgAUEIahDtBkEgEOADIQIgAUEIahCjAyABQRBqIgAjAkkEQBATCyAAJAAgAgvZAQEGfyMAQSBrIgIiAyMCSQRAEBMLIAMkAAJAIAJBGGogABD1BiIDLQAARQ0AIAJBEGogACAAKAIAQXRqKAIAahDsBiACQRBqQaSWCRCoAyEFIAJBEGoQowMgAkEIaiIEIAAgACgCAEF0aigCAGooAhg2AgAgACAAKAIAQXRqKAIAaiIGEI0HIQcgAiAFIAQoAgAgBiAHIAEgBSgCACgCGBEFADYCECACKAIQDQAgACAAKAIAQXRqKAIAakEFEPMGCyADEPcGIAJBIGoiASMCSQRAEBMLIAEkAAsnAQF/AkAgACgCACICRQ0AIAIgARD8BkF/EPsGRQ0AIABBADYCAAsLEwAgACABIAIgACgCACgCMBEDAAsnAQF/AkAgACgCACICRQ0AIAIgARCIB0F/EPsGRQ0AIABBADYCAAsLDAAgAEEMahDTBiAACwoAIABBeGoQkwcLEwAgACAAKAIAQXRqKAIAahCTBwsJACAAEJMHEDwLCgAgAEF4ahCWBwsTACAAIAAoAgBBdGooAgBqEJYHCxIAIAAQzAYgACABIAEQXhDTAgsJACAAIAEQmwcLPAECfyMAQRBrIgIiAyMCSQRAEBMLIAMkACAAIAEQoQchAyACQRBqIgIjAkkEQBATCyACJAAgASAAIAMbCwkAIAAQ1AYQPAs/ACAAQQA2AhQgACABNgIYIABBADYCDCAAQoKggIDgADcCBCAAIAFFNgIQIABBIGpBAEEoEBkaIABBHGoQvwULLAEBfyAAKAIAIgEEQCABEPkGQX8Q+wZFBEAgACgCAEUPCyAAQQA2AgALQQELLAEBfyAAKAIAIgEEQCABEIYHQX8Q+wZFBEAgACgCAEUPCyAAQQA2AgALQQELEQAgACABIAAoAgAoAiwRAgALDQAgACgCACABKAIASQufAgEDfwJAAkAgACgCSA0AIAJBCHIiBEF9cUF4aiIFQTRLDQBBwp4IIQMCQAJAAkACQAJAAkACQAJAIAVBAWsONAIICAMGCAgICAgICAgICAACCAgEBggICAgICAgICAgICAgICAgICAgICAgICAgIAQgICAUHC0HEngghAwwGC0HHngghAwwFC0HKngghAwwEC0HNngghAwwDC0HQngghAwwCC0HUngghAwwBC0HYngghAwsgACABIAMQZiIBNgJIIAFFDQAgACAENgJgIAJBAnFFDQEgAUIAQQIQaEUNASAAKAJIEGsaIABBADYCSAsgACAAKAIAQXRqKAIAaiIAIAAoAhBBBHIQ/gYPCyAAIAAoAgBBdGooAgBqQQAQ/gYL3gEBAn8CQCAALAALQX9MBEAgACgCAEEAOgAAIABBADYCBAwBCyAAQQA6AAsgAEEAOgAACyABKAIAIgIgASgCBCIDSQRAA0ACQCAAAn8gAi0AASIBBEAgAUEITwRAIAAgAUEEdkFgchDiAiACLQABQQJ0QTxxIAItAABBBnZyQYB/cgwCCyABQQJ0IAItAABBBnZyQUBqDAELIAIsAAAiAUF/Sg0BIAFBwAFxQQZ2QUByC0EYdEEYdRDiAiACLQAAQT9xQYB/ciEBCyAAIAEQ4gIgAkECaiICIANJDQALCwuUBAEFfyMAQRBrIgIiAyMCSQRAEBMLIAMkACAAIAAoAgAiAzYCBCADIQUCfyABKAIEIAEtAAsiBCAEQRh0QRh1QQBIIgQbIgZBAU4EQCABKAIAIAEgBBsiASAGaiEEA0ACQAJAAkACQAJAAkAgAS0AACIDQQR2QQhrDggAAAAAAQECAwQLIAJB/f8DOwEODAQLIAEtAAFBwAFxQYABRgRAIAIgA0ECdkEHcToADyACIAEtAAFBP3EgAS0AAEEGdHI6AA4gAUEBaiEBDAQLIAJB/f8DOwEODAMLIAEtAAEiBUHAAXFBgAFGBEAgAUEBaiEGIAIgBUECdkEPcSADQQR0cjoADyABLQACIgNBwAFxQYABRgRAIAFBAmohASACIANBP3EgBi0AAEEGdHI6AA4MBAsgAkH9/wM7AQ4gBiEBDAMLIAJB/f8DOwEODAILIAJB/f8DOwEOIAAoAgQiASAAKAIIRwRAIAEgAi8BDjsAACAAIAAoAgRBAmo2AgRBfwwFCyAAIAJBDmoQpQdBfwwECyACQQA6AA8gAiABLQAAOgAOCwJAIAAoAgQiAyAAKAIIRwRAIAMgAi8BDjsAACAAIAAoAgRBAmo2AgQMAQsgACACQQ5qEKUHCyABQQFqIgEgBEkNAAsgACgCBCEFIAAoAgAhAwsgBSADa0EBdQshACACQRBqIgEjAkkEQBATCyABJAAgAAvEAQEFfwJAIAAoAgQgACgCACIEayIFQX1KBEACf0EAIAVBAXUiBkEBaiICIAAoAgggBGsiAyADIAJJG0H/////ByADQQF1Qf////8DSRsiAkUNABogAkF/TA0CIAJBAXQQXQshAyADIAZBAXRqIgYgAS8AADsAACADIAJBAXRqIQIgBkECaiEBIAVBAU4EQCADIAQgBRAaGgsgACACNgIIIAAgATYCBCAAIAM2AgAgBARAIAQQPAsPCxBzAAtB3J4IEJMIAAvLAgEEfyMAQSBrIgMiAiMCSQRAEBMLIAIkACAAKAIAIQQgACgCBCEFIAAtAAshAiADQYCAgBA2AgggA0IANwMAIANBoBI7AQAgA0EAOgACIAQgACACQRh0QRh1QQBIIgAbIAUgAiAAG2ohAiADQRBqIAMQ0QIhBCADLAALQX9MBEAgAygCABA8CwJ/IAIgASgCACIAIAJGDQAaAkAgBCAALAAAQQAQ7AJBf0YNAANAIABBAWoiACACRwRAIAQgACwAAEEAEOwCQX9HDQEMAgsLIAIiAAwBCyAACyEFAkACQCAAIAJGDQAgBCAALAAAQQAQ7AJBf0cNAANAIAIgAEEBaiIARg0CIAQgACwAAEEAEOwCQX9GDQALCyAAIQILIAEgAjYCACADLAAbQX9MBEAgAygCEBA8CyADQSBqIgAjAkkEQBATCyAAJAAgBQsoAQN/AkAgAEUNACAAEF5BAWoiAhA7IgNFDQAgAyAAIAIQGiEBCyABC4MBAQV/AkAgACgCBCAALQALIgEgAUEYdEEYdSIDQQBIGyIBRQ0AIAEhAgJAIAAoAgAgACADQQBIGyIEIAFBf2oiBWotAABBdmoiA0EDSw0AAkAgA0EBaw4CAQEACyAFIQILIAFBAkkNACACIAEgBGpBfmotAABBDUZrIQILIAAgAhDbAguCAgEEfyMAQaABayIDIgQjAkkEQBATCyAEJAAgAEEANgIIIABCADcCACABKAIEIAEsAAsiBEH/AXEgBEEASBsEQCADQRBqIAEQqgchBSADQQA2AgggA0IANwMAA0ACQCAFIAMgAhCrByEBIAMtAAsiBkEYdEEYdSEEQQBBISABIAEoAgBBdGooAgBqLQAQQQVxG0UNACADKAIEIAYgBEEASBtFDQEgACgCBCIBIAAoAghHBEAgASADENECGiAAIAAoAgRBDGo2AgQMAgUgACADEJwIDAILAAsLIARBf0wEQCADKAIAEDwLIAUQrAcaCyADQaABaiIAIwJJBEAQEwsgACQAC4gBAQF/IABBgJoINgJAIABB7JkINgIAIABB4JgINgIIIABBADYCBCAAQUBrIABBDGoiAhCdByAAQoCAgIBwNwKIASAAQfSYCDYCQCAAQcyYCDYCACAAQeCYCDYCCCACENgGIABCADcCLCAAQYybCDYCDCAAQgA3AjQgAEEYNgI8IAIgARCtByAAC7ACAQV/IwBBEGsiBCIDIwJJBEAQEwsgAyQAIARBCGogABDqBhogBC0ACARAAkAgASwAC0F/TARAIAEoAgBBADoAACABQQA2AgQMAQsgAUEAOgALIAFBADoAAAsgAEEYaiEGQQAhAyACQf8BcSEHAn8DQAJAIAYgACgCAEF0aigCAGooAgAiAigCDCIFIAIoAhBGBEAgAiACKAIAKAIoEQAAIgJBf0cNAUECQQYgAxsMAwsgAiAFQQFqNgIMIAUtAAAhAgtBACAHIAJB/wFxRg0BGiADQQFqIQMgASACQRh0QRh1EOICIAEsAAtBf0oNACABKAIEQW9HDQALQQQLIQIgACAAKAIAQXRqKAIAaiIBIAEoAhAgAnIQ/gYLIARBEGoiASMCSQRAEBMLIAEkACAAC0sAIABB9JgINgJAIABBzJgINgIAIABBjJsINgIMIABB4JgINgIIIAAsADdBf0wEQCAAKAIsEDwLIABBDGoQ1gYaIABBQGsQ0wYgAAvZAgEDfyAAQSBqIgIgARDWAiAAQQA2AiwgACgCMCIBQQhxBEACQCACLAALIgNBf0wEQCAAKAIgIgMgACgCJGohBAwBCyACIANB/wFxaiEEIAIhAwsgACAENgIQIAAgAzYCDCAAIAM2AgggACAENgIsCwJAIAFBEHFFDQAgAgJ/IAIsAAsiAUEATgRAIAAgAiABQf8BcSIBajYCLEEKDAELIAAgACgCJCIBIAAoAiBqNgIsIAAoAihB/////wdxQX9qCxDbAgJ/IAIsAAsiA0F/TARAIAAoAiAhAiAAKAIkDAELIANB/wFxCyEDIAAgAjYCFCAAIAI2AhggACACIANqNgIcIAAtADBBA3FFDQACQCABQX9MBEAgACACQX5qIAJB/////wdqIAFBgYCAgHhqIgFBAEgiAxsiAjYCGEEBIAEgAxshAQwBCyABRQ0BCyAAIAEgAmo2AhgLC8AEAQ5/IwBBEGsiAiIDIwJJBEAQEwsgAyQAIAIgAEEKEKkHAkAgACwAC0F/TARAIAAoAgBBADoAACAAQQA2AgQMAQsgAEEAOgALIABBADoAAAsCQCACKAIAIgMgAigCBEYEQCADIQQMAQsgACADENYCIAIoAgQiAyACKAIAIgRrQQxtQQJJDQBBASEGA0AgBCAGQQxsIg5qIgcoAgQgBy0ACyIMIAxBGHRBGHVBAEgiDRshCEEAIQsCQANAAkAgCCAEIAtBDGxqIgEoAgQgAS0ACyIFIAVBGHRBGHVBAEgiBRtHDQAgASgCACABIAUbIQEgBygCACEJIA1FBEAgCEUNAyAMIQUgByEKIAEtAAAgCUH/AXFHDQEDQCAFQX9qIgVFDQQgAS0AASEJIAFBAWohASAJIApBAWoiCi0AAEYNAAsMAQsgCEUNAiAJIAcgDRsgASAIEJMBRQ0CCyALQQFqIgsgBkcNAAsgACAAKAIEIAAtAAsiASABQRh0QRh1QQBIGwR/IABBChDiAiACKAIABSAECyAOaiIBKAIAIAEgAS0ACyIFQRh0QRh1QQBIIgobIAEoAgQgBSAKGxDgAiACKAIEIQMgAigCACEECyAGQQFqIgYgAyAEa0EMbUkNAAsLIAQEQCADIARGBH8gBAUDQCADQXRqIQEgA0F/aiwAAEF/TARAIAEoAgAQPAsgASEDIAEgBEcNAAsgAigCAAshASACIAQ2AgQgARA8CyACQRBqIgAjAkkEQBATCyAAJAALkAYBDn8jAEEQayICIgMjAkkEQBATCyADJAACQCAAQQpBABDsAkF/Rg0AIAIgAEEKEKkHAkAgACwAC0F/TARAIAAoAgBBADoAACAAQQA2AgQMAQsgAEEAOgALIABBADoAAAsgAigCACIDIAIoAgRHBEAgACADENYCIAIoAgQiCyACKAIAIgVrIgFBDG1BAk8EQEEBIQcDQCAFIAdBDGwiDmoiCCgCBCAILQALIgwgDEEYdEEYdUEASCINGyEJQQAhCgJAA0ACQCAJIAUgCkEMbGoiASgCBCABLQALIgQgBEEYdEEYdUEASCIEG0cNACABKAIAIAEgBBshASAIKAIAIQYgDUUEQCAJRQ0DIAwhBCAIIQMgAS0AACAGQf8BcUcNAQNAIARBf2oiBEUNBCABLQABIQYgAUEBaiEBIAYgA0EBaiIDLQAARg0ACwwBCyAJRQ0CIAYgCCANGyABIAkQkwFFDQILIApBAWoiCiAHRw0ACyAAIAAoAgQgAC0ACyIBIAFBGHRBGHVBAEgbBH8gAEEKEOICIAIoAgAFIAULIA5qIgEoAgAgASABLQALIgRBGHRBGHVBAEgiAxsgASgCBCAEIAMbEOACIAIoAgAhBSACKAIEIQsLIAdBAWoiByALIAVrIgFBDG1JDQALCwJAIAFBDEYEQCAAIAUQ1gIMAQsgAEGU+wAQ4wIgAigCACIBIAIoAgRHBEBBACEEA0AgACABIARBDGxqIgEoAgAgASABLQALIgNBGHRBGHVBAEgiBhsgASgCBCADIAYbEOACIABBmPsAEOECIARBAWoiBCACKAIEIAIoAgAiAWtBDG1JDQALCyAAKAIEIAAtAAsiASABQRh0QRh1QQBIIgEbIAAoAgAgACABG2pBfmpBKToAAAsgAigCACEDCyADRQ0AAn8gAyADIAIoAgQiBEYNABoDQCAEQXRqIQEgBEF/aiwAAEF/TARAIAEoAgAQPAsgASEEIAEgA0cNAAsgAigCAAshASACIAM2AgQgARA8CyACQRBqIgAjAkkEQBATCyAAJAALrAEBA38gAEEKQQAQ7AIhBCABKAIEIAEtAAsiAiACQRh0QRh1QQBIIgMbIQIgASgCACABIAMbIQMgBEF/RwRAA0AgACAEIAMgAhDkAiAAQQogBCABKAIEIAEtAAsiAiACQRh0QRh1QQBIG2pBAWoQ7AIhBCABKAIEIAEtAAsiAiACQRh0QRh1QQBIIgMbIQIgASgCACABIAMbIQMgBEF/Rw0ACwsgACADIAIQ4AILWQECfwJAIABFDQADQAJAIAAtAAAiAkEgSw0AIAJBAWsOHwAAAAAAAAAAAgIAAAAAAAAAAAAAAAAAAAAAAAAAAAACCyABQQFqIQEgAEEBaiEADAAACwALIAELyQMBCX8jAEEQayIHIgYjAkkEQBATCyAGJAACQCABKAIEIAEtAAsiBCAEQRh0QRh1IgVBAEgbIgNFDQAgAigCBCACLQALIgQgBEEYdEEYdUEASCIIGyIEBEAgAyAESA0BIAEoAgAgASAFQQBIGyIGIANqIQogAigCACACIAgbIggtAAAhCSAGIQIDQCADIARrIgNBAWoiBSADSQ0CIAIgCSAFECUiA0UNAiADIAggBBCTAQRAIAogA0EBaiICayIDIARODQEMAwsLIAMgCkYNASADIAZrIglBf0YNAQsCQCAALAALQX9MBEAgACgCAEEAOgAAIABBADYCBAwBCyAAQQA6AAsgAEEAOgAACwJAIAcgASAJQQNqQX8gARDUAiIEKAIEIAQtAAsiAyADQRh0QRh1QQBIIgEbRQ0AQQAhAwNAIAQoAgAgByABQQFxGyADai0AACICQXdqIgVBF01BAEEBIAV0QYOAgARxGw0BIAAgAkEYdEEYdRDiAiADQQFqIgMgBCgCBCAELQALIgEgAUEYdEEYdUEASCIBG0kNAAsLQQEhCyABQQFxRQ0AIAQoAgAQPAsgB0EQaiIAIwJJBEAQEwsgACQAIAsL+wIBC38gASgCBCILIAEtAAsiByAHQRh0QRh1QQBIIggbIQUgASgCACABIAgbIQogACgCBCAALQALIgMgA0EYdEEYdUEASCIDGyEEIAAoAgAgACADGyEJQQAhAwNAAkAgBQRAIAQgCWoiDCADIAlqIgRrIgMgBUgNASAKLQAAIQ0DQCADIAVrIgNBAWoiBiADSQ0CIAQgDSAGECUiA0UNAiADIAogBRCTAQRAIAwgA0EBaiIEayIDIAVODQEMAwsLIAMgDEYNASADIAlrIQMLIANBf0YNACAAIAMgCyAHIAgbIAIoAgAgAiACLQALIgVBGHRBGHVBAEgiBBsgAigCBCAFIAQbEOgCIAEoAgQiCyABLQALIgcgB0EYdEEYdUEASCIIGyEFIAEoAgAgASAIGyEKIAAoAgAgACAALQALIgRBGHRBGHVBAEgiBhshCSAAKAIEIAQgBhsiBCACKAIEIAItAAsiBiAGQRh0QRh1QQBIGyADaiIDTw0BCwsLdwEDfwJAIAAoAgQgAC0ACyIDIANBGHRBGHVBAEgiARsiAkUNACAAKAIAIAAgARsiASACakF/aiICIAFNDQADQCABLQAAIQMgASACLQAAOgAAIAIgAzoAACABQQFqIgEgAkF/aiICSQ0ACyAAKAIEGiAALQALGgsLuQEBBH8jAEEQayICIgEjAkkEQBATCyABJAAgAkEANgIIIAJCADcDACACIAAQpAcaAkAgAigCACIBIAIoAgQiA0YNACADQX5qIgMgAU0NAANAIAEvAAAhBCABIAMvAAA7AAAgAyAEOwAAIAFBAmoiASADQX5qIgNJDQALCyAAIAIQowcgAigCBCACKAIAIgFrQQF1IQMgAQRAIAIgATYCBCABEDwLIAJBEGoiACMCSQRAEBMLIAAkACADC68EAQt/IwBBEGsiAiIBIwJJBEAQEwsgASQAAkAgACgCBCAAKAIAIgFrQQxtQQJJDQAgAkEANgIIIAJCADcDACACIAEQnAggACgCBCIBIAAoAgAiBGtBDG1BAk8EQEEBIQkDQCAEIAlBDGxqIQUCQAJAAkAgAigCACIDIAIoAgQiBkYNACAFKAIEIAUtAAsiASABQRh0QRh1QQBIIgEbIQcgBSgCACAFIAEbIQoDQAJAIAMoAgQgAy0ACyIEIARBGHRBGHVBAEgiARsgB0cNACADKAIAIQggAUUEQCAHRQ0DIAMhCyAKIgEtAAAgCEH/AXFHDQEDQCAEQX9qIgRFDQQgAS0AASEIIAFBAWohASAIIAtBAWoiCy0AAEYNAAsMAQsgB0UNAiAIIAMgARsgCiAHEJMBRQ0CCyADQQxqIgMgBkcNAAsMAQsgAyAGRw0BCyACKAIIIAZHBEAgBiAFENECGiACIAIoAgRBDGo2AgQMAQsgAiAFEJwICyAJQQFqIgkgACgCBCIBIAAoAgAiBGtBDG1JDQALCyAAIAIoAgA2AgAgAiAENgIAIAAgAigCBDYCBCACIAE2AgQgACgCCCEDIAAgAigCCDYCCCACIAM2AgggBEUNACABIARGBH8gBAUDQCABQXRqIQMgAUF/aiwAAEF/TARAIAMoAgAQPAsgAyIBIARHDQALIAIoAgALIQEgAiAENgIEIAEQPAsgAkEQaiIAIwJJBEAQEwsgACQAC1kBAn8CQAJ/AkAgAS8AACIDQekARw0ADAALQcSlCSgCACICRQ0BIAMgAiADQQZsai8BAiICRg0BIAJBCHYLIQMgASACOgAAIAEgAzoAAQsgACABLwAAOwAAC1wBAX8CQAJAIABB6QBHDQAgAUGmf2oiAkEKSw0AQbACIQEgAkEBaw4JAAAAAAAAAAAAAQtBxKUJKAIAIgFFBEAgACEBDAELIAEgAEEGbGovAQIhAQsgAUH//wNxC30BA38CQAJAAkAgAS8AACIDQckARw0AIAJBpn9qIgVBCksNAEEBIQRBMSECIAVBAWsOCQAAAAAAAAAAAAELQcSlCSgCACICRQ0BIAMgAiADQQZsai8BBCICRg0BIAJBCHYhBAsgASACOgAAIAEgBDoAAQsgACABLwAAOwAAC1wBAX8CQAJAIABByQBHDQAgAUGmf2oiAkEKSw0AQbECIQEgAkEBaw4JAAAAAAAAAAAAAQtBxKUJKAIAIgFFBEAgACEBDAELIAEgAEEGbGovAQQhAQsgAUH//wNxC1YBAn8gACgCBCAALQALIgIgAkEYdEEYdUEASCICGyIDBEAgACgCACAAIAIbIgIgA2ohAwNAIAIgASACLQAAQQNsai0AAjoAACACQQFqIgIgA0cNAAsLC1YBAn8gACgCBCAALQALIgIgAkEYdEEYdUEASCICGyIDBEAgACgCACAAIAIbIgIgA2ohAwNAIAIgASACLQAAQQNsai0AAToAACACQQFqIgIgA0cNAAsLC7ABAQh/IAAoAgQiAiAAKAIAIgNHBEAgAiADa0EBdSEHQQAhAkHEpQkoAgAhBCABQaZ/aiIIQQpLIQkDQAJAAkACQCADIAJBAXRqIgEvAAAiBUHJAEcNACAJDQBBASEGQTEhACAIQQFrDgkAAAAAAAAAAAABCyAERQ0BIAUgBCAFQQZsai8BBCIARg0BIABBCHYhBgsgASAGOgABIAEgADoAAAsgAkEBaiICIAdJDQALCwuwAQEIfyAAKAIEIgIgACgCACIDRwRAIAIgA2tBAXUhB0EAIQJBxKUJKAIAIQQgAUGmf2oiCEEKSyEJA0ACQAJAAkAgAyACQQF0aiIBLwAAIgVB6QBHDQAgCQ0AQQEhBkEwIQAgCEEBaw4JAAAAAAAAAAAAAQsgBEUNASAFIAQgBUEGbGovAQIiAEYNASAAQQh2IQYLIAEgBjoAASABIAA6AAALIAJBAWoiAiAHSQ0ACwsLPgEBfyAAKAIEIAAtAAsiAiACQRh0QRh1QQBIIgIbBEAgACgCACAAIAIbIgIgASACLQAAQQNsai0AAjoAAAsLggEBA38CQCAAKAIAIgIgACgCBEYNAAJAAkAgAi8AACIAQekARw0AIAFBpn9qIgRBCksNAEEBIQNBMCEBIARBAWsOCQAAAAAAAAAAAAELQcSlCSgCACIBRQ0BIAAgASAAQQZsai8BAiIBRg0BIAFBCHYhAwsgAiABOgAAIAIgAzoAAQsLPgEBfyAAKAIEIAAtAAsiAiACQRh0QRh1QQBIIgIbBEAgACgCACAAIAIbIgIgASACLQAAQQNsai0AAToAAAsLggEBA38CQCAAKAIAIgIgACgCBEYNAAJAAkAgAi8AACIAQckARw0AIAFBpn9qIgRBCksNAEEBIQNBMSEBIARBAWsOCQAAAAAAAAAAAAELQcSlCSgCACIBRQ0BIAAgASAAQQZsai8BBCIBRg0BIAFBCHYhAwsgAiABOgAAIAIgAzoAAQsL7gEBA38CQCAALAALIgFBf0wEQCAAKAIEQQFqEF0hAiAAKAIAIQAMAQsgAUH/AXFBAWoQXSECCyACIQMgAC0AACIBBEADQAJAAkAgAUG/f2pB/wFxQRlNBEAgAUEgaiEBDAELIAFBn39qQf8BcUEaSQ0AIAFBUGpB/wFxQQlLDQELIAMgAToAACADQQFqIQMLIAAtAAEhASAAQQFqIQAgAQ0ACwtBACEBIANBADoAAAJAA0AgAiABQQN0QaD7AGooAgAQQ0UNASABQQFqIgFBFkcNAAsgAhA8QdCkCA8LIAIQPCABQQN0QaT7AGooAgALTQEBfyAAKAIAIAAgACwAC0EASBshAAJAA0AgACABQQN0QdD8AGooAgAQQ0UNASABQQFqIgFBHEcNAAtB5wcPCyABQQN0QdT8AGooAgALmQEBBH9BwKUJQcClCSgCAEEBajYCAEHEpQkoAgBFBEBBxKUJQYCAGBBdIgI2AgADQCACIABBBmxqIgEgADsBBCABQQA6AAAgASAAOwECIABBAWoiAEGAgARHDQALA0AgAiADQQZsIgBBsP4Aai8BAEEGbGoiAUEBOgAAIAEgAEGy/gBqKAEANgECIANBAWoiA0HYmQFHDQALCwtBAQJ/QcClCSgCACIAQQFOBEBBwKUJIABBf2oiADYCAAsCQEHEpQkoAgAiAUUNACAADQAgARA8QcSlCUEANgIACwvSAQEGfyABRQRAQQAPCyAAKAIEIAAtAAsiAiACQRh0QRh1QQBIIgIbIgRFBEBBAA8LIAAoAgAgACACGyIGIARqIQcgBiEAA0AgBSABIAAtAABBA2xqIgItAAIgAi0AAUZqIQUgAyACLQAAQQBHaiEDIABBAWoiACAHRw0ACyADRQRAQQAPC0EBIQACQCADQQFGQQAgASAGLQAAQQNsai0AACICGw0AQQIhACADIARGDQAgAyAFaiAERg0AQQRBAyACQf8BcRtBAyADQQFLGyEACyAAC6IDAQp/IAAoAgAiBiAAKAIEIglGBEBBAA8LQcSlCSgCACEFIAFBpn9qIgpBCkshCyAGIQQDQAJAAkACQAJAIAQvAAAiAEHJAEcNACALDQAgCkEBaw4JAAAAAAAAAAAAAQsgACECIAUEQCAFIABBBmxqLwEEIQILIAMgACACQf//A3FHaiEDIABB6QBHDQEgCw0BQbACIQggCkEBaw4JAQEBAQEBAQEBAgsgA0EBaiEDQbECIQILIAVFBEAgACEIDAELIAUgAEEGbGovAQIhCAsgByAIQf//A3EgAkH//wNxRmohByAEQQJqIgQgCUcNAAsgA0UEQEEADwsCQAJAAkACQCAGLwAAIgBByQBHDQAgAUGmf2oiBEEKSw0AQbECIQIgBEEBaw4JAAAAAAAAAAAAAQtBACEEQcSlCSgCACICRQ0BIAIgAEEGbGovAQQhAgsgACACQf//A3EiBUchBEEBIQIgA0EBRw0AIAAgBUcNAQtBAiECIAMgCSAGa0EBdSIARg0AIAMgB2ogAEYNAEEEQQMgBBtBAyADQQFLGyECCyACC+0CAQl/IwBBIGsiAiIDIwJJBEAQEwsgAyQAIAJBADYCGCACQgA3AxAgAkEANgIIIAJCADcDACACQRBqIAAQpAcaIAIoAhAiAyACKAIURwRAA0AgAyAHQQF0aiEFIAEoAgQiCSABKAIAIgNrIgQEQCAEQQF1IQQgBS8AACEKA0AgAyAEQQF2IghBAXRqIgZBAmogAyAGLwAAIApJIgYbIQMgBCAIQX9zaiAIIAYbIgQNAAsLAkAgAyAJRwRAIAUvAAAgAy8AAE8NAQsgAigCBCIDIAIoAghHBEAgAyAFLwAAOwAAIAIgAigCBEECajYCBAwBCyACIAUQpQcLIAdBAWoiByACKAIUIAIoAhAiA2tBAXVJDQALCyAAIAIQowcgAigCBCACKAIAIgNrIQQgAwRAIAIgAzYCBCADEDwLIARBAXUhBCACKAIQIgMEQCACIAM2AhQgAxA8CyACQSBqIgAjAkkEQBATCyAAJAAgBAurAgEFfyMAQRBrIgUiAyMCSQRAEBMLIAMkACAAKAIAIAAgAC0ACyIDQRh0QRh1QQBIIgQbIgIgACgCBCADIAQbIgZqIQMgBSABENECIQQCQAJAIAZFDQADQCAEIAIsAABBABDsAkF/Rw0BIAJBAWoiAiADRw0ACyADIQIMAQsgAiADRg0AIAJBAWoiASADRg0AA0AgBCABLAAAQQAQ7AJBf0YEQCACIAEtAAA6AAAgAkEBaiECCyABQQFqIgEgA0cNAAsLIAAgAiAAKAIAIgEgACAALQALIgNBGHRBGHVBAEgiBBtrIAEgACgCBGogACADaiAEGyACaxDnAiAFLAALQX9MBEAgBSgCABA8CyAALQALGiAAKAIEGiAFQRBqIgAjAkkEQBATCyAAJAALrgMBCX8jAEEQayIFIgIjAkkEQBATCyACJAAgASgCBCABLQALIgIgAkEYdEEYdUEASBtFBEAgBSAAKAIAIAAgACwAC0EASBs2AgggACAFQQhqEKYHIgMgACgCACAAIAAtAAsiAkEYdEEYdUEASCIEGyAAKAIEIAIgBBtqRwRAA0AgB0EBTQRAAkAgB0EBaw0AIAUoAggiBCADayIIIAEoAghB/////wdxQX9qQQogAS0ACyIKQRh0QRh1IgJBAEgiCxsiCUsEQCABIAkgCCAJayABKAIEIAogCxsiAkEAIAJBABDeAiABLQALIQILIAEoAgAgASACQRh0QRh1QQBIGyECIAMgBEcEQANAIAIgAy0AADoAACACQQFqIQIgA0EBaiIDIARHDQALCyACQQA6AAAgASwAC0F/TARAIAEgCDYCBAwBCyABIAg6AAsLIAZBAWohBgsgB0EBaiEHIAAgBUEIahCmByIDIAAoAgAgACAALQALIgJBGHRBGHVBAEgiBBsgACgCBCACIAQbakcNAAsLIAZBAkYhAwsgBUEQaiIAIwJJBEAQEwsgACQAIAMLYgEBfyMAQRBrIgQiBSMCSQRAEBMLIAUkAAJAIAAgAUEAIgAQywdFDQBBASEAIANFDQAgAiABEKQHGiACKAIAIAIoAgQgBEEIahDNBwsgBEEQaiIBIwJJBEAQEwsgASQAIAALzgwBCX8DQCABQX5qIQkDQCAAIQMDQAJAAkACQAJAIAEgA2siAEEBdSIEQQVNBEACQAJAAkAgBEECaw4EAAECBAcLIAFBfmoiAC8AACIEIAMvAAAiBU8NBiADIAQ7AAAgACAFOwAADwsgAUF+aiIFLwAAIQAgAy8AAiIEIAMvAAAiBk8EQCAAQf//A3EgBE8NBiADIAA7AAIgBSAEOwAAIAMvAAIiACADLwAAIgRPDQYgAyAEOwACIAMgADsAAA8LIABB//8DcSAESQRAIAMgADsAACAFIAY7AAAPCyADIAY7AAIgAyAEOwAAIAUvAAAiACAGTw0FIAMgADsAAiAFIAY7AAAPCyABQX5qIQYgAy8ABCEEAkAgAy8AAiIAIAMvAAAiBU8EQCAEQf//A3EiCCAATwRAIAQhAAwCCyADIAA7AAQgAyAEOwACIAggBU8NASADIAU7AAIgAyAEOwAADAELAkAgBEH//wNxIgggAEkEQCADIAU7AAQgAyAEOwAADAELIAMgBTsAAiADIAA7AAAgCCAFTwRAIAQhAAwCCyADIAU7AAQgAyAEOwACCyAFIQALIAYvAAAiBCAAQf//A3FPDQQgAyAEOwAEIAYgADsAACADLwAEIgAgAy8AAiIETw0EIAMgBDsABCADIAA7AAIgACADLwAAIgRPDQQgAyAEOwACIAMgADsAAA8LIABBPUwEQCADLwAEIQACQCADLwACIgQgAy8AACIFTwRAIABB//8DcSIGIARPBEAgACEEDAILIAMgBDsABCADIAA7AAIgBiAFTw0BIAMgBTsAAiADIAA7AAAMAQsCQCAAQf//A3EiBiAESQRAIAMgBTsABCADIAA7AAAMAQsgAyAFOwACIAMgBDsAACAGIAVPBEAgACEEDAILIAMgBTsABCADIAA7AAILIAUhBAsgA0EGaiIAIAFGDQQgA0EEaiEGA0AgACIKIQUgAC8AACIIIARB//8DcUkEQANAAkAgBSAEOwAAIAMgBiIARgRAIAMhAAwBCyAAIQUgCCAAQX5qIgYvAAAiBEkNAQsLIAAgCDsAAAsgCkECaiIAIAFGDQUgCi8AACEEIAohBgwAAAsACyADIARBAm1BAXRqIQcCfyAAQc8PTgRAIAMgAyAEQQRtQQF0IgBqIAcgACAHaiAJENoHDAELIAkvAAAhBAJAIAcvAAAiACADLwAAIgVPBEBBACAEQf//A3EgAE8NAhogByAEOwAAIAkgADsAAEEBIAcvAAAiACADLwAAIgRPDQIaIAMgADsAACAHIAQ7AAAMAQsgBEH//wNxIABJBEAgAyAEOwAAIAkgBTsAAEEBDAILIAMgADsAACAHIAU7AABBASAJLwAAIgAgBU8NARogByAAOwAAIAkgBTsAAAtBAgshCyAJIQACQCADLwAAIgYgBy8AACIESQRADAELA0AgAEF+aiIAIANGBEAgA0ECaiEFIAYgCS8AACIESQ0FIAUgCUYNBgNAIAYgBS8AACIASQRAIAUgBDsAACAJIAA7AAAgBUECaiEFDAcLIAVBAmoiBSAJRw0ACwwGCyAALwAAIgUgBE8NAAsgAyAFOwAAIAAgBjsAACALQQFqIQsLIANBAmoiBSAATw0BA0AgBy8AACEIA0AgBSIEQQJqIQUgBC8AACIKIAgiBkkNAAsDQCAAQX5qIgAvAAAiCCAGTw0ACyAEIABLBEAgBCEFDAMFIAQgCDsAACAAIAo7AAAgACAHIAQgB0YbIQcgC0EBaiELDAELAAALAAsgAyADQQJqIANBBGogA0EGaiABQX5qENoHGgwCCwJAIAUgB0YNACAHLwAAIgAgBS8AACIETw0AIAUgADsAACAHIAQ7AAAgC0EBaiELCyALRQRAIAMgBRDbByEEIAVBAmoiACABENsHBEAgBSEBIAMhACAERQ0GDAMLIAQNBAsgBSADayABIAVrSARAIAMgBSACEM0HIAVBAmohAAwECyAFQQJqIAEgAhDNByAFIQEgAyEADAQLIAUgCSIARg0AA0AgAy8AACEIA0AgBSIEQQJqIQUgCCIGIAQvAAAiCk8NAAsDQCAGIABBfmoiAC8AACIISQ0ACyAEIABPBEAgBCEDDAMFIAQgCDsAACAAIAo7AAAMAQsAAAsACwsLCwsKACAAQXhqEKwHCxMAIAAgACgCAEF0aigCAGoQrAcLCQAgABCsBxA8CxEAIABBeGoiABCsBxogABA8CxoAIAAgACgCAEF0aigCAGoiABCsBxogABA8CyUAIABBjJsINgIAIAAsACtBf0wEQCAAKAIgEDwLIAAQ1gYaIAALJwAgAEGMmwg2AgAgACwAK0F/TARAIAAoAiAQPAsgABDWBhogABA8C6kCAgN/A34gASgCLCIFIAEoAhgiBkkEQCABIAY2AiwgBiEFC0J/IQoCQCAEQRhxIgdFDQAgA0EBRkEAIAdBGEYbDQAgBQRAIAFBIGohByAFIAEsACtBf0wEfyAHKAIABSAHC2usIQkLIANBAksNAAJAAkACQCADQQFrDgIAAQILIARBCHEEQCABKAIMIAEoAghrrCEIDAILIAYgASgCFGusIQgMAQsgCSEICyACIAh8IgJCAFMNACAJIAJTDQAgBEEIcSEDAkAgAlANACADBEAgASgCDEUNAgsgBEEQcUUNACAGRQ0BCyADBEAgASAFNgIQIAEgASgCCCACp2o2AgwLIARBEHEEQCABIAEoAhQgAqdqNgIYCyACIQoLIAAgCjcDCCAAQgA3AwALGgAgACABIAIpAwhBACADIAEoAgAoAhAREgALYAEDfyAAKAIsIgEgACgCGCICSQRAIAAgAjYCLCACIQELQX8hAgJAIAAtADBBCHFFDQAgACgCECIDIAFJBEAgACABNgIQIAEhAwsgACgCDCIAIANPDQAgAC0AACECCyACC44BAQJ/IAAoAiwiAyAAKAIYIgJJBEAgACACNgIsIAIhAwsCf0F/IAAoAgggACgCDCICTw0AGiABQX9GBEAgACADNgIQIAAgAkF/ajYCDEEADwsgAC0AMEEQcUUEQEF/IAJBf2otAAAgAUH/AXFHDQEaCyAAIAM2AhAgACACQX9qIgI2AgwgAiABOgAAIAELC7ADAQl/IwBBEGsiByICIwJJBEAQEwsgAiQAAn9BACABQX9GDQAaIAAoAgghCCAAKAIMIQkCQCAAKAIYIgQgACgCHCIFRwRAIAAoAiwhAwwBC0F/IAAtADBBEHFFDQEaIAAoAiwhBiAAKAIUIQUgAEEgaiICQQAQ4gJBCiEDIAYgBWshBiAEIAVrIQogAiAALAArQX9MBH8gACgCKEH/////B3FBf2oFIAMLENsCAn8gAiwACyIEQX9MBEAgACgCICECIAAoAiQMAQsgBEH/AXELIQQgACACNgIUIAAgAiAEaiIFNgIcIAAgAiAGaiIDNgIsIAAgAiAKaiIENgIYCyAHIARBAWoiAjYCDCAAIABBLGogB0EMaiACIANJGygCACIGNgIsIAAtADBBCHEEQCAJIAhrIQggAEEgaiEDIAAsACtBf0wEQCADKAIAIQMLIAAgBjYCECAAIAM2AgggACADIAhqNgIMCyAEIAVGBEAgACABQf8BcSAAKAIAKAI0EQIADAELIAAgAjYCGCAEIAE6AAAgAUH/AXELIQIgB0EQaiIAIwJJBEAQEwsgACQAIAIL0gMBBH8gAi8AACEGAkAgAS8AACIFIAAvAAAiCE8EQCAGIAVPBEAgBiEFDAILIAEgBjsAACACIAU7AABBASEHIAEvAAAiBiAALwAAIghPDQEgACAGOwAAIAEgCDsAACACLwAAIQVBAiEHDAELAn8gBiAFSQRAIAAgBjsAACACIAg7AABBAQwBCyAAIAU7AAAgASAIOwAAQQEhByACLwAAIgUgCE8NASABIAU7AAAgAiAIOwAAQQILIQcgCCEFCwJAIAMvAAAiBiAFQf//A3FPDQAgAiAGOwAAIAMgBTsAACACLwAAIgUgAS8AACIGTwRAIAdBAWohBwwBCyABIAU7AAAgAiAGOwAAIAEvAAAiBSAALwAAIgZPBEAgB0ECaiEHDAELIAAgBTsAACABIAY7AAAgB0EDaiEHCyAELwAAIgUgAy8AACIGSQR/IAMgBTsAACAEIAY7AAAgAy8AACIFIAIvAAAiBk8EQCAHQQFqDwsgAiAFOwAAIAMgBjsAACACLwAAIgUgAS8AACIDTwRAIAdBAmoPCyABIAU7AAAgAiADOwAAIAEvAAAiAiAALwAAIgVPBEAgB0EDag8LIAAgAjsAACABIAU7AAAgB0EEagUgBwsL6QYBB39BASEHAkAgASAAa0EBdSICQQVNBEACQAJAAkACQCACQQJrDgQAAQIDBQsgAUF+aiICLwAAIgMgAC8AACIETw0EIAAgAzsAACACIAQ7AABBAQ8LIAFBfmoiBC8AACEDIAAvAAIiAiAALwAAIgVPBEAgA0H//wNxIAJPDQQgACADOwACIAQgAjsAACAALwACIgIgAC8AACIDTw0EIAAgAzsAAiAAIAI7AABBAQ8LIANB//8DcSACSQRAIAAgAzsAACAEIAU7AABBAQ8LIAAgBTsAAiAAIAI7AAAgBC8AACICIAVPDQMgACACOwACIAQgBTsAAEEBDwsgAUF+aiEFIAAvAAQhAwJAIAAvAAIiAiAALwAAIgRPBEAgA0H//wNxIgYgAk8EQCADIQIMAgsgACACOwAEIAAgAzsAAiAGIARPDQEgACAEOwACIAAgAzsAAAwBCwJAIANB//8DcSIGIAJJBEAgACAEOwAEIAAgAzsAAAwBCyAAIAQ7AAIgACACOwAAIAYgBE8EQCADIQIMAgsgACAEOwAEIAAgAzsAAgsgBCECCyAFLwAAIgMgAkH//wNxTw0CIAAgAzsABCAFIAI7AAAgAC8ABCICIAAvAAIiA08NAiAAIAM7AAQgACACOwACIAIgAC8AACIDTw0CIAAgAzsAAiAAIAI7AABBAQ8LIAAgAEECaiAAQQRqIABBBmogAUF+ahDaBxpBAQ8LIAAvAAQhAgJAIAAvAAIiAyAALwAAIgRPBEAgAkH//wNxIgUgA08EQCACIQMMAgsgACADOwAEIAAgAjsAAiAFIARPDQEgACAEOwACIAAgAjsAAAwBCwJAIAJB//8DcSIFIANJBEAgACAEOwAEIAAgAjsAAAwBCyAAIAQ7AAIgACADOwAAIAUgBE8EQCACIQMMAgsgACAEOwAEIAAgAjsAAgsgBCEDCyAAQQZqIgIgAUYNACAAQQRqIQcDQAJAIAIiBiEEIAIvAAAiBSADQf//A3FJBEADQAJAIAQgAzsAACAAIAciAkYEQCAAIQIMAQsgAiEEIAUgAkF+aiIHLwAAIgNJDQELCyACIAU7AAAgCEEBaiIIQQhGDQELIAEgBkECaiICRgRAQQEPBSAGLwAAIQMgBiEHDAILAAsLIAZBAmogAUYhBwsgBwulBQEFfyMAQRBrIgMiBCMCSQRAEBMLIAQkACAAQQA2AjAgACACNgIoIABCADcCHCAAQgA3AgggAEIANwIAIABCADcCNCAAQgA3AhQgAEIDNwJEIABCgICAgMAANwI8IABBDzYCLCAAQQA2AiQgAEEANgIQAkACQCACRQ0AIAAgAigC+CI2AjggACAAKAIoEKUCNgIAIAAgACgCKCgC3CE2AjwgACgCKCgCzCFBAE4EQCAAIAAoAigoAswhNgJACyAAIAAoAigoArAgNgI0IAAoAigoAtAhQQBOBEAgACAAKAIoKALQITYCRAsgACgCNEUEQCAAIAAoAigQjQIQwwc2AjALIAAgACgCKCgCtCA2AkggACgCACIFRQ0AIAAoAjQEQCADQQA2AgggA0IANwMAIAUQXiICQXBPDQIgAEEIaiEGAkACQCACQQtPBEAgAkEQakFwcSIHEF0hBCADIAdBgICAgHhyNgIIIAMgBDYCACADIAI2AgQMAQsgAyACOgALIAMhBCACRQ0BCyAEIAUgAhAaGgsgAiAEakEAOgAAIAAgBiADEKQHNgIEIAMsAAtBf0oNASADKAIAEDwMAQsgACAFEF42AgQLAkAgAUUNACAAIAEQpwciAjYCFCACRQ0AIAAgAhBeNgIYIAAoAjRFDQAgA0EANgIIIANCADcDACABEF4iAkFwTw0BIABBHGohBAJAAkAgAkELTwRAIAJBEGpBcHEiBhBdIQUgAyAGQYCAgIB4cjYCCCADIAU2AgAgAyACNgIEDAELIAMgAjoACyADIQUgAkUNAQsgBSABIAIQGhoLIAIgBWpBADoAACAAIAQgAxCkBzYCGCADLAALQX9KDQAgAygCABA8CyADQRBqIgEjAkkEQBATCyABJAAPCxDPAgALaAEBfyAAQQA2AiggACgCACIBBEAgARA8CyAAQgA3AgAgACgCFCIBBEAgARA8CyAAQQA2AiwgAEIANwIUIAAoAhwiAQRAIAAgATYCICABEDwLIAAoAggiAQRAIAAgATYCDCABEDwLIAALqgIBCX8CQCABKAIEIAEoAgAiDWsiBkEMbSIOIAAoAixGDQAgBgRAIAIoAgAgAiACLQALIgZBGHRBGHVBAEgiBxshDCACKAIEIAYgBxshCANAAkAgDSAKQQxsaiIHKAIEIActAAsiCyALQRh0QRh1QQBIIgYbIAhHDQAgBygCACEJIAZFBEAgCEUNBCAMIgYtAAAgCUH/AXFHDQEDQCALQX9qIgtFDQUgBi0AASEJIAZBAWohBiAJIAdBAWoiBy0AAEYNAAsMAQsgCEUNAyAJIAcgBhsgDCAIEJMBRQ0DCyAKQQFqIgogDkkNAAsLIAAgAiADIAQgBRDfB0UNACABKAIEIgYgASgCCEcEQCAGIAIQ0QIaIAEgASgCBEEMajYCBA8LIAEgAhCcCAsLzQ4BB38jAEGQA2siCyIFIwJJBEAQEwsgBSQAAkACQCADRQ0AIAMgAygCAEF/aiIFNgIAIARFDQAgBQ0AQQAhBRASIAQoAgBrQZChD0oNASADQeQANgIAC0EAIQUgACgCKCIDRQ0AIAJBAUYEQCADEKcCRQ0BIAAoAiggAUEAQQBB5ABBAEEAIAtBAEEBQQAQmQJFDQECQCAAKAIoIAEoAgAgASABLAALQQBIGxCcAiIHRQ0AIAcoAgQiA0UNACADIAcuAQIiBEEBdGohASAAKAIoLwHgICEIIAQEQANAIAMgBEEBdiICQQF0aiIGQQJqIAMgBi8BACAISSIGGyEDIAQgAkF/c2ogAiAGGyIEDQALCyABIANHBEAgCCADLwEATw0DCyAHKAIEIgMgBy4BAiIEQQF0aiEHIAAoAigvAeIgIQggBARAA0AgAyAEQQF2IgJBAXRqIgZBAmogAyAGLwEAIAhJIgYbIQMgBCACQX9zaiACIAYbIgQNAAsLIAMgB0YNACAIIAMvAQBPDQILQQMhBQwBCwJAAkACQAJAIAMgASgCACABIAEsAAtBAEgbEJwCIgcEQAJAIAcoAgQiA0UNACADIAcuAQIiBUEBdGohCCAAKAIoLwHgICEGIAUEQANAIAMgBUEBdiIEQQF0aiICQQJqIAMgAi8BACAGSSICGyEDIAUgBEF/c2ogBCACGyIFDQALCyADIAhHBEBBACEFIAYgAy8BAE8NBwsgBygCBCIDIAcuAQIiBUEBdGohCCAAKAIoLwHiICEGIAUEQANAIAMgBUEBdiIEQQF0aiICQQJqIAMgAi8BACAGSSICGyEDIAUgBEF/c2ogBCACGyIFDQALCyADIAhGDQBBACEFIAYgAy8BAE8NBgsDQCAHKAIEIgNFBEBBAyEJDAULIAMgBy4BAiIFQQF0aiEIIAAoAigvAeYgIQYgBQRAA0AgAyAFQQF2IgRBAXRqIgJBAmogAyACLwEAIAZJIgIbIQMgBSAEQX9zaiAEIAIbIgUNAAsLAkAgAyAIRwRAIAYgAy8BAE8NAQsgBygCBCICIAcvAQIiCUEQdEEQdSIGQQF0aiEKIAIhAyAGIQUgCQRAA0AgAyAFQQF2IgRBAXRqIghBAmogAyAILwEAQef/A0kiCBshAyAFIARBf3NqIAQgCBsiBQ0ACwsgAyAKRwRAIAMvAQBB6P8DSQ0BCyAAKAIoLwGAIyEEIAkEQANAIAIgBkEBdiIDQQF0aiIFQQJqIAIgBS8BACAESSIFGyECIAYgA0F/c2ogAyAFGyIGDQALCyACIApGDQMgBCACLwEASQ0DCyAHKAIMIgcNAAsMAgsgACgCKCABKAIAIAEgAS0ACyIDQRh0QRh1QQBIIgUbIAEoAgQgAyAFG0EAQQAQjgIhBwtBAyEJIAcNAQtBACEFQQIhCSAAKAIoIAEoAgAgASABLQALIgNBGHRBGHVBAEgiBBsgASgCBCADIAQbQQBBAEEAQQBBABCaAiIHDQAgACgCKCgCmCNFDQIgACgCKCABKAIAIAEgAS0ACyIDQRh0QRh1QQBIIgQbIAEoAgQgAyAEG0EAQQBBABCbAiIHDQBBASEEIAAoAiggASgCACABIAEtAAsiA0EYdEEYdUEASCICGyABKAIEIAMgAhtBAUEAEI8CIgdFDQIMAQsgB0EARyEECwJAIAcoAgQiAwRAIAMgBy4BAiIFQQF0aiEIIAAoAigvAeAgIQYgBQRAA0AgAyAFQQF2IgRBAXRqIgJBAmogAyACLwEAIAZJIgIbIQMgBSAEQX9zaiAEIAIbIgUNAAsLIAMgCEcEQEEAIQUgBiADLwEATw0DCyAHKAIEIgIgBy8BAiIBQRB0QRB1IgZBAXRqIQogAiEDIAEEQCAGIQUDQCADIAVBAXYiBEEBdGoiCEECaiADIAgvAQBB5/8DSSIIGyEDIAUgBEF/c2ogBCAIGyIFDQALCyADIApHBEBBACEFIAMvAQBB6P8DSQ0DCyAAKAIoLwHiICEEIAEEQANAIAIgBkEBdiIDQQF0aiIFQQJqIAIgBS8BACAESSIFGyECIAYgA0F/c2ogAyAFGyIGDQALCyACIApHBEBBACEFIAQgAi8BAE8NAwsgBygCBCIDIAcuAQIiBUEBdGohCCAAKAIoLwGAIyEGIAUEQANAIAMgBUEBdiIEQQF0aiICQQJqIAMgAi8BACAGSSICGyEDIAUgBEF/c2ogBCACGyIFDQALCyADIAhGDQFBACEFIAYgAy8BAEkNAQwCC0EAIQUgBEUNAQsCQCAAKAIoLwG4IEUNACAHKAIEIgMgBy4BAiIFQQF0aiEIIAAoAigvAbggIQYgBQRAA0AgAyAFQQF2IgRBAXRqIgJBAmogAyACLwEAIAZJIgIbIQMgBSAEQX9zaiAEIAIbIgUNAAsLIAMgCEYNACAJIQUgBiADLwEATw0BC0EBIQULIAtBkANqIgAjAkkEQBATCyAAJAAgBQvoCgEIfyMAQTBrIgYiBSMCSQRAEBMLIAUkACAGQQA2AiggBkIANwMgIAEoAgQhBCABKAIAIQUgBkEANgIYIAZCADcDECAEIAVrQQxtIQoCQCAAKAJIRQ0AIAZBEGogAhDjAgJAIAAoAjQEQCAGQRBqELUHGgwBCyAGQRBqELQHCyAGQRBqIQIgBiwAG0F/Sg0AIAYoAhAhAgsCQAJAIAAoAjQEQCAGQQA2AgggBkIANwMAIAIQXiIEQXBPDQICQAJAIARBC08EQCAEQRBqQXBxIgcQXSEFIAYgB0GAgICAeHI2AgggBiAFNgIAIAYgBDYCBAwBCyAGIAQ6AAsgBiEFIARFDQELIAUgAiAEEBoaCyAEIAVqQQA6AAAgBkEgaiAGEKQHIQggBiwAC0F/TARAIAYoAgAQPAsgCEF/Rg0BC0EAIQVBACEHA0AgCSELIAUhBAJAIAEoAgQgASgCAGtBDG0iBSAAKAIsTw0AIAAoAjQEQCAAIAEgBigCICAIIAQQ4QcMAQsgACABIAIgBBDiBwsgBSAHIAQbIQcCQCABKAIEIAEoAgBrQQxtIgUgACgCLCIJTw0AIAQEQCAFIAAoAkQgB2pPDQELIAAgASACIAQQ4wcgASgCBCABKAIAa0EMbSEFIAAoAiwhCQsCfyAFIAlJBEAgBARAQQAgBSAAKAJEIAdqTw0CGgsgACABIAIgBBDkBwsgASgCBCABKAIAa0EMbSEFQQAgBA0AGkEBIAsgBSAKSxsLIQkCQCAFIAAoAixPDQAgBARAIAUgACgCRCAHak8NAQsgACgCNARAIAAgASAGKAIgIAggBBDlBwwBCyAAIAEgAiAEEOYHCwJAIAEoAgQgASgCAGtBDG0iBSAAKAIsTw0AIAQEQCAFIAAoAkQgB2pPDQELIAAoAjQEQCAAIAEgBigCICAIIAQQ5wcMAQsgACABIAIgBBDoBwsCQCABKAIEIAEoAgBrQQxtIgUgACgCLE8NACAEBEAgBSAAKAJEIAdqTw0BCyAAKAI0BEAgACABIAYoAiAgCCAEEOkHDAELIAAgASACIAQQ6gcLAkAgASgCBCABKAIAa0EMbSIFIAAoAixPDQAgBARAIAUgACgCRCAHak8NAQsgACgCNARAIAAgASAGKAIgIAggBBDrBwwBCyAAIAEgAiAEEOwHCwJAIAEoAgQgASgCAGtBDG0iBSAAKAIsTw0AIAQEQCAFIAAoAkQgB2pPDQELIAAoAjQEQCAAIAEgBigCICAIIAQQ7QcMAQsgACABIAIgBBDuBwsCQCABKAIEIAEoAgBrQQxtIgUgACgCLE8NACAEBEAgBSAAKAJEIAdqTw0BCyAAKAI0BEAgACABIAYoAiAgCCAEEO8HDAELIAAgASACIAQQ8AcLAkAgASgCBCABKAIAa0EMbSIFIAAoAixPDQAgBARAIAUgACgCRCAHak8NAQsgACgCNARAIAAgASAGKAIgIAggBBDxBwwBCyAAIAEgAiAEEPIHCwJAIAEoAgQgASgCAGtBDG0iBSAAKAIsTw0AIAQEQCAFIAAoAkQgB2pPDQELIAAoAjQEQCAAIAEgBigCICAIIAQQ8wcMAQsgACABIAIgBBD0BwsCQCAAKAI8DQAgASgCBCABKAIAa0EMbSIFIAAoAixPDQAgBARAIAUgACgCRCAHak8NAQsgACABIAIgBBD1BwsgBEEBaiEFIAQgCXJFDQALIAkNACADRQ0AIAEoAgAgASgCBEYNACADQQE2AgALIAYsABtBf0wEQCAGKAIQEDwLIAYoAiAiAQRAIAYgATYCJCABEDwLIAZBMGoiACMCSQRAEBMLIAAkAA8LEM8CAAvXAQEDfyMAQSBrIgUiBiMCSQRAEBMLIAYkACAFQQA2AhggBUIANwMQAkAgAwRAIANBf0wNASAFIANBAXQiBxBdIgY2AhAgBSAGIANBAXRqIgM2AhggBiACIAcQGhogBSADNgIUCyAFQRBqIAAoAjgQvgcgBUEANgIIIAVCADcDACAFIAVBEGoQowcgACABIAUgBEEAQQAQ3gcgBSwAC0F/TARAIAUoAgAQPAsgBSgCECIDBEAgBSADNgIUIAMQPAsgBUEgaiIAIwJJBEAQEwsgACQADwsQcwAL0wEBBH8jAEEQayIEIgYjAkkEQBATCyAGJAAgBEEANgIIIARCADcDACACEF4iBUFwSQRAAkACQCAFQQtPBEAgBUEQakFwcSIHEF0hBiAEIAdBgICAgHhyNgIIIAQgBjYCACAEIAU2AgQMAQsgBCAFOgALIAQhBiAFRQ0BCyAGIAIgBRAaGgsgBSAGakEAOgAAIAQgACgCMBC7ByAAIAEgBCADQQBBABDeByAELAALQX9MBEAgBCgCABA8CyAEQRBqIgAjAkkEQBATCyAAJAAPCxDPAgALrwYBC38jAEEwayIFIgcjAkkEQBATCyAHJAAgBUEANgIoIAVCADcDIAJAAkAgAhBeQQJOBEAgACgCKCIEDQELIAEoAgQgASgCAGtBDG0aDAELIARB8CBqIgkoAgQgCSgCACIGRwRAA0AgAiEHA0AgBwJ/IAYgDEE8bCINaiIILQALIgRBGHRBGHVBf0oiC0UEQCAIKAIADAELIAgLEK4BIgoEQCALRQRAIAgoAgQhBAsCQEEDQQIgAiAKRiIOGyAOIAIQXiAKIAJrIgsgBGpGGyIERQRAQQAhBwwBCwNAAn8gCCAEQQxsaiIHLAAXIgZBf0wEQCAHKAIQDAELIAZB/wFxCwRAIAQhBwwCC0EAIQcgBEF/aiIGIAZBACAEQQJHGyAOGyIEDQALCwJAAn8gCCAHQQxsIgZqIgcsABciBEF/TARAIAcoAhAMAQsgBEH/AXELRQ0AIAVBIGogAhDjAiAFQSBqIAsQ2wIgBUEgaiAJKAIAIA1qIAZqIgRBDGoiBigCACAGIAQtABciB0EYdEEYdUEASCIIGyAEKAIQIAcgCBsQ4AIgBUEgagJ/IAkoAgAgDWoiBiwACyIEQX9MBEAgBigCBAwBCyAEQf8BcQsgCmoQ4QJBACEEIAAgASAFQSBqIANBAEEAEN4HIAVBIGpBIEEAEOwCIgZBf0YNAANAAkAgACAFQRBqIAVBIGogBCAGIARrIAVBIGoQ1AJBAEEAQQAQ3wdFBEAgBkEBaiEEDAELIAEoAgAhByABKAIEIQggACABIAUgBUEgaiAGQQFqIgRBfyAFQSBqENQCIANBAEEAEN4HIAggB2tBDG0gASgCBCABKAIAIgZrQQxtIgdJBEAgB0EMbCAGakF0aiAFQSBqENYCCyAFLAALQX9KDQAgBSgCABA8CyAFQSBqQSAgBBDsAiEGIAUsABtBf0wEQCAFKAIQEDwLIAZBf0cNAAsLIApBAWohByAJKAIAIQYMAQsLIAxBAWoiDCAJKAIEIAZrQTxtSQ0ACwsgASgCBCABKAIAa0EMbRogBSwAK0F/Sg0AIAUoAiAQPAsgBUEwaiIAIwJJBEAQEwsgACQAC7kBAQN/IwBBIGsiBCIFIwJJBEAQEwsgBSQAIARBADYCGCAEQgA3AxACQAJAIAIQXkECSA0AIAAoAigiBUUNACAFQYghaiIFKAIAIAUoAgRGDQAQEiEGIARB5AA2AgggBCAGNgIMIAAgAiAEQRBqQQAgASADIAUgBEEIaiAEQQxqEPYHIAQsABtBAE4NASAEKAIQEDwMAQsgASgCBCABKAIAa0EMbRoLIARBIGoiACMCSQRAEBMLIAAkAAvrBAEGfyMAQSBrIgUiBiMCSQRAEBMLIAYkAEEAIQYgBUEANgIYIAVCADcDEAJAAkAgA0UEQEEAIQMMAQsgA0F/TA0BIAUgA0EBdCIHEF0iBjYCECAFIAYgA0EBdGoiAzYCGCAGIAIgBxAaGiAFIAM2AhQLAkAgAyAGayIHQQF1QQFNBEAgASgCBCABKAIAayEDDAELQQAhAyAFQQA2AgggBUIANwMAAkAgB0ECRg0AA0AgBiADQQF0IgdqIggvAAAhCSAIIAYgA0EBaiIDQQF0IgpqIgYvAAA7AAAgBiAJOwAAIAUgBUEQahCjByAAIAEgBSAEQQBBABDeByAHIAUoAhAiBmoiBy8AACEIIAcgBiAKaiIGLwAAOwAAIAYgCDsAACADIAUoAhQgBSgCECIGa0EBdSIHQX9qSQ0ACyAHQX5xQQRHDQAgBiACLwACOwAAIAUoAhAgAi8AADsAAiAFKAIQIgMgAi8ABDsABCAFKAIUIgZBfGogBiADayACakF+ai8AADsAACAFKAIUIgNBfmogAyAFKAIQayACakF8ai8AADsAACAFIAVBEGoQowcgACABIAUgBEEAQQAQ3gcgBSgCFCAFKAIQIgNrQQpHDQAgAyACLwAAOwAAIAUoAhAgAi8ABDsAAiAFKAIQIAIvAAI7AAQgBSAFQRBqEKMHIAAgASAFIARBAEEAEN4HCyABKAIAIQMgASgCBCEGIAUsAAtBf0wEQCAFKAIAEDwLIAYgA2shAyAFKAIQIQYLIANBDG0aIAYEQCAFIAY2AhQgBhA8CyAFQSBqIgAjAkkEQBATCyAAJAAPCxBzAAvdBQEHfyMAQRBrIgQiBiMCSQRAEBMLIAYkACAEQQA2AgggBEIANwMAIAIQXiIFQXBJBEACQAJAIAVBC08EQCAFQRBqQXBxIgYQXSEIIAQgBkGAgICAeHI2AgggBCAINgIAIAQgBTYCBCAEIQYMAQsgBCAFOgALIAQiBiEIIAVFDQELIAggAiAFEBoaCyAFIAhqQQA6AAACQCAEKAIEIAYtAAsiBSAFQRh0QRh1IgdBAEgiCRtBAkkNAEEAIQUDQCAEKAIAIAQgCUEBcRsiByAFQQFqIghqIgktAAAhCiAJIAUgB2oiBy0AADoAACAHIAo6AAAgACABIAQgA0EAQQAQ3gcgBCgCACAEIAYsAAtBAEgbIgcgCGoiCS0AACEKIAkgBSAHaiIFLQAAOgAAIAUgCjoAACAIIgUgBCgCBCAGLAALIgdB/wFxIAdBAEgiCRsiCkF/akkNAAsgCkF+cUEERw0AIAQoAgAgBCAHQQBIGyACLQABOgAAIAQoAgAgBCAGLAALQQBIGyACLQAAOgABIAQoAgAgBCAGLAALQQBIGyACLQACOgACIAQoAgQgBi0ACyIFIAVBGHRBGHVBAEgiBRsiCCAEKAIAIAQgBRtqQX5qIAIgCGpBf2otAAA6AAAgBCgCBCAGLQALIgUgBUEYdEEYdUEASCIFGyIIIAQoAgAgBCAFG2pBf2ogAiAIakF+ai0AADoAACAAIAEgBCADQQBBABDeByAEKAIEIAYtAAsiBSAFQRh0QRh1IgdBAEgiBRtBBUcNACAEKAIAIAQgBRsgAi0AADoAACAEKAIAIAQgBiwAC0EASBsgAi0AAjoAASAEKAIAIAQgBiwAC0EASBsgAi0AAToAAiAAIAEgBCADQQBBABDeByAGLQALIQcLIAEoAgQgASgCAGtBDG0aIAdBGHRBGHVBf0wEQCAEKAIAEDwLIARBEGoiACMCSQRAEBMLIAAkAA8LEM8CAAuOAwEEfyMAQSBrIgUiBiMCSQRAEBMLIAYkACAFQQA2AhggBUIANwMQAkAgA0UEQCABKAIEIAEoAgBrQQxtGgwBCwJAAkAgA0F/SgRAIAUgA0EBdCIIEF0iBjYCECAFIAYgA0EBdGoiBzYCGCAGIAIgCBAaIQMgBSAHNgIUIAcgA00EQCABKAIEIAEoAgBrQQxtGgwDCyAFQQhqIQgDQCAGIAdJBEADQCADIAZrIgJBAXUgAkEfdSICaiACc0ECTgRAIAMvAAAhAiADIAYvAAA7AAAgBiACOwAAIAhBADYCACAFQgA3AwAgBSAFQRBqEKMHIAAgASAFIARBAEEAEN4HIAMvAAAhAiADIAYvAAA7AAAgBiACOwAAIAUsAAtBf0wEQCAFKAIAEDwLIAUoAhQhBwsgBkECaiIGIAdJDQALCyAFKAIQIQYgA0ECaiIDIAdJDQALDAELEHMACyABKAIEIAEoAgBrQQxtGiAGRQ0BCyAFIAY2AhQgBhA8CyAFQSBqIgAjAkkEQBATCyAAJAAL7QMBB38jAEEQayIFIgkjAkkEQBATCyAJJAAgBUEANgIIIAVCADcDACACEF4iBEFwSQRAAkACQCAEQQtPBEAgBEEQakFwcSIHEF0hBiAFIAdBgICAgHhyNgIIIAUgBjYCACAFIAQ2AgQgBSEJDAELIAUgBDoACyAFIgkhBiAERQ0BCyAGIAIgBBAaGgsgBCAGakEAOgAAIAUoAgAhCCAFKAIEIgogCS0ACyIEIARBGHRBGHUiAkEASCIEG0EBTgRAIAggBSACQQBIGyEGA0AgCCAFIARBAXEbIgQgCCAFIAJBGHRBGHVBAEgiBxsgCiACQf8BcSAHG2pJBEADQCAGIARrIgcgB0EfdSIHaiAHc0ECTgRAIAYtAAAhAiAGIAQtAAA6AAAgBCACOgAAIAAgASAFIANBAEEAEN4HIAYtAAAhAiAGIAQtAAA6AAAgBCACOgAAIAUoAgQhCiAFKAIAIQggCS0ACyECCyAEQQFqIgQgCCAFIAJBGHRBGHVBAEgiBxsgCiACQf8BcSAHG2pJDQALCyAGQQFqIgYgCCAFIAJBGHRBGHVBAEgiBBsgCiACQf8BcSAEG2pJDQALCyABKAIEIAEoAgBrQQxtGiAEBEAgCBA8CyAFQRBqIgAjAkkEQBATCyAAJAAPCxDPAgAL7wUBCX8jAEEwayIFIgYjAkkEQBATCyAGJAAgBUEANgIoIAVCADcDICAFQQA2AhggBUIANwMQAkAgA0UEQCABKAIEIAEoAgBrQQxtGgwBCwJAIANBf0oEQCAFIANBAXQiBxBdIgY2AhAgBSAGIANBAXRqIgo2AhggBiACIAcQGhogBSAKNgIUA0AgBSAGIAtBAXQiCGovAAAiCTsBDCAFIAk7AQogBUEOaiAFQQpqELcHIAUoAhAgCGogBS8BDjsAACAJQf8BcSIKIAUoAhAgCGovAAAiBkH/AXFGQQAgCUEIdiIMIAZBCHZGG0UEQCAFQSBqIAVBEGoQowcgACABIAVBIGogBEEAQQAQ3gcgBSgCECAIaiAJOwAACyAAKAIABEACQCAAKAIEIgdFBEBBACEGDAELIAAoAgghDUEAIQYDQCAKIA0gBkEBdGovAAAiAkH/AXFGQQAgAkEIdiAMRhsNASAGQQFqIgYgB0kNAAsLIAYgB0kEQANAAkAgBkUNACAAKAIIIAZBAXRqQX5qLwAAIgJB/wFxRUEAIAJBgP4DcUGA+AFGGw0AIAUoAhAgCGogAjsAACAFQSBqIAVBEGoQowcgACABIAVBIGogBEEAQQAQ3gcgACgCBCEHCwJAIAZBAWoiAiAHTw0AIAAoAgggAkEBdGovAAAiAkH/AXFFQQAgAkGA/gNxQYD4AUYbDQAgBSgCECAIaiACOwAAIAVBIGogBUEQahCjByAAIAEgBUEgaiAEQQBBABDeByAAKAIEIQcLA0AgBkEBaiIGIAdJBEAgACgCCCAGQQF0ai8AACICQf8BcSAKRw0BIAJBCHYgDEcNAQsLIAYgB0kNAAsLIAUoAhAgCGogCTsAAAsgBSgCECEGIAMgC0EBaiILRw0ACwwBCxBzAAsgASgCBCABKAIAa0EMbRogBkUNACAFIAY2AhQgBhA8CyAFLAArQX9MBEAgBSgCIBA8CyAFQTBqIgAjAkkEQBATCyAAJAAL0wQBBX8jAEEQayIFIgcjAkkEQBATCyAHJAAgBUEANgIIIAVCADcDAAJAIAIQXiIEQXBJBEACQAJAIARBC08EQCAEQRBqQXBxIggQXSEGIAUgCEGAgICAeHI2AgggBSAGNgIAIAUgBDYCBCAFIQcMAQsgBSAEOgALIAUiByEGIARFDQELIAYgAiAEEBoaCyAEIAZqQQA6AAAgBSgCBCAHLQALIgQgBEEYdEEYdUEASCIEG0UNAUEAIQgDQCAFKAIAIAUgBEEBcRsgCGoiBCAAKAIwIAQsAAAiAkH/AXEiBEEDbGotAAI6AAAgBSgCACAFIAcsAAtBAEgbIAhqLQAAIARHBEAgACABIAUgA0EAQQAQ3gcgBSgCACAFIAcsAAtBAEgbIAhqIAI6AAALIAAoAgAiBgRAAkAgBiACEGAiBEUNAANAAkAgBCAGTQ0AIARBf2otAAAiBkH8AEYNACAFKAIAIAUgBywAC0EASBsgCGogBjoAACAAIAEgBSADQQBBABDeBwsgBEEBaiEGAkAgBC0AASIERQ0AIARB/ABGDQAgBSgCACAFIAcsAAtBAEgbIAhqIAQ6AAAgACABIAUgA0EAQQAQ3gcLIAYgAhBgIgRFDQEgACgCACEGDAAACwALIAUoAgAgBSAHLAALQQBIGyAIaiACOgAACyAIQQFqIgggBSgCBCAHLQALIgQgBEEYdEEYdUEASCIEG0kNAAsMAQsQzwIACyABKAIEIAEoAgBrQQxtGiAEBEAgBSgCABA8CyAFQRBqIgAjAkkEQBATCyAAJAAL/AIBBn8jAEEgayIFIgYjAkkEQBATCyAGJABBACEGIAVBADYCGCAFQgA3AxACQCADBEAgA0F/TA0BIAUgA0EBdCIIEF0iBjYCECAFIAYgA0EBdGoiBzYCGCAGIAIgCBAaGiAFIAc2AhQLAkAgByAGayIDQQF1QQJJDQAgA0UNACADQQF1IQIgBUEIaiEJQQAhAwNAIAUgBiACIANBf3NqQQF0IgJqIgYvAAA7AQ4gByAGQQJqIgprIgdBAXUhCCAHBEAgBiAKIAcQcAsgBSAGIAhBAXRqNgIUIAlBADYCACAFQgA3AwAgBSAFQRBqEKMHIAAgASAFIARBAEEAEN4HIAVBEGogBSgCECACaiAFQQ5qEPcHIAUsAAtBf0wEQCAFKAIAEDwLIANBAWoiAyAFKAIUIgcgBSgCECIGa0EBdSICSQ0ACwsgASgCBCABKAIAa0EMbRogBgRAIAUgBjYCFCAGEDwLIAVBIGoiACMCSQRAEBMLIAAkAA8LEHMAC5MDAQZ/IwBBEGsiBCIHIwJJBEAQEwsgByQAIARBADYCCCAEQgA3AwAgAhBeIgVBcEkEQAJAAkAgBUELTwRAIAVBEGpBcHEiBxBdIQYgBCAHQYCAgIB4cjYCCCAEIAY2AgAgBCAFNgIEIAQhBwwBCyAEIAU6AAsgBCIHIQYgBUUNAQsgBiACIAUQGhoLIAUgBmpBADoAACAEKAIEIgggBy0ACyIFIAVBGHRBGHUiAkEASCIGG0ECTwRAQQAhBQNAAkAgBkEBcQRAIAQoAgAiAiAIIAVBf3NqIghqIQYMAQsgBCACQf8BcSAFQX9zaiIIaiEGIAQhAgsgBiwAACEJIAQgBiACa0EBEOcCIAAgASAEIANBAEEAEN4HIAQgBCgCACAEIAcsAAtBAEgbIAhqIAkQ5gIgBUEBaiIFIAQoAgQiCCAHLQALIgYgBkEYdEEYdSICQQBIIgYbSQ0ACwsgASgCBCABKAIAa0EMbRogAkF/TARAIAQoAgAQPAsgBEEQaiIAIwJJBEAQEwsgACQADwsQzwIAC9IDAQZ/IwBBMGsiBSIGIwJJBEAQEwsgBiQAIAVBADYCKCAFQgA3AyACQCADBEAgA0F/TA0BIAUgA0EBdCIHEF0iBjYCICAFIAYgA0EBdGoiAzYCKCAGIAIgBxAaGiAFIAM2AiQLIAUQEjYCHCAFQeQANgIYAkAgACgCGARAIAUoAiAhBiAFKAIkIQcgBUEQaiEJA0AgByAGa0EBdSECQQAhAwNAIAVBIGogBiACIANrQQF0IgJqIAAoAhwgCEEBdGoQ9wcgCUEANgIAIAVCADcDCCAFQQhqIAVBIGoQowcgACABIAVBCGogBCAFQRhqIAVBHGoQ3gcCfyAFKAIYRQRAIAEoAgQgASgCAGtBDG0aQQEMAQsgBSgCJCAFKAIgIAJqIgZBAmoiCmsiAkEBdSEHIAIEQCAGIAogAhBwCyAFIAYgB0EBdGo2AiRBAAshBiAFLAATQX9MBEAgBSgCCBA8CyAGDQMgBSgCJCIHIAUoAiAiBmtBAXUiAiADQQFqIgNPDQALIAhBAWoiCCAAKAIYSQ0ACwsgASgCBCABKAIAa0EMbRoLIAUoAiAiAwRAIAUgAzYCJCADEDwLIAVBMGoiACMCSQRAEBMLIAAkAA8LEHMAC6QDAQV/IwBBIGsiBCIFIwJJBEAQEwsgBSQAIARBADYCGCAEQgA3AxAgAhBeIgVBcEkEQAJAAkAgBUELTwRAIAVBEGpBcHEiBxBdIQYgBCAHQYCAgIB4cjYCGCAEIAY2AhAgBCAFNgIUDAELIAQgBToAGyAEQRBqIQYgBUUNAQsgBiACIAUQGhoLIAUgBmpBADoAACAEEBI2AgwgBEHkADYCCAJAIAAoAhhFDQAgBCgCFCEHIAQtABshBgNAQQAhBSAGQRh0QRh1QQBIIQIDQCAEQRBqIAQoAhAgBEEQaiACQQFxIgIbIAcgBkH/AXEgAhsgBWsiBmogACgCFCAIaiwAABDmAiAAIAEgBEEQaiADIARBCGogBEEMahDeByAEKAIIRQ0CIARBEGogBkEBEOcCIAVBAWoiBSAEKAIUIgcgBC0AGyIGIAZBGHRBGHUiBkEASCICG00NAAsgCEEBaiIIIAAoAhhJDQALCyABKAIEIAEoAgBrQQxtGiAELAAbQX9MBEAgBCgCEBA8CyAEQSBqIgAjAkkEQBATCyAAJAAPCxDPAgALigUBB38jAEEgayIFIgcjAkkEQBATCyAHJAAgBUEANgIYIAVCADcDEAJAAkACQAJAAn8gA0UEQEEAIQdBAAwBCyADQX9MDQEgBSADQQF0IggQXSIGNgIQIAUgBiADQQF0aiIHNgIYIAYgAiAIEBoaIAUgBzYCFCAHCyEDIAcgBmtBAXVBAkkNAyAGIANPDQIgBUEIaiEJIAchCANAAkAgBkECaiIKIANJBH9BAiEIIAohAwNAIAMvAAAhByADIANBfmoiCy8AADsAACALIAc7AAACQCAIQQRIDQAgCUEANgIAIAVCADcDACAFIAVBEGoQowcgACABIAUgBEEAQQAQ3gcgBSwAC0F/Sg0AIAUoAgAQPAsgA0ECaiIDIAUoAhQiB0kEQCADIAZrIghBFEgNAQsLIAciAwUgCAsgBSgCECIGayIIRQRAIAMhCAwBCyAGIAIgCBBwIAUoAhQiCCEHIAghAwsgCiIGIANJDQALDAELEHMACyAFKAIQIQYLIAYgB08NACAFQQhqIQogByEJA0ACQCAHQX5qIgcgBk0NACAHIQggCSAHIgNrIgtBFE4NAANAIANBfmoiAy8AACEGIAMgCC8AADsAACAIIAY7AAACQCALQQRIDQAgCkEANgIAIAVCADcDACAFIAVBEGoQowcgACABIAUgBEEAQQAQ3gcgBSwAC0F/Sg0AIAUoAgAQPAsgAyAFKAIQIgZNDQEgAyEIIAkgA2siC0EUSA0ACwsgByEJIAUoAhQgBmsiAwRAIAYgAiADEHAgBSgCECEGCyAGIAdJDQALCyABKAIEIAEoAgBrQQxtGiAGBEAgBSAGNgIUIAYQPAsgBUEgaiIAIwJJBEAQEwsgACQAC4sGAQt/IwBBEGsiBCIFIwJJBEAQEwsgBSQAIARBADYCCCAEQgA3AwACQAJAIAIQXiIFQXBJBEACQAJAIAVBC08EQCAFQRBqQXBxIgcQXSEGIAQgB0GAgICAeHI2AgggBCAGNgIAIAQgBTYCBCAEIQsMAQsgBCAFOgALIAQiCyEGIAVFDQELIAYgAiAFEBoaCyAFIAZqQQA6AAAgBCgCBCIJIAstAAsiBiAGQRh0QRh1IgdBAEgiBRsiCEECSQ0CIAQoAgAiCiAEIAdBAEgbIQwgCEEATARAIAwhCAwCCwNAAkAgDEEBaiIOIAogBCAHQRh0QRh1QQBIIgYbIAkgB0H/AXEgBhsiCGpPDQBBASEIIA4hBQNAIAUtAAAhBiAFIAVBf2oiBy0AADoAACAHIAY6AAAgCEECTgRAIAAgASAEIANBAEEAEN4HCyAFQQFqIgUgBCgCACIKIAQgCy0ACyINQRh0QRh1IgdBAEgiBhsgBCgCBCIJIA0gBhsiCGpPDQEgBSAMayIIQQpIDQALIAkgDSAHQQBIGyEICyAIBEAgCiAEIAYbIAIgCBBwIAstAAshByAEKAIAIQogBCgCBCEJCyAOIgwgCiAEIAdBGHRBGHVBAEgiBRsiCCAJIAdB/wFxIgYgBRtqSQ0ACwwBCxDPAgALIAhBAWoiDCAJIApqIAQgBmogBRsiCUYNAANAIAkhDSAJQX9qIgkhBiAKIAQgB0EYdEEYdUEASBsiCiAJIgVHBEADQCANIAVrIgdBCkgEQCAGLQAAIQggBiAGQX9qIgUtAAA6AAAgBSAIOgAAIAdBAk4EQCAAIAEgBCADQQBBABDeBwsgBSEGIAUgCkcNAQsLIAstAAshBwsgBCgCBCAHQf8BcSAHQRh0QRh1QQBIIgUbIgYEQCAEKAIAIAQgBRsgAiAGEHALIAstAAshByAJIAxGDQEgBCgCACEKDAAACwALIAEoAgQgASgCAGtBDG0aIAdBGHRBGHVBf0wEQCAEKAIAEDwLIARBEGoiACMCSQRAEBMLIAAkAAuaAwEIfyMAQTBrIgUiBiMCSQRAEBMLIAYkACAFQQA2AiggBUIANwMgAkAgAwRAIANBf0wNASAFIANBAXQiBxBdIgY2AiAgBSAGIANBAXRqIgg2AiggBiACIAcQGhogBSAINgIkCyAFQQA2AhggBUIANwMQIAUQEjYCDCAFQeQANgIIAkAgACgCGCICRQ0AIANBAUghCgNAIAMhBiAKRQRAA0AgBkF/aiIIQQF0IgsgBSgCIGoiDC8AACIHQf8BcSAAKAIcIAlBAXRqLwAAIgJB/wFxRkEAIAdBCHYgAkEIdkYbRQRAIAwgAjsAACAFQRBqIAVBIGoQowcgACABIAVBEGogBCAFQQhqIAVBDGoQ3gcgBSgCCEUNBCAFKAIgIAtqIAc7AAALIAZBAUohAiAIIQYgAg0ACyAAKAIYIQILIAlBAWoiCSACSQ0ACwsgASgCBCABKAIAa0EMbRogBSwAG0F/TARAIAUoAhAQPAsgBSgCICIGBEAgBSAGNgIkIAYQPAsgBUEwaiIAIwJJBEAQEwsgACQADwsQcwALkQMBBn8jAEEgayIEIgUjAkkEQBATCyAFJAAgBEEANgIYIARCADcDECACEF4iBUFwSQRAAkACQCAFQQtPBEAgBUEQakFwcSIHEF0hBiAEIAdBgICAgHhyNgIYIAQgBjYCECAEIAU2AhQMAQsgBCAFOgAbIARBEGohBiAFRQ0BCyAGIAIgBRAaGgsgBSAGakEAOgAAIAQQEjYCDCAEQeQANgIIAkAgACgCGCIIRQ0AQQAhBwNAIAQoAhAiBiAEKAIUaiAELQAbIgUgBEEQamogBUEYdEEYdUEASCICGyIFIAYgBEEQaiACGyIJRwRAA0AgACgCFCAHai0AACIGIAVBf2oiBS0AACICRwRAIAUgBjoAACAAIAEgBEEQaiADIARBCGogBEEMahDeByAEKAIIRQ0EIAUgAjoAAAsgBSAJRw0ACyAAKAIYIQgLIAdBAWoiByAISQ0ACwsgASgCBCABKAIAa0EMbRogBCwAG0F/TARAIAQoAhAQPAsgBEEgaiIAIwJJBEAQEwsgACQADwsQzwIAC/sCAQh/IwBBIGsiBiIFIwJJBEAQEwsgBSQAAkACQCADQQVIDQAgACgCKEUNACACIANBAXRqIQpBAiEIQQAhBQNAIAUhC0EAIQUCQCACIAhBAXRqIgkvAAAiB0H/AXEgCUF8ai8AACIMQf8BcUcNACAHQQh2IAxBCHZHDQAgC0EBaiIFQQNHDQBBACEHIAZBADYCGCAGQgA3AxAgCSACa0F+aiIFBEAgBUF/TA0EIAYgBRBdIgc2AhAgBiAHIAVBAXVBAXRqNgIYIAYgByACIAUQGiAFaiIHNgIUCyAGQRBqIAcgCUECaiAKEPgHIAZBADYCCCAGQgA3AwAgBiAGQRBqEKMHIAAgASAGIARBAEEAEN4HIAYsAAtBf0wEQCAGKAIAEDwLIAYoAhAiBQRAIAYgBTYCFCAFEDwLQQAhBQsgCEEBaiIIIANHDQALCyABKAIAIQUgASgCBCEIIAZBIGoiACMCSQRAEBMLIAAkACAIIAVrQQxtGg8LEHMAC5UDAQp/IwBBEGsiBSIEIwJJBEAQEwsgBCQAAkACQCACEF4iCUEFSA0AIAAoAihFDQAgAiAJaiEKQQIhByAFQQhqIQtBACEEA0AgBCEGQQAhBAJAIAIgB2oiCC0AACAIQX5qLQAARw0AIAZBAWoiBEEDRw0AIAtBADYCACAFQgA3AwAgCEF/aiIMIAJrIgZBcE8NAwJAIAZBCk0EQCAFIAY6AAsgBSEEDAELIAZBEGpBcHEiDRBdIQQgBSANQYCAgIB4cjYCCCAFIAQ2AgAgBSAGNgIECyACIQYDQCAEIAYtAAA6AAAgBEEBaiEEIAZBAWoiBiAMRw0ACyAEQQA6AAAgBSAFKAIAIAUgBS0ACyIEQRh0QRh1QQBIIgYbIAUoAgQgBCAGG2ogCEEBaiAKEPkHGiAAIAEgBSADQQBBABDeByAFLAALQX9MBEAgBSgCABA8C0EAIQQLIAdBAWoiByAJRw0ACwsgASgCACEEIAEoAgQhBiAFQRBqIgAjAkkEQBATCyAAJAAgBiAEa0EMbRoPCxDPAgALsgsBDH8jAEEQayIFIgQjAkkEQBATCyAEJAACQCACEF4iCEECSgRAIAAoAjhBJEYEQCAAIAIgCBD6ByEOCyAIQQJqEDsiCEEBaiACEG4hAgJAIAgtAAJFDQAgBUEIaiENQQEhCwNAIAJBf2ogAi0AADoAACAIIAtqIQIgACgCNARAIAggC0EBaiIEaiIGLQAAIgdBwAFxQYABRgRAA0AgAiAHOgAAIAYhAiAIIAQiC0EBaiIEaiIGLQAAIgdBwAFxQYABRg0ACwsgAi0AAUUNAgsgAkEAOgAAIA1BADYCACAFQgA3AwAgCBBeIgRBcE8NAwJAAkAgBEELTwRAIARBEGpBcHEiBxBdIQYgBSAHQYCAgIB4cjYCCCAFIAY2AgAgBSAENgIEDAELIAUgBDoACyAFIQYgBEUNAQsgBiAIIAQQGhoLIAQgBmpBADoAACAAIAUgA0EAQQAQ3wchBiAFLAALQX9MBEAgBSgCABA8CwJAIAZFDQAgDUEANgIAIAVCADcDACACQQFqIg8QXiIEQXBPDQQCQAJAIARBC08EQCAEQRBqQXBxIgoQXSEHIAUgCkGAgICAeHI2AgggBSAHNgIAIAUgBDYCBAwBCyAFIAQ6AAsgBSEHIARFDQELIAcgDyAEEBoaCyAEIAdqQQA6AAAgACAFIANBAEEAEN8HIQQgBSwAC0F/TARAIAUoAgAQPAsgBEUNACACQSA6AAACQCAODQAgACgCOEEkRw0AAkAgAkF/ai0AACIHIAItAAFGBEAgC0ECTgRAIAcgAkF+ai0AAEYNAgsgByACLQACRg0BCyAGQQNHDQEgBEECSA0BCyACQS06AAALQQAhBkEBIQogASgCBCIJIQcCQCAJIAEoAgAiBEYNAANAIAgQXiIMIAQgBkEMbGoiBygCBCAHLQALIgogCkEYdEEYdUEASBtGBEBBACEKIAdBAEF/IAggDBD2AiEMIAEoAgQhCSABKAIAIgQhByAMRQ0CC0EBIQogBCEHIAZBAWoiBiAJIARrQQxtSQ0ACwsgCSAHa0EMbSAAKAIsTw0CAkAgCkUNACANQQA2AgAgBUIANwMAIAgQXiIEQXBPDQUCQAJAIARBC08EQCAEQRBqQXBxIgcQXSEGIAUgB0GAgICAeHI2AgggBSAGNgIAIAUgBDYCBAwBCyAFIAQ6AAsgBSEGIARFDQELIAYgCCAEEBoaCyAEIAZqQQA6AAACQCAJIAEoAghHBEAgCSAFENECGiABIAEoAgRBDGo2AgQMAQsgASAFEJwICyAFLAALQX9KDQAgBSgCABA8CyAAKAIUIgRFDQAgBEHhABBgRQRAIARBLRBgRQ0BCyAAIA8Q+wdBAkgNACAAIAgQ+wcgACACEPsHa0ECSA0AIAJBLToAAEEAIQICfwJAIAEoAgQiCSABKAIAIgRGBEAgCSEEDAELA0AgCBBeIgwgBCACQQxsaiIGKAIEIAYtAAsiByAHQRh0QRh1QQBIG0YEQCAGQQBBfyAIIAwQ9gIhBiABKAIAIQQgASgCBCEJQQAgBkUNAxoLIAJBAWoiAiAJIARrQQxtSQ0ACwsgCgshByAJIARrQQxtIAAoAixPDQIgB0UNACANQQA2AgAgBUIANwMAIAgQXiICQXBPDQQCQAJAIAJBC08EQCACQRBqQXBxIgYQXSEEIAUgBkGAgICAeHI2AgggBSAENgIAIAUgAjYCBAwBCyAFIAI6AAsgBSEEIAJFDQELIAQgCCACEBoaCyACIARqQQA6AAACQCAJIAEoAghHBEAgCSAFENECGiABIAEoAgRBDGo2AgQMAQsgASAFEJwICyAFLAALQX9KDQAgBSgCABA8CyAIIAtBAWoiC2oiAi0AAQ0ACwsgCBA8CyABKAIAIQIgASgCBCEIIAVBEGoiACMCSQRAEBMLIAAkACAIIAJrQQxtGg8LEM8CAAuEBgELfwJAIAEgA2oiES0AAARAAkAgBigCBCIKIAYoAgAiC0cEQANAQQAhDiALIBJBDGwiDGoiCSgCBCAJKAIARwRAA0ACQCALIAxqIg0oAgAgDkEMbGoiCSwACyIKQX9MBEAgCSgCBCEKIAkoAgAhCQwBCyAKQf8BcSEKCwJAIAkgESAKEGwNAEEBIRMgDSgCBCANKAIARg0AIAIoAgQgAi0ACyIJIAlBGHRBGHVBAEgbIQ8gAyAKaiEQQQAhCgNAAkAgAiAPENsCIAIgBigCACAMaigCACAKQQxsaiIJKAIAIAkgCS0ACyILQRh0QRh1QQBIIg0bIAkoAgQgCyANGxDgAiAAIAEgAiAQIAQgBSAGIAcgCBD2ByAHKAIARQ0AIApBAWoiCiAGKAIAIgsgDGoiCSgCBCAJKAIAa0EMbUkNAQwCCwsgBEEEaiEPDAcLIA5BAWoiDiALIAxqIgkoAgQgCSgCAGtBDG1JDQALIAYoAgQhCgsgEkEBaiISIAogC2tBDG1JDQALIBMNAQsgAiARLAAAEOICIAAgASACIANBAWogBCAFIAYgByAIEPYHCyAEQQRqIQ8MAQsgBEEEaiEPIAQoAgQiCSAEKAIAIgFHBEAgAigCACACIAItAAsiBkEYdEEYdUEASCIKGyEOIAIoAgQgBiAKGyENIAkgAWtBDG0hEANAAkAgASALQQxsaiIGKAIEIAYtAAsiCiAKQRh0QRh1QQBIIgkbIA1HDQAgBigCACEMIAlFBEAgDUUNBCAOIgktAAAgDEH/AXFHDQEDQCAKQX9qIgpFDQUgCS0AASEMIAlBAWohCSAMIAZBAWoiBi0AAEYNAAsMAQsgDUUNAyAMIAYgCRsgDiANEJMBRQ0DCyALQQFqIgsgEEkNAAsLIAAgAiAFIAcgCBDfB0UNACAEKAIEIgkgBCgCAGtBDG0gACgCLE8NACAJIAQoAghHBEAgCSACENECGiAEIAQoAgRBDGo2AgQMAQsgBCACEJwICyAPKAIAIAQoAgBrQQxtGguYBAEHfyAAKAIEIgUgACgCCCIESQRAIAEgBUYEQCABIAIvAAA7AAAgACAAKAIEQQJqNgIEDwsgBSABa0F+aiEGIAVBfmoiBCAFSQRAIAUhAwNAIAMgBC8AADsAACAAIAAoAgRBAmoiAzYCBCAEQQJqIgQgBUkNAAsLIAYEQCAFIAZBAXVBAXRrIAEgBhBwCyABIAEgAk0EfyACQQJqIAIgACgCBCACSxsFIAILLwAAOwAADwsCQAJAIAUgACgCACIGayIDQX1KBEACf0EAIANBAXVBAWoiAyAEIAZrIgQgBCADSRtB/////wcgBEEBdUH/////A0kbIgNFDQAaIANBf0wNAiADQQF0EF0LIQUgBSABIAZrIghBAXUiCUEBdGohBCAFIANBAXRqIQcCQCADIAlHDQAgCEEBTgRAIAQgA0EBakF+bUEBdGohBAwBCyADQQF0QQEgAxsiBEF/TA0DIARBAXQiAxBdIgcgBEEBdkH+////B3FqIQQgAyAHaiEHIAVFDQAgBRA8IAAoAgAhBgsgBCACLwAAOwAAIAQgASAGayIDayEFIANBAU4EQCAFIAYgAxAaGgsgBEECaiEDIAAoAgQgAWsiAkEBTgRAIAMgASACEBogAmohAwsgACAHNgIIIAAgAzYCBCAAKAIAIQMgACAFNgIAIAMEQCADEDwLDwsQcwALQcmfCBCTCAALQcmfCBCTCAALlQQBBX8CQAJAAkAgAyACayIEQQFIDQAgBEEBdSIEIAAoAggiBiAAKAIEIgdrQQF1TARAAkAgBCAHIAFrIgZBAXUiCEwEQCAHIQUgAyEIDAELIAchBSADIAIgCEEBdGoiCGsiA0EBTgRAIAcgCCADEBoaIAAgACgCBCADaiIFNgIECyAGQQFIDQILIAUgASAEQQF0IgRqayEGIAUgBGsiBCAHSQRAIAUhAwNAIAMgBC8AADsAACAAIAAoAgRBAmoiAzYCBCAEQQJqIgQgB0kNAAsLIAYEQCAFIAZBAXVBAXRrIAEgBhBwCyAIIAJrIgRFDQEgASACIAQQcA8LIAcgACgCACIFa0EBdSAEaiIEQX9MDQECf0EAIAQgBiAFayIHIAcgBEkbQf////8HIAdBAXVB/////wNJGyIGRQ0AGiAGQX9MDQMgBkEBdBBdCyIIIAEgBWtBAXVBAXRqIQcCQCACIANGBEAgByEEDAELIAchBANAIAQgAi8AADsAACAEQQJqIQQgAkECaiICIANHDQALIAAoAgAhBQsgBkEBdCEGIAcgASAFayICayEDIAJBAU4EQCADIAUgAhAaGgsgBiAIaiEGIAAoAgQgAWsiAkEBTgRAIAQgASACEBogAmohBCAAKAIAIQULIAAgBjYCCCAAIAQ2AgQgACADNgIAIAUEQCAFEDwLCw8LEHMAC0HJnwgQkwgAC94EAQd/IwBBEGsiBSIEIwJJBEAQEwsgBCQAIAECfyAALQALIgRBGHRBGHUiCEF/TARAIAAoAgAMAQsgAAtrIQcCQAJAAkAgAyACayIGRQ0AAkACfyAIQX9MBEAgACgCBCEKIAAoAgAMAQsgBCEKIAALIgkgAksNACAJIApqIAJNDQAgBUEANgIIIAVCADcDACAGQXBPDQMCQCAGQQpNBEAgBSAGOgALIAUhBAwBCyAGQRBqQXBxIgcQXSEEIAUgB0GAgICAeHI2AgggBSAENgIAIAUgBjYCBAsgAiADRwRAA0AgBCACLQAAOgAAIARBAWohBCACQQFqIgIgA0cNAAsLIARBADoAACAAIAEgBSgCACAFIAUtAAsiAkEYdEEYdUEASCIEGyIDIAMgBSgCBCACIAQbahD5ByECIAUsAAtBf0oNAiAFKAIAEDwMAgsCQCAIQQBOBH9BCgUgACgCBCEEIAAoAghB/////wdxQX9qCyIBIARrIAZPBEACfyAIQX9MBEAgACgCAAwBCyAACyEBIAQgB2siCEUNASABIAdqIgkgBmogCSAIEHAMAQsgACABIAQgBmogAWsgBCAHQQAgBhDeAiAAKAIAIQELIAQgBmohBAJAIAAsAAtBf0wEQCAAIAQ2AgQMAQsgACAEOgALCyABIARqQQA6AAAgAiADRg0AIAEgB2ohBANAIAQgAi0AADoAACAEQQFqIQQgAkEBaiICIANHDQALCyAALAALQX9MBH8gACgCAAUgAAsgB2ohAgsgBUEQaiIAIwJJBEAQEwsgACQAIAIPCxDPAgALtQMBB38CfwJAIAAoAigiA0UNAAJ/QQAgAyABEJwCIghFDQAaIAggCCgCBCIDRQ0AGiADIAguAQIiBEEBdGohCSAAKAIoLwHmICEGIAQEQANAIAMgBEEBdiIHQQF0aiIFQQJqIAMgBS8BACAGSSIFGyEDIAQgB0F/c2ogByAFGyIEDQALCwJAIAMgCUcEQCAGIAMvAQBPDQELIAgoAgQiAyAILgECIgRBAXRqIQkgACgCKC8BgCMhBiAEBEADQCADIARBAXYiB0EBdGoiBUECaiADIAUvAQAgBkkiBRshAyAEIAdBf3NqIAcgBRsiBA0ACwsgCCADIAlGDQEaIAggBiADLwEASQ0BGgtBAAshBCAAKAIoIAEgAkEBQQAQjgJFBEAgACgCKCABIAJBAEEAQQBBAEEAEJoCIQQLIARFDQAgBCgCBCIDRQ0AIAMgBC4BAiIEQQF0aiEBIAAoAigvAeAgIQYgBARAA0AgAyAEQQF2IgdBAXRqIgVBAmogAyAFLwEAIAZJIgUbIQMgBCAHQX9zaiAHIAUbIgQNAAsLIAEgA0YNAEEBIAYgAy8BAE8NARoLQQALC4ACAQN/IwBBIGsiAiIDIwJJBEAQEwsgAyQAAkACQCAAKAI0BEAgAkEANgIYIAJCADcDECACQQA2AgggAkIANwMAIAEQXiIAQXBPDQICQAJAIABBC08EQCAAQRBqQXBxIgQQXSEDIAIgBEGAgICAeHI2AgggAiADNgIAIAIgADYCBAwBCyACIAA6AAsgAiEDIABFDQELIAMgASAAEBoaCyAAIANqQQA6AAAgAkEQaiACEKQHIQAgAiwAC0F/TARAIAIoAgAQPAsgAigCECIBRQ0BIAIgATYCFCABEDwMAQsgARBeIQALIAJBIGoiASMCSQRAEBMLIAEkACAADwsQzwIAC+F/AiV/AXwjAEGAIWsiBSIGIwJJBEAQEwsgBiQAIAVB4B1qQQBBkAMQGRogBUHQGmpBAEGQAxAZGgNAIARBAnQiBiAFQbAUamogBEGcf2wiBzYCACAFQcAXaiAGaiAHNgIAIARBAWoiBEHkAEcNAAsgBUGoFGpBADYCACAFQgA3A6AUAkAgACgCSEUNACAFQaAUaiACEOMCAkAgACgCNARAIAVBoBRqELUHGgwBCyAFQaAUahC0BwsgBUGgFGohAiAFLACrFEF/Sg0AIAUoAqAUIQILIAVBADYCmBQgBUIANwOQFCACEF4iJiEUAkACQAJAIAAoAjRFDQAgBUH4DGpBADYCACAFQgA3A/AMIAIQXiIEQXBPDQECQAJAIARBC08EQCAEQRBqQXBxIgcQXSEGIAUgB0GAgICAeHI2AvgMIAUgBjYC8AwgBSAENgL0DAwBCyAFIAQ6APsMIAVB8AxqIQYgBEUNAQsgBiACIAQQGhoLIAQgBmpBADoAACAFQZAUaiAFQfAMahCkByEUIAUsAPsMQX9KDQAgBSgC8AwQPAtBBCEdIBRBf0YEQEEAIR0gAEEANgI0QQEhIiAmIRQLIAVBfzYCjBQgACgCKCIEBEAgBCgCyCEhIAsgBUGIFGpBADYCACAFQgA3A4AUIAVB+BNqQQA2AgAgBUIANwPwEyAFQQA2AugTIAVCADcD4BMCQAJAICBFDQACQCAAKAI0BEAgBUH4DGpBADYCACAFQgA3A/AMIAIQXiIEQXBPDQMCQAJAIARBC08EQCAEQRBqQXBxIgcQXSEGIAUgB0GAgICAeHI2AvgMIAUgBjYC8AwgBSAENgL0DAwBCyAFIAQ6APsMIAVB8AxqIQYgBEUNAQsgBiACIAQQGhoLIAQgBmpBADoAACAFQeATaiAFQfAMahCkBxogBSwA+wxBf0wEQCAFKALwDBA8CyAFQeATaiAAKAI4EL4HIAVB8BNqIAVB4BNqEKMHDAELIAVB8BNqIAIQ4wIgIg0AIAVB8BNqIAAoAjAQuwcLIAVB8AxqIAVB8BNqICAQ0wEgBUGAFGogBUHwDGoQ1gIgBSwA+wxBf0oNACAFKALwDBA8CwJAIAAoAigiBEUNACAELwHgICEKIAAoAigiBEUNACAELwHiICEPIAAoAigiBEUNACAELwHkICEOIAAoAigiBEUNACAELwGAIyERCyAFQQA2AtgTIAVCADcD0BMgBUEANgLIEyAFQgA3A8ATAkAgACgCNARAIAVB+AxqQQA2AgAgBUIANwPwDCACEF4iBEFwTw0BAkACQCAEQQtPBEAgBEEQakFwcSIHEF0hBiAFIAdBgICAgHhyNgL4DCAFIAY2AvAMIAUgBDYC9AwMAQsgBSAEOgD7DCAFQfAMaiEGIARFDQELIAYgAiAEEBoaCyAEIAZqQQA6AAAgBUHQE2ogBUHwDGoQpAcaIAUsAPsMQX9MBEAgBSgC8AwQPAsgBUHAE2ogBUGAFGoQpAcaCyAFQbgTakEANgIAIAVCADcDsBMgBUEANgKoEyAFQgA3A6ATIAMoAgQgAygCAEYNA0HjACEeIAVB+AxqISNB4wAhJANAQQAhEANAICRBAnQiKCAFQbAUamohJwNAAn8CQAJAAn8CQAJAAkACQAJAIAMoAgAgIUECdGooAgAgBUGMFGogEBDEASIQBEACQCAQKAIEIglFDQAgACgCKEUNACAJIBAvAQIiDUEQdEEQdSILQQF0aiEMIAkhBCALIQYgDQRAA0AgBCAGQQF2IgdBAXRqIghBAmogBCAILwEAIApJIggbIQQgBiAHQX9zaiAHIAgbIgYNAAsLIAQgDEcEQCAKIAQvAQBPDQwLIAkhBCALIQYgDQRAA0AgBCAGQQF2IgdBAXRqIghBAmogBCAILwEAQef/A0kiCBshBCAGIAdBf3NqIAcgCBsiBg0ACwsgBCAMRwRAIAQvAQBB6P8DSQ0MCyAJIQQgCyEGIA0EQANAIAQgBkEBdiIHQQF0aiIIQQJqIAQgCC8BACAPSSIIGyEEIAYgB0F/c2ogByAIGyIGDQALCyAEIAxHBEAgDyAELwEATw0MCyAJIQQgCyEGIA0EQANAIAQgBkEBdiIHQQF0aiIIQQJqIAQgCC8BACAOSSIIGyEEIAYgB0F/c2ogByAIGyIGDQALCyAEIAxHBEAgDiAELwEATw0MCyANBEADQCAJIAtBAXYiBEEBdGoiBkECaiAJIAYvAQAgEUkiBhshCSALIARBf3NqIAQgBhsiCw0ACwsgCSAMRg0AIBEgCS8BAE8NCwsgACgCNARAICNBADYCACAFQgA3A/AMIBBBEWoiBxBeIgRBcE8NAgJAAkAgBEELTwRAIARBEGpBcHEiCBBdIQYgBSAIQYCAgIB4cjYC+AwgBSAGNgLwDCAFIAQ2AvQMDAELIAUgBDoA+wwgBUHwDGohBiAERQ0BCyAGIAcgBBAaGgsgBCAGakEAOgAAIAVBoBNqIAVB8AxqEKQHGiAFLAD7DEF/TARAIAUoAvAMEDwLIAAgBUHQE2ogBUGgE2oQ/QchHyAdBEAgBUGgE2ogACgCOBC9BwsgHyAFKAKkEyAFKAKgEyIGayIMRQ0KGiAMQQF1IQkgBSgC1BMgBSgC0BMiHGsiGkEBdSEVQQAhGCAaQQJODQgMCQsgBUGwE2ogEEERahDjAiAFKAKwEyAFQbATaiAFLAC7E0EASBshBAJAIAAoAkgEQCACEF4iBiAEEF4iB0wEQEEBIQsgBCAGakF/ai0AACAEIAdqQX9qLQAARg0CC0EAIQsMAQtBACELIAAoAjAiBkUNACACLQAAIgcgBC0AACIIRwRAIAYgCEEDbGotAAEgB0EYdEEYdUcNAQsgAiEGA0ACQCAGQQFqIQcgBi0AASIIRQ0AIAQtAAEhCSAEQQFqIQQgByEGIAggCUH/AXFGDQELCyAHIAJrIQsLIB0EQCAFQbATaiAAKAIwELwHCyAjQQA2AgAgBUIANwPwDCACEF4iBEFwTw0CAkACQCAEQQtPBEAgBEEQakFwcSIHEF0hBiAFIAdBgICAgHhyNgL4DCAFIAY2AvAMIAUgBDYC9AwMAQsgBSAEOgD7DCAFQfAMaiEGIARFDQELIAYgAiAEEBoaCyAEIAZqQQA6AABBACAFKAK0EyAFLQC7EyIEIARBGHRBGHVBAEgbIg1FDQYaQQAhBiAFKAL0DCAFLQD7DCIEIARBGHRBGHUiCEEASBsiB0EBSA0FQQEhBCAFQbATaiAFKALwDCAFQfAMaiAIQQBIG0EBEOkCQX9HIQYgB0EBRw0DDAQLICFBAWoiISADKAIEIAMoAgBrQQJ1SQ0LDA8LEM8CAAsQzwIACwNAIAYgBUGwE2ogBSgC8AwgBUHwDGogBSwA+wxBAEgbIARqQQEQ6QJBf0dqIQYgBEEBaiIEIAdHDQALCyAGQQJJDQAgB0ECSA0AIAdBf2ohCUEAIQRBACEIA0AgCCAFQbATaiAFKALwDCAFQfAMaiAFLAD7DEEASBsgBGpBAhDpAkF/R2ohCCAEQQFqIgQgCUcNAAsgBiAIaiEGIAhBAkkNACAHQQNIDQAgB0F+aiEJQQAhBEEAIQgDQCAIIAVBsBNqIAUoAvAMIAVB8AxqIAUsAPsMQQBIGyAEakEDEOkCQX9HaiEIIARBAWoiBCAJRw0ACyAGIAhqIQYLQQIgDSAHayIEa0EAIARBAkobIAZqCyEHIAUsAPsMQX9MBEAgBSgC8AwQPAsgByALagwCC0EAIQ0DQAJAIAxBAkgNACAcIA1BAXRqIgRBAWohCyAELQAAIQhBACEEA0ACQCAGIARBAXRqIgctAAAgCEH/AXFGBEAgCy0AACAHLQABRg0BCyAJIARBAWoiBEcNAQwCCwsgGEEBaiEYCyANQQFqIg0gFUcNAAsgGEECSA0AIBpBBEgNACAVQX9qIRIgCUF/aiELQQAhFkEAIRcDQAJAIAxBBEgNACAcIBZBAXRqIgRBA2ohEyAEQQJqIRkgBEEBaiENIAQtAAAhCEEAIQQDQAJAIAYgBEEBdGoiBy0AACAIQf8BcUcNACANLQAAIActAAFHDQAgGS0AACAGIARBAWpBAXRqIgctAABHDQAgEy0AACAHLQABRw0AIBdBAWohFwwCCyAEQQFqIgQgC0cNAAsLIBZBAWoiFiASRw0ACyAXIBhqIRggF0ECSA0AIBpBBkgNACAVQX5qIRogCUF+aiELQQAhFkEAIRsDQAJAIAxBBkgNACAcIBZBAXRqIgRBBWohFyAEQQRqIRIgBEEDaiETIARBAmohGSAEQQFqIQ0gBC0AACEIQQAhBANAAkAgBiAEQQF0aiIHLQAAIAhB/wFxRw0AIA0tAAAgBy0AAUcNACAZLQAAIAYgBEEBakEBdGoiBy0AAEcNACATLQAAIActAAFHDQAgEi0AACAGIARBAmpBAXRqIgctAABHDQAgFy0AACAHLQABRw0AIBtBAWohGwwCCyAEQQFqIgQgC0cNAAsLIBZBAWoiFiAaRw0ACyAYIBtqIRgLQQIgCSAVayIEa0EAIARBAkobIBhqIB9qCyEGAkAgBSwAuxNBf0wEQCAFKAKwE0EAOgAAIAVBADYCtBMMAQsgBUEAOgC7EyAFQQA6ALATCwJAIBAtABAiBEEEcUUNAAJ/QQAgBEUNABogECAQLQAAakESaiIHIARBAnFFDQAaIAcoAAALIQcgI0EANgIAIAVCADcD8AwCfwJAAkACfwJAAkACQAJAIAcQXiIEQXBJBEACQAJAIARBC08EQCAEQRBqQXBxIgkQXSEIIAUgCUGAgICAeHI2AvgMIAUgCDYC8AwgBSAENgL0DAwBCyAFIAQ6APsMIAVB8AxqIQggBEUNAQsgCCAHIAQQGhoLIAQgCGpBADoAACAFQoCAgICAgICAAzcC1AYgBUGgnwgvAAA7AdAGIAVBop8ILQAAOgDSBiAFQQA6ANMGIAVBsBNqIAVB8AxqIAVB0AZqELIHIQQgBSwA2wZBf0wEQCAFKALQBhA8CyAFLAD7DEF/TARAIAUoAvAMEDwLIARFDQkgACgCNARAIAVBoBNqIAVBsBNqEKQHGiAAIAVB0BNqIAVBoBNqEP0HIRogHQRAIAVBoBNqIAAoAjgQvQcLIBogBSgCpBMgBSgCoBMiB2siFUUNCRogFUEBdSELIAUoAtQTIAUoAtATIhZrIhdBAXUhGUEAIRIgF0ECTg0HDAgLIAUoArATIAVBsBNqIAUsALsTQQBIGyEEAkAgACgCSARAIAIQXiIHIAQQXiIITARAQQEhDSAEIAdqQX9qLQAAIAQgCGpBf2otAABGDQILQQAhDQwBC0EAIQ0gACgCMCIHRQ0AIAItAAAiCCAELQAAIglHBEAgByAJQQNsai0AASAIQRh0QRh1Rw0BCyACIQcDQAJAIAdBAWohCCAHLQABIglFDQAgBC0AASELIARBAWohBCAIIQcgCSALQf8BcUYNAQsLIAggAmshDQsgHQRAIAVBsBNqIAAoAjAQvAcLICNBADYCACAFQgA3A/AMIAIQXiIEQXBPDQECQAJAIARBC08EQCAEQRBqQXBxIggQXSEHIAUgCEGAgICAeHI2AvgMIAUgBzYC8AwgBSAENgL0DAwBCyAFIAQ6APsMIAVB8AxqIQcgBEUNAQsgByACIAQQGhoLIAQgB2pBADoAAEEAIAUoArQTIAUtALsTIgQgBEEYdEEYdUEASBsiDEUNBRpBACEHIAUoAvQMIAUtAPsMIgQgBEEYdEEYdSIJQQBIGyIIQQFIDQRBASEEIAVBsBNqIAUoAvAMIAVB8AxqIAlBAEgbQQEQ6QJBf0chByAIQQFHDQIMAwsQzwIACxDPAgALA0AgByAFQbATaiAFKALwDCAFQfAMaiAFLAD7DEEASBsgBGpBARDpAkF/R2ohByAEQQFqIgQgCEcNAAsLIAdBAkkNACAIQQJIDQAgCEF/aiELQQAhBEEAIQkDQCAJIAVBsBNqIAUoAvAMIAVB8AxqIAUsAPsMQQBIGyAEakECEOkCQX9HaiEJIARBAWoiBCALRw0ACyAHIAlqIQcgCUECSQ0AIAhBA0gNACAIQX5qIQtBACEEQQAhCQNAIAkgBUGwE2ogBSgC8AwgBUHwDGogBSwA+wxBAEgbIARqQQMQ6QJBf0dqIQkgBEEBaiIEIAtHDQALIAcgCWohBwtBAiAMIAhrIgRrQQAgBEECShsgB2oLIQggBSwA+wxBf0wEQCAFKALwDBA8CyAIIA1qDAILQQAhDANAAkAgFUECSA0AIBYgDEEBdGoiBEEBaiENIAQtAAAhCUEAIQQDQAJAIAcgBEEBdGoiCC0AACAJQf8BcUYEQCANLQAAIAgtAAFGDQELIAsgBEEBaiIERw0BDAILCyASQQFqIRILIAxBAWoiDCAZRw0ACyASQQJIDQAgF0EESA0AIBlBf2ohHyALQX9qIQ1BACETQQAhGwNAAkAgFUEESA0AIBYgE0EBdGoiBEEDaiEYIARBAmohHCAEQQFqIQwgBC0AACEJQQAhBANAAkAgByAEQQF0aiIILQAAIAlB/wFxRw0AIAwtAAAgCC0AAUcNACAcLQAAIAcgBEEBakEBdGoiCC0AAEcNACAYLQAAIAgtAAFHDQAgG0EBaiEbDAILIARBAWoiBCANRw0ACwsgE0EBaiITIB9HDQALIBIgG2ohEiAbQQJIDQAgF0EGSA0AIBlBfmohFyALQX5qIQ1BACETQQAhJQNAAkAgFUEGSA0AIBYgE0EBdGoiBEEFaiEbIARBBGohHyAEQQNqIRggBEECaiEcIARBAWohDCAELQAAIQlBACEEA0ACQCAHIARBAXRqIggtAAAgCUH/AXFHDQAgDC0AACAILQABRw0AIBwtAAAgByAEQQFqQQF0aiIILQAARw0AIBgtAAAgCC0AAUcNACAfLQAAIAcgBEECakEBdGoiCC0AAEcNACAbLQAAIAgtAAFHDQAgJUEBaiElDAILIARBAWoiBCANRw0ACwsgE0EBaiITIBdHDQALIBIgJWohEgtBAiALIBlrIgRrQQAgBEECShsgEmogGmoLIgQgBiAEIAZKGyEGC0Hg434hCAJAICBFDQAgBkEDSA0AIBQgEC0AAWsiBCAEQR91IgRqIARzQQNKDQACQAJAAn8CQAJAAkACQAJAIAAoAjQEQCAjQQA2AgAgBUIANwPwDCAQQRFqIggQXiIEQXBPDQICQAJAIARBC08EQCAEQRBqQXBxIgkQXSEHIAUgCUGAgICAeHI2AvgMIAUgBzYC8AwgBSAENgL0DAwBCyAFIAQ6APsMIAVB8AxqIQcgBEUNAQsgByAIIAQQGhoLIAQgB2pBADoAACAFQeATaiAFQfAMahCkBxogBSwA+wxBf0wEQCAFKALwDBA8CyAFQeATaiAAKAI4EL4HIAVB8BNqIAVB4BNqEKMHDAELIAVB8BNqIBBBEWoQ4wIgBUHwE2ogACgCMBC7BwsgBUHwDGogBUHwE2ogIBDTASAFQbATaiAFQfAMahDWAiAFLAD7DEF/TARAIAUoAvAMEDwLIAAoAjQEQCAFQaATaiAFQbATahCkBxogBSgCpBMgBSgCoBMiB2siFUUEQEEAIQgMCQsgFUEBdSELIAUoAsQTIAUoAsATIhZrIhpBAXUhGUEAIRIgGkECTg0GDAcLQQAgBSgCtBMgBS0AuxMiByAHQRh0QRh1QQBIGyINRQ0EGkEAIQcgBSgChBQgBS0AixQiBCAEQRh0QRh1IglBAEgbIghBAUgNA0EBIQQgBUGwE2ogBSgCgBQgBUGAFGogCUEASBtBARDpAkF/RyEHIAhBAUcNAQwCCxDPAgALA0AgByAFQbATaiAFKAKAFCAFQYAUaiAFLACLFEEASBsgBGpBARDpAkF/R2ohByAEQQFqIgQgCEcNAAsLIAdBAkkNACAIQQJIDQAgCEF/aiELQQAhBEEAIQkDQCAJIAVBsBNqIAUoAoAUIAVBgBRqIAUsAIsUQQBIGyAEakECEOkCQX9HaiEJIARBAWoiBCALRw0ACyAHIAlqIQcgCUECSQ0AIAhBA0gNACAIQX5qIQtBACEEQQAhCQNAIAkgBUGwE2ogBSgCgBQgBUGAFGogBSwAixRBAEgbIARqQQMQ6QJBf0dqIQkgBEEBaiIEIAtHDQALIAcgCWohBwtBAiANIAhrIgRrQQAgBEECShsgB2oLQQF0IQgMAgtBACEMA0ACQCAVQQJIDQAgFiAMQQF0aiIEQQFqIQ0gBC0AACEJQQAhBANAAkAgByAEQQF0aiIILQAAIAlB/wFxRgRAIA0tAAAgCC0AAUYNAQsgCyAEQQFqIgRHDQEMAgsLIBJBAWohEgsgDEEBaiIMIBlHDQALIBJBAkgNACAaQQRIDQAgGUF/aiEfIAtBf2ohDUEAIRNBACEXA0ACQCAVQQRIDQAgFiATQQF0aiIEQQNqIRggBEECaiEcIARBAWohDCAELQAAIQlBACEEA0ACQCAHIARBAXRqIggtAAAgCUH/AXFHDQAgDC0AACAILQABRw0AIBwtAAAgByAEQQFqQQF0aiIILQAARw0AIBgtAAAgCC0AAUcNACAXQQFqIRcMAgsgBEEBaiIEIA1HDQALCyATQQFqIhMgH0cNAAsgEiAXaiESIBdBAkgNACAaQQZIDQAgGUF+aiEaIAtBfmohDUEAIRNBACEbA0ACQCAVQQZIDQAgFiATQQF0aiIEQQVqIRcgBEEEaiEfIARBA2ohGCAEQQJqIRwgBEEBaiEMIAQtAAAhCUEAIQQDQAJAIAcgBEEBdGoiCC0AACAJQf8BcUcNACAMLQAAIAgtAAFHDQAgHC0AACAHIARBAWpBAXRqIggtAABHDQAgGC0AACAILQABRw0AIB8tAAAgByAEQQJqQQF0aiIILQAARw0AIBctAAAgCC0AAUcNACAbQQFqIRsMAgsgBEEBaiIEIA1HDQALCyATQQFqIhMgGkcNAAsgEiAbaiESC0ECIAsgGWsiBGtBACAEQQJKGyASakEBdCEICyAGIB5BAnQiBCAFQcAXamoiBygCAEoEQCAHIAY2AgAgBUHgHWogBGogEDYCAEEAIQQDQCAFQcAXaiAEQQJ0aigCACIHIAYgByAGSCIHGyEGIAQgHiAHGyEeIARBAWoiBEHkAEcNAAsLIAggJygCAEwNAAsgJyAINgIAIAVB0BpqIChqIBBBEWo2AgBBACEEA0AgBUGwFGogBEECdGooAgAiBiAIIAYgCEgiBhshCCAEICQgBhshJCAEQQFqIgRB5ABHDQALDAAACwAACwALEM8CAAsQzwIACxDPAgALIAVBADYCmBMgBUIANwOQEyAFQfgMaiERQQEhCkEAIQ8CQAJAAkACQAJAAkACQANAAkAgACgCNARAIAVBkBNqIAUoAtATIAUoAtQTEJYIIAogFEgEQCAFKAKQEyEGIAohBANAIAYgBEEBdGpBKjsAACAEQQRqIgQgFEgNAAsLIB0EQCAFQZATaiAAKAI4EL0HCyAUIAVB0BNqIAVBkBNqQQIQ/gchBAwBCyARQQA2AgAgBUIANwPwDAJAAkAgAhBeIgRBcEkEQAJAAkAgBEELTwRAIARBEGpBcHEiBxBdIQYgBSAHQYCAgIB4cjYC+AwgBSAGNgLwDCAFIAQ2AvQMDAELIAUgBDoA+wwgBUHwDGohBiAERQ0BCyAGIAIgBBAaGgsgBCAGakEAOgAAIAoiBCAUSA0BDAILEM8CAAsDQCAFKALwDCAFQfAMaiAFLAD7DEEASBsgBGpBKjoAACAEQQRqIgQgFEgNAAsLIB0EQCAFQfAMaiAAKAIwELwHCyAFQQA2AtgGIAVCADcD0AYgAhBeIgZBcE8NAgJAAkAgBkELTwRAIAZBEGpBcHEiBBBdIQcgBSAEQYCAgIB4cjYC2AYgBSAHNgLQBiAFIAY2AtQGDAELIAUgBjoA2wYgBUHQBmohByAGRQ0BCyAHIAIgBhAaGgtBACEEIAYgB2pBADoAACAFKAL0DCAFLQD7DCIGIAZBGHRBGHVBAEgbIg4EQEEAIQlBASEHIAUoAtQGIAUtANsGIgQgBEEYdEEYdUEASBsiCyEIAkAgFEEBSA0AA0BBACEEQQAhBiALIAdIDQEDQCAGIAVB8AxqIAUoAtAGIAVB0AZqIAUsANsGQQBIGyAEaiAHEOkCQX9HaiEGIARBAWoiBCAIRw0ACyAGIAlqIQkgBkECSQ0BIAhBf2ohCCAHIBRGIQQgB0EBaiEHIARFDQALC0ECIA4gC2siBCAEQR91IgRqIARzIgRrQQAgBEECShsgCWohBAsgBSwA2wZBf0wEQCAFKALQBhA8CyAFLAD7DEF/Sg0AIAUoAvAMEDwLIAQgD2ohDyAKQQFqIgpBBEcNAAtBACEEIAVB8AxqQQBBoAYQGRogBUHQBmpBAEGgBhAZGgNAIAVBMGogBEECdGogBEGcf2w2AgAgBEEBaiIEQcgBRw0ACyAPQQNtIQ1B5ABBDBA9Ig5FDQVBxwEhCiAFQShqIRBBACEDA0ACQCAFQeAdaiADQQJ0aigCACIERQ0AAkAgBSwAuxNBf0wEQCAFKAKwE0EAOgAAIAVBADYCtBMMAQsgBUEAOgC7EyAFQQA6ALATC0EAIQsCf0EAIAQtABAiB0EEcUUNABoCf0EAIAdFDQAaIAQgBC0AAGpBEmoiCCAHQQJxRQ0AGiAIKAAACyEIIBBBADYCACAFQgA3AyAgCBBeIgZBcE8NBAJAAkAgBkELTwRAIAZBEGpBcHEiCRBdIQcgBSAJQYCAgIB4cjYCKCAFIAc2AiAgBSAGNgIkDAELIAUgBjoAKyAFQSBqIQcgBkUNAQsgByAIIAYQGhoLIAYgB2pBADoAACAFQoCAgICAgICAAzcCFCAFQaCfCC8AADsBECAFQaKfCC0AADoAEiAFQQA6ABMgBUGwE2ogBUEgaiAFQRBqELIHIQcgBSwAG0F/TARAIAUoAhAQPAsgBSwAK0F/TARAIAUoAiAQPAtBACAHRQ0AGiAFKAKwEyAFQbATaiAFLAC7E0EASBsLIQYgACgCKCAOIARBEWogBC0AACAEKAIEIAQvAQIgAiAmIAYQowIiEUEBSA0AA0ACQAJ/IAAoAjQEQCAOIAtBDGxqKAIAIQcgEEEANgIAIAVCADcDICAHEF4iBEFwTw0IAkACQCAEQQtPBEAgBEEQakFwcSIIEF0hBiAFIAhBgICAgHhyNgIoIAUgBjYCICAFIAQ2AiQMAQsgBSAEOgArIAVBIGohBiAERQ0BCyAGIAcgBBAaGgsgBCAGakEAOgAAIAVBoBNqIAVBIGoQpAcaIAUsACtBf0wEQCAFKAIgEDwLIAAgBUHQE2ogBUGgE2oQ/QchBCAdBEAgBUGgE2ogACgCOBC9BwsgFCAFQdATaiAFQaATakECEP4HIARqDAELIAVBsBNqIA4gC0EMbGooAgAQ4wIgBSgCsBMgBUGwE2ogBSwAuxNBAEgbIQQCQCAAKAJIBEAgAhBeIgYgBBBeIgdMBEBBASEMIAQgBmpBf2otAAAgBCAHakF/ai0AAEYNAgtBACEMDAELQQAhDCAAKAIwIgZFDQAgAi0AACIHIAQtAAAiCEcEQCAGIAhBA2xqLQABIAdBGHRBGHVHDQELIAIhBgNAAkAgBkEBaiEHIAYtAAEiCEUNACAELQABIQkgBEEBaiEEIAchBiAIIAlB/wFxRg0BCwsgByACayEMCyAdBEAgBUGwE2ogACgCMBC8BwsgEEEANgIAIAVCADcDICACEF4iBEFwTw0IAkACQCAEQQtPBEAgBEEQakFwcSIHEF0hBiAFIAdBgICAgHhyNgIoIAUgBjYCICAFIAQ2AiQMAQsgBSAEOgArIAVBIGohBiAERQ0BCyAGIAIgBBAaGgtBACEHIAQgBmpBADoAACAFKAK0EyAFLQC7EyIEIARBGHRBGHVBAEgbIh4EQEEAIQlBASEHIAUoAiQgBS0AKyIEIARBGHRBGHVBAEgbIg8hCAJAIBRBAUgNAANAQQAhBEEAIQYgDyAHSA0BA0AgBiAFQbATaiAFKAIgIAVBIGogBSwAK0EASBsgBGogBxDpAkF/R2ohBiAEQQFqIgQgCEcNAAsgBiAJaiEJIAZBAkkNASAIQX9qIQggByAURiEEIAdBAWohByAERQ0ACwtBAiAeIA9rIgQgBEEfdSIEaiAEcyIEa0EAIARBAkobIAlqIQcLIAUsACtBf0wEQCAFKAIgEDwLIAcgDGoLIgYgDU4EQCAGIApBAnQiBCAFQTBqaiIHKAIASgRAAkAgBUHwDGogBGoiCCgCACIJRQ0AIAkQPCAFQdAGaiAEaiIJKAIAIg9FDQAgDxA8IAlBADYCAAsgByAGNgIAIAggDiALQQxsaiIHKAIANgIAIAVB0AZqIARqIAcoAgg2AgBBACEEA0AgBUEwaiAEQQJ0aigCACIHIAYgByAGSCIHGyEGIAQgCiAHGyEKIARBAWoiBEHIAUcNAAsMAgsgDiALQQxsaiIEKAIAEDwgBCgCCCIERQ0BIAQQPAwBCyAOIAtBDGxqIgQoAgAQPCAEKAIIIgRFDQAgBBA8CyALQQFqIgsgEUcNAAsLIANBAWoiA0HkAEcNAAsMBAsQzwIACxDPAgALEM8CAAsQzwIACyAOEDxBASEQA0AgBUEwaiAQQQJ0aigCACEIIBAhBANAIARBf2oiCkECdCIGIAVBMGpqIgcoAgAiCSAISARAIAVB8AxqIAZqIgsoAgAhDyAHIAg2AgAgCyAEQQJ0IgcgBUHwDGpqIg4oAgA2AgAgBUHQBmogBmoiBigCACELIAYgBUHQBmogB2oiESgCADYCACAFQTBqIAdqIAk2AgAgDiAPNgIAIBEgCzYCACAEQQFKIQYgCiEEIAYNAQsLIBBBAWoiEEHIAUcNAAsgIARAQQEhDgNAIAVBsBRqIA5BAnRqKAIAIQYgDiEEA0AgBEF/aiIHQQJ0IgggBUGwFGpqIgooAgAiCSAGSARAIAVB0BpqIAhqIggoAgAhCyAKIAY2AgAgCCAEQQJ0IgogBUHQGmpqIg8oAgA2AgAgBUGwFGogCmogCTYCACAPIAs2AgAgBEEBSiEIIAchBCAIDQELCyAOQQFqIg5B5ABHDQALCyAFQQA2AgxEAAAAAAAA8D8hKQJAIAAoAigiBEUNACAEKALUISIEQQBIDQBEAAAAAAAAJEAgBLehRAAAAAAAABRAoyEpCyAFQQA2AiggBUIANwMgQQAgFCAgGyEYIAVBGGohE0EAIRZBACEhAkACQANAAkACQCAhQQJ0IhwgBUHwDGpqKAIAIgZFDQAgE0EANgIAIAVCADcDEAJAIAAoAjQEQCAFQQA2AgggBUIANwMAIAYQXiIEQXBPDQUCQAJAIARBC08EQCAEQRBqQXBxIggQXSEHIAUgCEGAgICAeHI2AgggBSAHNgIAIAUgBDYCBAwBCyAFIAQ6AAsgBSEHIARFDQELIAcgBiAEEBoaCyAEIAdqQQA6AAAgBUEgaiAFEKQHIRUgBSwAC0F/TARAIAUoAgAQPAsgBUEgaiAAKAI4EL0HIAVBEGogBUEgahCjBwwBCyAFQRBqIAYQ4wIgIkUEQCAFQRBqIAAoAjAQvAcLIAYQXiEVC0EAIR4gACACIAUoAhAgBUEQaiAFLAAbQQBIGyAFIAVB/CBqIAVB+CBqEP8HIAUoAvggIggEQAJAIAUoAgAiBEUNACAFKAL8ICIGRQ0AIAZBAWohCgNAAkACQCAIIAQgCmwgBmpqLQAAIgdBAksNAAJAAkAgB0EBaw4CAgABCyAGQX9qIQYgBEF/aiEEIB5BAWohHgwCCyAEQX9qIQQMAQsgBkF/aiEGCyAERQ0BIAYNAAsLIAgQPAsCQCAUIBVHDQAgFCAeRw0AIAVBMGogIUECdGoiBCAEKAIAQdAPajYCACAFLAAbQX9KDQIgBSgCEBA8DAILAn8gACgCNARAIAVBIGogBUEQahCkBxpBAiAFQdATaiAFQSBqQQoQ/gchBCAdBEAgBUGgE2ogBSgC0BMgBSgC1BMQlgggBUGgE2ogACgCOBC9B0ECIAVBIGogBUGgE2pBChD+ByAEagwCC0ECIAVBIGogBUHQE2pBChD+ByAEagwBCyAFQQhqIg5BADYCACAFQgA3AwAgAhBeIgRBcE8NBAJAAkAgBEELTwRAIARBEGpBcHEiBxBdIQYgBSAHQYCAgIB4cjYCCCAFIAY2AgAgBSAENgIEDAELIAUgBDoACyAFIQYgBEUNAQsgBiACIAQQGhoLQQAhCyAEIAZqQQA6AAAgBSgCFCAFLQAbIgQgBEEYdEEYdUEASBsiDwRAQQAhCgJAIAUoAgQgBS0ACyIEIARBGHRBGHUiB0EASBsiCEEBSARAQQAhBgwBCyAIQX9qIQlBACEEQQAhBgNAAn8gBkEBaiAFQRBqIAUoAgAgBSAHQRh0QRh1QQBIGyAEakEBEOkCQX9HDQAaAkAgBEUNACAEIAlGDQAgBkF/agwBCyAGQX5qCyEGIAggBEEBaiIERwRAIAUtAAshBwwBCwsgCEECSA0AQQEhBEF+QQEgBUEQaiAFKAIAIAUgBSwAC0EASBtBAhDpAkF/RhshCiAJQQFGDQAgCEF+aiEHA0ACfyAKQQFqIAVBEGogBSgCACAFIAUsAAtBAEgbIARqQQIQ6QJBf0cNABogCkF+aiAKQX9qIAQgB0YbCyEKIARBAWoiBCAJRw0ACwsgBiAKakECIA8gCGsiBCAEQR91IgRqIARzIgRrQQAgBEECShtqIQsLIAUsAAtBf0wEQCAFKAIAEDwLAn8CQAJAIB0EQCAFQbATaiACEOMCIAVBsBNqIAAoAjAQvAdBACAFKAK0EyAFLQC7EyIGIAZBGHRBGHVBAEgbIg9FDQMaQQAhCiAFKAIUIAUtABsiBCAEQRh0QRh1IgdBAEgbIghBAUgEQEEAIQYMAwsgCEF/aiEJQQAhBEEAIQYDQAJ/IAZBAWogBUGwE2ogBSgCECAFQRBqIAdBGHRBGHVBAEgbIARqQQEQ6QJBf0cNABoCQCAERQ0AIAQgCUYNACAGQX9qDAELIAZBfmoLIQYgBEEBaiIEIAhGDQIgBS0AGyEHDAAACwALIA5BADYCACAFQgA3AwAgAhBeIgRBcE8NBwJAAkAgBEELTwRAIARBEGpBcHEiBxBdIQYgBSAHQYCAgIB4cjYCCCAFIAY2AgAgBSAENgIEDAELIAUgBDoACyAFIQYgBEUNAQsgBiACIAQQGhoLQQAhByAEIAZqQQA6AAAgBSgCBCAFLQALIgQgBEEYdEEYdSIEQQBIGyIPBH9BACEKAkAgBSgCFCAFLQAbIgQgBEEYdEEYdSIHQQBIGyIIQQFIBEBBACEGDAELIAhBf2ohCUEAIQRBACEGA0ACfyAGQQFqIAUgBSgCECAFQRBqIAdBGHRBGHVBAEgbIARqQQEQ6QJBf0cNABoCQCAERQ0AIAQgCUYNACAGQX9qDAELIAZBfmoLIQYgCCAEQQFqIgRHBEAgBS0AGyEHDAELCyAIQQJIDQBBASEEQX5BASAFIAUoAhAgBUEQaiAFLAAbQQBIG0ECEOkCQX9GGyEKIAlBAUYNACAIQX5qIQcDQAJ/IApBAWogBSAFKAIQIAVBEGogBSwAG0EASBsgBGpBAhDpAkF/Rw0AGiAKQX5qIApBf2ogBCAHRhsLIQogBEEBaiIEIAlHDQALCyAGIApqQQIgDyAIayIEIARBH3UiBGogBHMiBGtBACAEQQJKG2ohByAFLQALBSAEC0EYdEEYdUF/TARAIAUoAgAQPAsgByALagwDCyAIQQJIDQBBASEEQX5BASAFQbATaiAFKAIQIAVBEGogBSwAG0EASBtBAhDpAkF/RhshCiAJQQFGDQAgCEF+aiEHA0ACfyAKQQFqIAVBsBNqIAUoAhAgBUEQaiAFLAAbQQBIGyAEakECEOkCQX9HDQAaIApBfmogCkF/aiAEIAdGGwshCiAEQQFqIgQgCUcNAAsLIAYgCmpBAiAPIAhrIgQgBEEfdSIEaiAEcyIEa0EAIARBAkobagsgC2oLIRkCQAJAIAAoAjQEQEEBIQlBACEMIAUoAtQTIAUoAtATIgtrQQF1IgMhDiAFKAIkIAUoAiAiD2siBEEBdSIQIQ0gBEUNAQNAAkAgAyAJSA0AQQAhCkEAIREDQEEAIQgCQCAQIAlIDQADQEEAIQQCQANAAkAgCyAEIApqQQF0aiIGLQAAIA8gBCAIakEBdGoiBy0AAEcNACAGLQABIActAAFHDQAgBEEBaiIEIAlHDQEMAgsLIAQgCUYNACAIQQFqIgggDUYNAgwBCwsgEUEBaiERCyAKQQFqIgogDkcNAAsgDCARaiEMIBFBAkgNACAOQX9qIQ4gDUF/aiENIAlBBEYhBCAJQQFqIQkgBEUNAQsLQQIgECADayIEIARBH3UiBGogBHMiBGtBACAEQQJKGyAMaiEMDAELIAVBADYCCCAFQgA3AwAgAhBeIgRBcE8NBQJAAkAgBEELTwRAIARBEGpBcHEiBxBdIQYgBSAHQYCAgIB4cjYCCCAFIAY2AgAgBSAENgIEDAELIAUgBDoACyAFIQYgBEUNAQsgBiACIAQQGhoLQQAhDCAEIAZqQQA6AAAgBSgCFCAFLQAbIgQgBEEYdEEYdUEASBsiCQRAQQAhBgJAIAUoAgQgBS0ACyIEIARBGHRBGHUiCEEASBsiB0EBSA0AQQEhBCAFQRBqIAUoAgAgBSAIQQBIG0EBEOkCQX9HIQYgB0EBRwRAA0AgBiAFQRBqIAUoAgAgBSAFLAALQQBIGyAEakEBEOkCQX9HaiEGIARBAWoiBCAHRw0ACwsgBkECSQ0AIAdBAkgNACAHQX9qIQpBACEEQQAhCANAIAggBUEQaiAFKAIAIAUgBSwAC0EASBsgBGpBAhDpAkF/R2ohCCAEQQFqIgQgCkcNAAsgBiAIaiEGIAhBAkkNACAHQQNIDQAgB0F+aiEKQQAhBEEAIQgDQCAIIAVBEGogBSgCACAFIAUsAAtBAEgbIARqQQMQ6QJBf0dqIQggBEEBaiIEIApHDQALIAYgCGohBiAIQQJJDQAgB0EESA0AIAdBfWohCkEAIQRBACEIA0AgCCAFQRBqIAUoAgAgBSAFLAALQQBIGyAEakEEEOkCQX9HaiEIIARBAWoiBCAKRw0ACyAGIAhqIQYLQQIgCSAHayIEIARBH3UiBGogBHMiBGtBACAEQQJKGyAGaiEMCyAFLAALQX9MBEAgBSgCABA8CyAFKAIQIAVBEGogBSwAG0EASBshBCAAKAJIBEAgAhBeIgYgBBBeIghMBEBBASEHIAQgBmpBf2otAAAgBCAIakF/ai0AAEYNAwtBACEHDAILQQAhByAAKAIwIgZFDQEgAi0AACIIIAQtAAAiCkcEQCAGIApBA2xqLQABIAhBGHRBGHVHDQILIAIhBgNAAkAgBkEBaiEHIAYtAAEiCEUNACAELQABIQogBEEBaiEEIAchBiAIIApB/wFxRg0BCwsgByACayEHDAELIAAgBUHQE2ogBUEgahD9ByEHC0EAIQYgHkEBdCAUIBVrIgRBACAEayAEQQBIG2ohBCAiRQRAIAAgAiAFKAIQIAVBEGogBSwAG0EASBsgBUEMahCACEEARyEGIAUoAgwhFgsgBUEwaiAcaiAEIBlqIAxqIAdqIAZqQQpBACAWG2pBmHhBACApIBUgGGq3oiAZt2QbajYCACAFLAAbQX9KDQAgBSgCEBA8CyAhQQFqIiFByAFHDQELC0EBIRADQCAFQTBqIBBBAnRqKAIAIQggECEEA0AgBEF/aiIKQQJ0IgYgBUEwamoiBygCACIJIAhIBEAgBUHwDGogBmoiCygCACEPIAcgCDYCACALIARBAnQiByAFQfAMamoiDigCADYCACAFQdAGaiAGaiIGKAIAIQsgBiAFQdAGaiAHaiIRKAIANgIAIAVBMGogB2ogCTYCACAOIA82AgAgESALNgIAIARBAUohBiAKIQQgBg0BCwsgEEEBaiIQQcgBRw0ACyAgBEAgBUEYaiERQQAhBwNAAkAgB0ECdCILIAVB0BpqaigCACIGRQ0AIBFBADYCACAFQgA3AxACQCAAKAI0BEAgBUEANgIIIAVCADcDACAGEF4iBEFwTw0FAkACQCAEQQtPBEAgBEEQakFwcSIKEF0hCCAFIApBgICAgHhyNgIIIAUgCDYCACAFIAQ2AgQMAQsgBSAEOgALIAUhCCAERQ0BCyAIIAYgBBAaGgsgBCAIakEAOgAAIAVBIGogBRCkByEPIAUsAAtBf0wEQCAFKAIAEDwLIAVBIGogACgCOBC9ByAFQRBqIAVBIGoQowcMAQsgBUEQaiAGEOMCICJFBEAgBUEQaiAAKAIwELwHCyAGEF4hDwsCQCAAKAI0BEAgACAFQdATaiAFQSBqEP0HIQgMAQsgBSgCECAFQRBqIAUsABtBAEgbIQQgACgCSARAIAIQXiIGIAQQXiIKTARAQQEhCCAEIAZqQX9qLQAAIAQgCmpBf2otAABGDQILQQAhCAwBC0EAIQggACgCMCIGRQ0AIAItAAAiCiAELQAAIglHBEAgBiAJQQNsai0AASAKQRh0QRh1Rw0BCyACIQYDQAJAIAZBAWohCCAGLQABIgpFDQAgBC0AASEJIARBAWohBCAIIQYgCiAJQf8BcUYNAQsLIAggAmshCAsgBUEANgIIIAVCADcDACACEF4iBEFwTw0DAkACQCAEQQtPBEAgBEEQakFwcSIKEF0hBiAFIApBgICAgHhyNgIIIAUgBjYCACAFIAQ2AgQMAQsgBSAEOgALIAUhBiAERQ0BCyAGIAIgBBAaGgsgBCAGakEAOgAAIAVBsBRqIAtqIgYgCCAUIA9rIgRBACAEayAEQQBIG2ogACAFIAVBEGoQgQhBAXRqIAYoAgBqNgIAIAUsAAtBf0wEQCAFKAIAEDwLIAUsABtBf0oNACAFKAIQEDwLQQEhDiAHQQFqIgdB5ABHDQALA0AgBUGwFGogDkECdGooAgAhBiAOIQQDQCAEQX9qIgdBAnQiCCAFQbAUamoiCigCACIJIAZIBEAgBUHQGmogCGoiCCgCACELIAogBjYCACAIIARBAnQiCiAFQdAaamoiDygCADYCACAFQbAUaiAKaiAJNgIAIA8gCzYCACAEQQFKIQggByEEIAgNAQsLIA5BAWoiDkHkAEcNAAsLIAEoAgQgASgCAGtBDG0hDyAFQRhqIQ5BACEEQQAhEQNAAkAgBEECdCIGIAVB8AxqaigCACIHRQ0AAkAgASgCBCIJIAEoAgAiCGtBDG0iCiAAKAJAIA9qTw0AIAogACgCLE8NACAFQTBqIAZqKAIAIQsCQAJAAkACQAJAAkACQAJAAkAgEQRAIAtB6AdMDQpBASERDAELQQEhESALQegHSg0AIAtBm39KBEBBACERDAELIAogD0sNASAAKAIoIgpFDQAgCigC2CENASABKAIEIQkgASgCACEICyAFQdAGaiAGaigCACELQQAhCiAIIAlHDQEMAgsgBxA8IAVB0AZqIAZqKAIAIgZFDQggBhA8DAgLAkADQCAIIApBDGxqIgYsAAshCAJAIAtFBEAgByAIQX9MBH8gBigCAAUgBgsQrgFFDQEMBwsgCyAIQX9MBH8gBigCAAUgBgsQrgENBAsgDkEANgIAIAVCADcDECAHEF4iBkFwTw0BAkACQCAGQQtPBEAgBkEQakFwcSIJEF0hCCAFIAlBgICAgHhyNgIYIAUgCDYCECAFIAY2AhQMAQsgBSAGOgAbIAVBEGohCCAGRQ0BCyAIIAcgBhAaGgsgBiAIakEAOgAAIAAgBUEQakEAQQBBABDfByEGIAUsABtBf0wEQCAFKAIQEDwLIAYEQCAKQQFqIgogASgCBCIJIAEoAgAiCGtBDG1PDQMMAQsLIAcQPCALRQ0IIAsQPAwICxDPAgALIAtFDQEgDkEANgIAIAVCADcDECALEF4iBkFwTw0DAkACQCAGQQtPBEAgBkEQakFwcSIKEF0hCCAFIApBgICAgHhyNgIYIAUgCDYCECAFIAY2AhQMAQsgBSAGOgAbIAVBEGohCCAGRQ0BCyAIIAsgBhAaGgsgBiAIakEAOgAAAkAgASgCCCAJRwRAIAkgBUEQahDRAhogASABKAIEQQxqNgIEDAELIAEgBUEQahCcCAsgBSwAG0F/Sg0AIAUoAhAQPAsgBxA8IAsQPAwFCyAOQQA2AgAgBUIANwMQIAcQXiIGQXBPDQICQAJAIAZBC08EQCAGQRBqQXBxIgoQXSEIIAUgCkGAgICAeHI2AhggBSAINgIQIAUgBjYCFAwBCyAFIAY6ABsgBUEQaiEIIAZFDQELIAggByAGEBoaCyAGIAhqQQA6AAACQCABKAIIIAlHBEAgCSAFQRBqENECGiABIAEoAgRBDGo2AgQMAQsgASAFQRBqEJwICyAFLAAbQX9KDQAgBSgCEBA8CyAHEDwMAwsQzwIACxDPAgALIAcQPCAFQdAGaiAGaigCACIGRQ0AIAYQPAsgBEEBaiIEQcgBRw0ACwwBCxDPAgALAkAgIARAIAEoAgQgASgCAGtBDG1BAmohDyAFQRhqIQlBACEHA0ACQCAFQdAaaiAHQQJ0aigCACIGRQ0AIAEoAgQiCCABKAIAIgRrQQxtIgogD08NACAKIAAoAixPDQBBACEKAkAgBCAIRg0AA0AgBiAEIApBDGxqIgQsAAtBf0wEfyAEKAIABSAECxCuAQ0CIAlBADYCACAFQgA3AxAgBhBeIgRBcEkEQAJAAkAgBEELTwRAIARBEGpBcHEiCxBdIQggBSALQYCAgIB4cjYCGCAFIAg2AhAgBSAENgIUDAELIAUgBDoAGyAFQRBqIQggBEUNAQsgCCAGIAQQGhoLIAQgCGpBADoAACAAIAVBEGpBAEEAQQAQ3wchBCAFLAAbQX9MBEAgBSgCEBA8CyAERQ0DIApBAWoiCiABKAIEIgggASgCACIEa0EMbU8NAgwBCwsQzwIACyAJQQA2AgAgBUIANwMQIAYQXiIEQXBPDQMCQAJAIARBC08EQCAEQRBqQXBxIgsQXSEKIAUgC0GAgICAeHI2AhggBSAKNgIQIAUgBDYCFAwBCyAFIAQ6ABsgBUEQaiEKIARFDQELIAogBiAEEBoaCyAEIApqQQA6AAACQCAIIAEoAghHBEAgCCAFQRBqENECGiABIAEoAgRBDGo2AgQMAQsgASAFQRBqEJwICyAFLAAbQX9KDQAgBSgCEBA8CyAHQQFqIgdB5ABHDQALCyAiBEAgAEEBNgI0CyAFKAIgIgRFDQIgBSAENgIkIAQQPAwCCxDPAgALICJFDQAgAEEBNgI0CyAFKAKQEyIEBEAgBSAENgKUEyAEEDwLIAUoAqATIgQEQCAFIAQ2AqQTIAQQPAsgBSwAuxNBf0wEQCAFKAKwExA8CyAFKALAEyIEBEAgBSAENgLEEyAEEDwLIAUoAtATIgQEQCAFIAQ2AtQTIAQQPAsgBSgC4BMiBARAIAUgBDYC5BMgBBA8CyAFLAD7E0F/TARAIAUoAvATEDwLIAUsAIsUQX9MBEAgBSgCgBQQPAsgBSgCkBQiBARAIAUgBDYClBQgBBA8CyAFLACrFEF/TARAIAUoAqAUEDwLIAVBgCFqIgAjAkkEQBATCyAAJAALkAIBCn8gAigCBCIJIAIoAgAiA2siCkEBdSEHIAEoAgQiCyABKAIAIgRrIgxBAXUhCCAAKAJIBEAgCEEBdCAEakF+ai8AACIBQf8BcSAHQQF0IANqQX5qLwAAIgNB/wFxRiABQQh2IANBCHZGcQ8LIAMgCUcEQCADLwAAIQYLAkACfyAEIAtHBEAgBC8AACEFCyAGIgQgBUcLBEBBACEDIAQgACgCOBC6ByAFRw0BC0EBIQMgDEEDSA0AIApBA0gNACACKAIAIQQgASgCACEAA0AgACADQQF0IgFqIgItAAAgASAEaiIBLQAARw0BIAItAAEgAS0AAUcNASADQQFqIgMgCE4NASADIAdIDQALCyADC4sDAQ5/IAIoAgQgAigCACIOayICRQRAQQAPCyACQQF1IQcgASgCBCABKAIAIg9rQQF1IQgCQCAAQQFIDQAgA0EIcSEMIAghCSAHIQpBASECA0BBACEEIAggAiIFayIQQQBOBEBBACEGA0BBACELQQAhAgJAAkAgByAFSA0AA0BBACECAkADQAJAIA8gAiAGakEBdGoiAS0AACAOIAIgC2pBAXRqIhEtAABHDQAgAS0AASARLQABRw0AIAJBAWoiAiAFRw0BDAILCyACIAVGDQAgC0EBaiILIApGDQIMAQsLIARBAWohBAwBCyAMRQ0AIAIgBUYNAAJAIAZFDQAgBiAQRg0AIARBf2ohBAwBCyAEQX5qIQQLIAZBAWoiBiAJRw0ACwsgBCANaiENIAxFQQAgBEECSBsNASAJQX9qIQkgCkF/aiEKIAVBAWohAiAAIAVHDQALCyANIAcgCGsiAiACQR91IgFqIAFzQX5qIAJBfmpBACADQQFxa3EgA0ECcRsiAkEAIAJBAEobawuLBwETfyMAQTBrIgciCCMCSQRAEBMLIAgkACAHQQA2AiggB0IANwMgIAdBADYCGCAHQgA3AxACQAJAAkACQCAAKAI0BEAgB0EANgIIIAdCADcDACABEF4iBkFwTw0CAkACQCAGQQtPBEAgBkEQakFwcSIJEF0hCCAHIAlBgICAgHhyNgIIIAcgCDYCACAHIAY2AgQMAQsgByAGOgALIAchCCAGRQ0BCyAIIAEgBhAaGgsgBiAIakEAOgAAIAdBIGogBxCkByEKIAcsAAtBf0wEQCAHKAIAEDwLIAdBADYCCCAHQgA3AwAgAhBeIgZBcE8NAgJAAkAgBkELTwRAIAZBEGpBcHEiCRBdIQggByAJQYCAgIB4cjYCCCAHIAg2AgAgByAGNgIEDAELIAcgBjoACyAHIQggBkUNAQsgCCACIAYQGhoLIAYgCGpBADoAACAHQRBqIAcQpAchDCAHLAALQX9KDQEgBygCABA8DAELIAEQXiEKIAIQXiEMCyAMQQFqIg8gCkEBamwiBhA7IQggBhA7IQ0gCEUNASANRQ0BQQEhBiAKQQFOBEADQCAIIAYgD2xqQQA6AAAgBiAKRiEJIAZBAWohBiAJRQ0ACwsgDEEATgRAIAhBACAPEBkaCyAKQQFOBEAgBygCECETIAcoAiAhFEEBIQ4DQCAMQQFOBEAgDiAPbCERIA5Bf2oiBiAPbCESIAEgBmohFUEBIQkgFCAGQQF0aiEWIAAoAjQhFwNAIAkhBgJ/AkACQCAXBEAgFi8AACIJQf8BcSATIAZBf2oiC0EBdGovAAAiEEH/AXFHDQIgCUEIdiAQQQh2Rg0BDAILIBUtAAAgAiAGQX9qIgtqLQAARw0BCyAIIAYgEWoiCWogCCALIBJqai0AAEEBajoAAEECDAELIAggBiASamosAAAiECAIIAYgEWoiCWoiC0F/aiwAACIYTgRAIAsgEDoAAEEADAELIAsgGDoAAEEBCyELIAkgDWogCzoAACAGQQFqIQkgBiAMRw0ACwsgCiAORyEGIA5BAWohDiAGDQALCyAFIA02AgAgCBA8IAMgCjYCACAEIAw2AgAMAgsQzwIACyAIBEAgCBA8CyANBEAgDRA8CyAFQQA2AgALIAcoAhAiBgRAIAcgBjYCFCAGEDwLIAcoAiAiBgRAIAcgBjYCJCAGEDwLIAdBMGoiACMCSQRAEBMLIAAkAAugCwEHfyMAQUBqIgQiBSMCSQRAEBMLIAUkACADQQA2AgACfwJAAkACQAJAAkACQCAAKAI0BEAgBEEANgI4IARCADcDMCAEQQA2AiggBEIANwMgIARBADYCGCAEQgA3AxAgARBeIgVBcE8NAQJAAkAgBUELTwRAIAVBEGpBcHEiBxBdIQYgBCAHQYCAgIB4cjYCGCAEIAY2AhAgBCAFNgIUDAELIAQgBToAGyAEQRBqIQYgBUUNAQsgBiABIAUQGhoLIAUgBmpBADoAACAEQTBqIARBEGoQpAchByAELAAbQX9MBEAgBCgCEBA8CyAEQQA2AhggBEIANwMQIAIQXiIFQXBPDQICQAJAIAVBC08EQCAFQRBqQXBxIgYQXSEBIAQgBkGAgICAeHI2AhggBCABNgIQIAQgBTYCFAwBCyAEIAU6ABsgBEEQaiEBIAVFDQELIAEgAiAFEBoaC0EAIQYgASAFakEAOgAAIARBIGogBEEQahCkByEIIAQsABtBf0wEQCAEKAIQEDwLQQEhASAHQQFIDQUgCEEBSA0FAkAgACgCSARAIAQgCEEBdEF+aiIFIAQoAiBqLwAAIgI7AQ4gACgCOCEAIAQgAjsBCiAEQRBqIARBCmogABC5ByAEKAIgIAVqIAQvARA7AAAMAQsgBCAEKAIgLwAAIgU7AQwgACgCOCEAIAQgBTsBCCAEQRBqIARBCGogABC5ByAEKAIgIAQvARA7AAALQQAhBSAEKAIgIQkgBCgCMCEKQQAhAgNAAkACQCAKIAVBAXQiAGovAAAiAUH/AXEgACAJai8AACIAQf8BcUcNACABQQh2IABBCHZHDQAgBkEBaiEGDAELIAJBAUwEQCAEQRBqIAJBAnRqIAU2AgALIAJBAWohAgsgBUEBaiIFIAdODQUgBSAISA0ACwwECyAEQQA2AjggBEIANwMwIAIQXiIFQXBPDQICQAJAIAVBC08EQCAFQRBqQXBxIgcQXSEGIAQgB0GAgICAeHI2AjggBCAGNgIwIAQgBTYCNAwBCyAEIAU6ADsgBEEwaiEGIAVFDQELIAYgAiAFEBoaCyAFIAZqQQA6AAACfyAAKAJIBEACQCAELAA7IgVBf0wEQCAEKAIwIgUgBCgCNEF/aiICaiEGDAELIAVB/wFxQX9qIgIgBEEwamohBiAEQTBqIQULIAIgBWogACgCMCAGLQAAQQNsai0AAToAACAEQTBqDAELIARBMGogACgCMBC8ByAEQTBqCyEFQQAhBgJAIAQoAjQgBS0ACyIFIAVBGHRBGHUiCUEASBsiB0UNAEEAIQUgBCgCMCAEQTBqIAlBAEgbIQhBACECA0AgASAFai0AACIABEACQCAFIAhqLQAAIABGBEAgBkEBaiEGDAELIAJBAUwEQCAEQRBqIAJBAnRqIAU2AgALIAJBAWohAgsgBUEBaiIFIAdJDQELCyACQQJHDQAgASAFai0AAA0AIAUgB0cNACABIAQoAhAiBWotAAAgBCgCMCAEQTBqIAlBAEgbIgAgBCgCFCICai0AAEcNACABIAJqLQAAIAAgBWotAABHDQAgA0EBNgIACyAJQX9KDQUgBCgCMBA8DAULEM8CAAsQzwIACxDPAgALQQAhASAHIAhHDQAgAkECRw0AIAQoAjAiAiAEKAIQIgdBAXRqLwAAIgVB/wFxIAQoAiAiCCAEKAIUIglBAXRqLwAAIgBB/wFxRw0AIAVBCHYgAEEIdkcNACACIAlBAXRqLwAAIgVB/wFxIAggB0EBdGovAAAiAEH/AXFHDQAgBUEIdiAAQQh2Rw0AIANBATYCAAsgBCgCICIFBEAgBCAFNgIkIAUQPAsgBCgCMCIFBEAgBCAFNgI0IAUQPAtBACABDQEaCyAGCyEFIARBQGsiACMCSQRAEBMLIAAkACAFC/ABAQR/IwBBEGsiAyIEIwJJBEAQEwsgBCQAQQAhBCAAIAEoAgAgASABLAALQQBIGyACKAIAIAIgAiwAC0EASBsgA0EMaiADQQhqIANBBGoQ/wcgAygCBCIFBEACQCADKAIMIgFFDQAgAygCCCICRQ0AIAJBAWohBgNAAkACQCAFIAEgBmwgAmpqLQAAIgBBAksNAAJAAkAgAEEBaw4CAgABCyACQX9qIQIgAUF/aiEBIARBAWohBAwCCyABQX9qIQEMAQsgAkF/aiECCyABRQ0BIAINAAsLIAUQPAsgA0EQaiIAIwJJBEAQEwsgACQAIAQL1QgBCH8jAEHAA2siAyIEIwJJBEAQEwsgBCQAIANBADYCuAMgA0IANwOwAwJAIAEoAihFBEAgAEIANwIAIABBADYCCAwBCyADQaADaiACENECIQYCQCABKAJIRQ0AIAEoAjQEQCAGELUHGgwBCyAGELQHCyABKAIoIAYoAgAgA0GgA2ogBiwAC0EASBsQnAIiBQRAA0ACQAJAIAUoAgQiAkUNACACIAUuAQIiBEEBdGohCiABKAIoLwHgICEIIAQEQANAIAIgBEEBdiIJQQF0aiIHQQJqIAIgBy8BACAISSIHGyECIAQgCUF/c2ogCSAHGyIEDQALCyACIApHBEAgCCACLwEATw0CCyAFKAIEIgIgBS4BAiIEQQF0aiEKIAEoAigvAeYgIQggBARAA0AgAiAEQQF2IglBAXRqIgdBAmogAiAHLwEAIAhJIgcbIQIgBCAJQX9zaiAJIAcbIgQNAAsLIAIgCkcEQCAIIAIvAQBPDQILIAUoAgQiAiAFLgECIgRBAXRqIQogASgCKC8BgCMhCCAEBEADQCACIARBAXYiCUEBdGoiB0ECaiACIAcvAQAgCEkiBxshAiAEIAlBf3NqIAkgBxsiBA0ACwsgAiAKRg0AIAggAi8BAE8NAQsCQAJAIAUtABAiBEUNAAJ/IAUgBS0AAGpBEmoiAiAEQQJxRQ0AGiACKAAARQ0BQQAgBS0AECIERQ0AGiAFIAUtAABqQRJqIgIgBEECcUUNABogAigAAAtBpJ8IEK4BDQELIANBsANqQaifCBDhAiADQbADakGknwgQ4QIgA0GwA2ogBigCACADQaADaiAGLQALIgJBGHRBGHVBAEgiBBsgBigCBCACIAQbEOACCwJAIAUtABAiAkUNACACQQJxBEAgBSAFLQAAakESaigAAEUNAQsgA0GwA2pBqJ8IEOECIANBsANqAn9ByJ8IIAUtABAiBEUNABogBSAFLQAAakESaiICIARBAnFFDQAaIAIoAAALEOECCyADQbADakGqnwgQ4QILIAUoAgwiBQ0ACwsgA0GQA2ogASgCKCAGKAIAIANBoANqIAYtAAsiAkEYdEEYdUEASCIEGyAGKAIEIAIgBBtBABCeAiADKAKUAyADLQCbAyICIAJBGHRBGHUiAkEASBsiBARAIANBsANqIAMoApADIANBkANqIAJBAEgbIAQQ4AILAkAgASgCKBCnAkUNACADKAK0AyADLQC7AyICIAJBGHRBGHVBAEgbDQAgASgCKCAGKAIAIANBoANqIAYtAAsiAkEYdEEYdUEASCIEGyAGKAIEIAIgBBtBAEEAQeQAQQBBACADIANBsANqQQAQnQILIANBsANqEK4HIAAgA0GwA2oQ0QIaIAMsAJsDQX9MBEAgAygCkAMQPAsgBiwAC0F/TARAIAYoAgAQPAsgAywAuwNBf0oNACADKAKwAxA8CyADQcADaiIAIwJJBEAQEwsgACQAC6gHAQh/IwBBIGsiBSIEIwJJBEAQEwsgBCQAIABCADcCACAAQQA2AgggAxCECCEHAkACQAJ/QQAgAi0AECIGRQ0AGiACIAItAABqQRJqIgQgBkECcUUNABogBCgAAAsQhAggB0oNACACLQAQIgRFDQACQCAEQQJxBEAgAiACLQAAakESaigAAEUNASACLQAQIQQLIAVBEGogASgCKCACQRFqIAItAAAiByACKAIEIAIvAQICf0EAIARB/wFxRQ0AGiACIAdqQRJqIgYgBEECcUUNABogBigAAAsgA0EAEKECIAUoAhQgBS0AGyIEIARBGHRBGHUiBEEASCIHGyIGBH8gACAFKAIQIAVBEGogBxsgBhDgAiAAQaqfCBDhAiAFLQAbBSAEC0EYdEEYdUF/Sg0AIAUoAhAQPAsgAi0AECIERQ0AAn8CQCAEQQJxRQ0AIAIgAi0AAGpBEmooAABFDQIgAi0AECIEDQBByJ8IDAELIAIgAi0AAGpBEmoiByAEQQJxRQ0AGiAHKAAAC0GsnwgQrgEiBEUNACACQRFqIQogBUEYaiELA0AgBEEDaiIJELEHIQYgC0EANgIAIAVCADcDECAGQXBPDQICQAJAIAZBC08EQCAGQRBqQXBxIgIQXSEEIAUgAkGAgICAeHI2AhggBSAENgIQIAUgBjYCFAwBCyAFIAY6ABsgBUEQaiEEIAZFDQELIAQgCSAGEBoaCyAEIAZqQQA6AAAgASgCKCAFKAIQIAVBEGogBSwAG0EASBsQnAIiBARAA0ACQCAELQAQIgJFDQACfwJAIAJBAnFFDQAgBCAELQAAakESaigAAEUNAiAELQAQIgINAEHInwgMAQsgBCAELQAAakESaiIHIAJBAnFFDQAaIAcoAAALQaSfCBCuASICRQ0AIAJBA2oiAiAKIAIQsQcQbA0AIAUgASgCKCAEQRFqIAQtAAAiAiAEKAIEIAQvAQICf0EAIAQtABAiCEUNABogAiAEakESaiIHIAhBAnFFDQAaIAcoAAALIANBABChAiAFKAIEIAUtAAsiAiACQRh0QRh1IgJBAEgiBxsiCAR/IAAgBSgCACAFIAcbIAgQ4AIgAEGqnwgQ4QIgBS0ACwUgAgtBGHRBGHVBf0oNACAFKAIAEDwLIAQoAgwiBA0ACwsgBiAJakGsnwgQrgEhBCAFLAAbQX9MBEAgBSgCEBA8CyAEDQALCyAFQSBqIgAjAkkEQBATCyAAJAAPCxDPAgALfAECfwJAIABFDQAgAC0AAEUNAAJAIABBxJ8IEK4BIgENACAAQbifCBCuASIBDQAgAEG8nwgQrgEiAUUNAQsDQAJAIAFBAWoiAEHEnwgQrgEiAQ0AIABBuJ8IEK4BIgENACAAQbyfCBCuASEBCyACQQFqIQIgAQ0ACwsgAguiGAEMfyMAQaABayIEIgUjAkkEQBATCyAFJAACQAJAIAIoAgAgAigCBEcEQCABKAIoDQELIABCADcCACAAQQA2AggMAQsgAygCACEFIAMsAAshBiAEQQA2ApgBIARCADcDkAEgBEEANgKIASAEQgA3A4ABIAUgAyAGQQBIGyELA0BBACEOIAIoAgAiAyACKAIERwRAA0AgBEEANgJ4IARCADcDcAJAAkACQAJAAn8gAyAOQQxsaiIKLAALQX9MBEAgCigCACEKCyAKC0GwnwgQrgEiBkUNACAGIQogBkEBakGwnwgQrgEiA0UNAANAIAMhCiAEQQA2AmggBEIANwNgIARBADYCWCAEQgA3A1AgBhBeIgNBcE8NAgJAAkAgA0ELTwRAIANBEGpBcHEiCBBdIQUgBCAIQYCAgIB4cjYCWCAEIAU2AlAgBCADNgJUDAELIAQgAzoAWyAEQdAAaiEFIANFDQELIAUgBiADEBoaCyADIAVqQQA6AAAgBEKAgICAgICAgAM3AkQgBEGwnwgvAAA7AUAgBEGynwgtAAA6AEIgBEEAOgBDIARB4ABqIARB0ABqIARBQGsQsgcaIAQsAEtBf0wEQCAEKAJAEDwLIAQsAFtBf0wEQCAEKAJQEDwLIARB8ABqIAQoAmAgBEHgAGogBCwAayIDQQBIIgUbIAQoAmQgA0H/AXEgBRsQ4AIgCkEBakGwnwgQrgEhAyAELABrQX9MBEAgBCgCYBA8CyAKIQYgAw0ACwsgBEEANgJoIARCADcDYCAKEF4iA0FwSQRAAkACQCADQQtPBEAgA0EQakFwcSIGEF0hBSAEIAZBgICAgHhyNgJoIAQgBTYCYCAEIAM2AmQMAQsgBCADOgBrIARB4ABqIQUgA0UNAQsgBSAKIAMQGhoLIAMgBWpBADoAAAJAIAQoAmQgBC0AayIDIANBGHRBGHUiCEEASCIFGyIDQQNIDQAgBCgCYCIJIARB4ABqIAUbIgcgA2ohBiAHIQUDQCADQX5qIgNFDQEgBUEgIAMQJSIDRQ0BIANBtJ8IQQMQkwEEQCAGIANBAWoiBWsiA0EDTg0BDAILCyADIAZGDQAgAyAHayIDQX9GDQADQCADIAkgBEHgAGogCEEYdEEYdUEASBtqQQs6AAEgBCgCZCAELQBrIgUgBUEYdEEYdSIIQQBIIgUbIgYgA0kNASAEKAJgIgkgBEHgAGogBRsiByAGaiIGIAMgB2oiBWsiA0EDSA0BA0AgA0F+aiIDRQ0CIAVBICADECUiA0UNAiADQbSfCEEDEJMBBEAgBiADQQFqIgVrIgNBA04NAQwDCwsgAyAGRg0BIAMgB2siA0F/Rw0ACwsgBEHQAGogBEHgAGpBCxCpB0EAIQ8gBCgCVCIDIQUgAyAEKAJQIghGDQMDQAJAAn8gCCAPQQxsIgxqIgcsAAsiA0F/TARAIAcoAgAhCSAHKAIEDAELIAchCSADQf8BcQsiA0EDSA0AIAMgCWohBiAJIQUDQCADQX5qIgNFDQEgBUHpACADECUiA0UNASADQbifCEEDEJMBBEAgBiADQQFqIgVrIgNBA04NAQwCCwsgAyAGRg0AIAMgCWsiA0F/Rg0AIAcgAxDbAiAEKAJQIQgLAkACfyAIIAxqIgcsAAsiA0F/TARAIAcoAgAhCSAHKAIEDAELIAchCSADQf8BcQsiA0EDSA0AIAMgCWohBiAJIQUDQCADQX5qIgNFDQEgBUH0ACADECUiA0UNASADQbyfCEEDEJMBBEAgBiADQQFqIgVrIgNBA04NAQwCCwsgAyAGRg0AIAMgCWsiBUF/Rg0AIActAAshCQNAIAggDGohAyAJQRh0QRh1QX9MBH8gAygCAAUgAwsgBWpB3wA6AAAgBCgCUCIIIAxqIgctAAsiA0EYdEEYdSIJQX9MBEAgBygCBCEDIAcoAgAhBwsgA0EDSA0BIAMgB2ohBiAHIQUDQCADQX5qIgNFDQIgBUH0ACADECUiA0UNAiADQbyfCEEDEJMBBEAgBiADQQFqIgVrIgNBA04NAQwDCwtBfyADIAdrIAMgBkYbIgVBf0cNAAsLAkACQCAKQaSfCBCuASIFRQ0AIARBADYCSCAEQgA3A0AgBRBeIgNBcE8NAQJAAkAgA0ELTwRAIANBEGpBcHEiCBBdIQYgBCAIQYCAgIB4cjYCSCAEIAY2AkAgBCADNgJEDAELIAQgAzoASyAEQUBrIQYgA0UNAQsgBiAFIAMQGhoLIAMgBmpBADoAACAEQoCAgICAgICAAzcCNCAEQaSfCC8AADsBMCAEQaafCC0AADoAMiAEQQA6ADMgBEHgAGogBEFAayAEQTBqELIHGiAELAA7QX9MBEAgBCgCMBA8CyAELABLQX9MBEAgBCgCQBA8CyABKAIoIAQoAmAgBEHgAGogBCwAa0EASBsQnAIiDUUNAANAIARBQGsgBCgCUCAMahDRAiALEOECIARBMGogASANIAQoAkAgBEFAayAELABLQQBIGxCDCCAEKAI0IgYgBC0AOyIFIAVBGHRBGHUiA0EASBtFBEAgBEEgaiABIA0gCxCDCCAEQTBqIARBIGoQ1gIgBCwAK0F/TARAIAQoAiAQPAsgBCgCNCEGIAQtADsiBSEDCyAGIAUgA0EYdEEYdUEASBsEQCAEQSBqIARBMGpBChCpB0EAIQggBCgCJCIDIAQoAiAiBkcEQANAIARBkAFqQQoQ4gIgBEGQAWogBCgCcCAEQfAAaiAELQB7IgNBGHRBGHVBAEgiBRsgBCgCdCADIAUbEOACAkACfyAEKAJQIAxqIgcsAAsiA0F/TARAIAcoAgAhCSAHKAIEDAELIAchCSADQf8BcQsiA0EDSA0AIAMgCWohBiAJIQUDQCADQX5qIgNFDQEgBUHzACADECUiA0UNASADQcCfCEEDEJMBBEAgBiADQQFqIgVrIgNBA04NAQwCCwsgAyAGRg0AIAMgCWtBf0YNACAEQQA2AhggBEIANwMQIARCgICAgICAgIADNwIEIARBwJ8ILwAAOwEAIARBwp8ILQAAOgACIARBADoAAyAEQRBqIAcgBBCyBxogBCwAC0F/TARAIAQoAgAQPAsgBEGQAWogBCgCECAEQRBqIAQsABsiA0EASCIFGyAEKAIUIANB/wFxIAUbEOACIAQsABtBf0oNACAEKAIQEDwLIARBkAFqIAQoAiAgCEEMbGoiAygCACADIAMtAAsiBUEYdEEYdUEASCIGGyADKAIEIAUgBhsQ4AIgCEEBaiIIIAQoAiQiAyAEKAIgIgZrQQxtSQ0ACwsgBgRAIAMgBkYEfyAGBQNAIANBdGohBSADQX9qLAAAQX9MBEAgBSgCABA8CyAGIAUiA0cNAAsgBCgCIAshAyAEIAY2AiQgAxA8CyAELQA7IQMLIA0oAgwhDSADQRh0QRh1QX9MBEAgBCgCMBA8CyAELABLQX9MBEAgBCgCQBA8CyANDQALCyAPQQFqIg8gBCgCVCIDIAQoAlAiCGtBDG1PDQQMAQsLEM8CAAsQzwIACxDPAgALIAghBQsgBQRAIAMgCEcEQANAIANBdGohBSADQX9qLAAAQX9MBEAgBSgCABA8CyAIIAUiA0cNAAsgBCgCUCEFCyAEIAg2AlQgBRA8CyAELABrQX9MBEAgBCgCYBA8CyAELAB7QX9MBEAgBCgCcBA8CyAOQQFqIg4gAigCBCACKAIAIgNrQQxtSQ0ACwsCQCAEKAKUASAELQCbASIDIANBGHRBGHVBAEgbDQAgC0HEnwgQrgFFDQAgBEGAAWogCxDjAiAEQoCAgICAgICAAzcCdCAEQcSfCC8AADsBcCAEQcafCC0AADoAciAEQQA6AHMgBEKAgICAgICAgAM3AmQgBEG8nwgvAAA7AWAgBEG+nwgtAAA6AGIgBEEAOgBjIARBgAFqIARB8ABqIARB4ABqELMHIAQsAGtBf0wEQCAEKAJgEDwLIAQsAHtBf0wEQCAEKAJwEDwLIAQoAoABIARBgAFqIAQsAIsBQQBIGyELDAELCyAAIARBkAFqENECGiAELACLAUF/TARAIAQoAoABEDwLIAQsAJsBQX9KDQAgBCgCkAEQPAsgBEGgAWoiACMCSQRAEBMLIAAkAAuFBAEGfyMAQRBrIgciBCMCSQRAEBMLIAQkACAAQgA3AiQgAEIANwIQIABBADYCCCAAQgA3AgAgAEIANwI4IABCADcCQCAAQRhqIgVBADYCACAAQgA3AiwgAEEANgJIIAAgARCnBzYCIEHkABBdIgQgAiABELMBIAcgBDYCDCAAQThqIQMgAEEkaiECIABBEGohBgJAIAAoAhQiCCAFKAIARwRAIAggBDYCACAAIAAoAhRBBGo2AhQMAQsgBiAHQQxqEIcICyAAQUBrIQRBnKMEEF0iBSABIAYQ5wEhASAAIAU2AgwgARCmAiEBIAIgACgCDBCNAhDWAiAAIAAoAgwoAvgiNgI0IAMgACgCDCgCsCAiAzYCACADRQRAIAAgAhDDBzYCMAsgACAAKAIMKAK0IDYCPCAAKAIMQZghaiIDIARHBEAgBCADKAIAIAMoAgQQiAgLAkAgAi0ACyIDQRh0QRh1IgRBf0wEfyAAKAIoBSADC0EBaiIGIAAoAgQgACgCACIDayIFSwRAIAAgBiAFaxCJCCAALQAvIQQgACgCACEDDAELIAYgBU8NACAAIAMgBmo2AgQLIAMgBEEYdEEYdUF/TAR/IAIoAgAFIAILEG4aQcwAEF0iAiABIAAoAgwQ3AcgACACNgIcIAEEQCABEDwLIAdBEGoiASMCSQRAEBMLIAEkAAvPAQEFfwJAIAAoAgQgACgCACIFayIGQQJ1IgRBAWoiA0GAgICABEkEQCAEQQJ0An9BACADIAAoAgggBWsiAkEBdSIEIAQgA0kbQf////8DIAJBAnVB/////wFJGyICRQ0AGiACQYCAgIAETw0CIAJBAnQQXQsiA2oiBCABKAIANgIAIAMgAkECdGohAiAEQQRqIQEgBkEBTgRAIAMgBSAGEBoaCyAAIAI2AgggACABNgIEIAAgAzYCACAFBEAgBRA8Cw8LEHMAC0H+oAgQkwgAC9gDAQV/AkACQCACIAFrQQxtIgYgACgCCCIDIAAoAgAiBGtBDG1NBEAgASABIAAoAgQgBGtBDG0iB0EMbGoiAyACIAYgB0sbIgVHBEADQCAEIAEQ1gIgBEEMaiEEIAFBDGoiASAFRw0ACwsgBiAHSwRAIAIgBUYNAiAAKAIEIQEDQCABIAMQ0QIaIAAgACgCBEEMaiIBNgIEIANBDGoiAyACRw0ACwwCCyAEIAAoAgQiA0cEQANAIANBdGohASADQX9qLAAAQX9MBEAgASgCABA8CyAEIAEiA0cNAAsLIAAgBDYCBA8LIAQEQAJ/IAQgBCAAKAIEIgVGDQAaA0AgBUF0aiEDIAVBf2osAABBf0wEQCADKAIAEDwLIAMhBSADIARHDQALIAAoAgALIQMgACAENgIEIAMQPCAAQQA2AgggAEIANwIAQQAhAwsgBkHWqtWqAU8NASAGIANBDG0iBEEBdCIDIAMgBkkbQdWq1aoBIARBqtWq1QBJGyIEQdaq1aoBTw0BIAAgBEEMbCIDEF0iBDYCACAAIAQ2AgQgACADIARqNgIIIAEgAkYNAANAIAQgARDRAhogACAAKAIEQQxqIgQ2AgQgAUEMaiIBIAJHDQALCw8LEHMAC+gBAQZ/AkACQCAAKAIIIgMgACgCBCICayABTwRAA0AgAkEAOgAAIAAgACgCBEEBaiICNgIEIAFBf2oiAQ0ADAIACwALIAIgACgCACIEayIGIAFqIgJBf0wNAQJ/IAIgAyAEayIDQQF0IgcgByACSRtB/////wcgA0H/////A0kbIgMEQCADEF0hBQsgBSAGaiICC0EAIAEQGRogAyAFaiEDA0AgAkEBaiECIAFBf2oiAQ0ACyAGQQFOBEAgBSAEIAYQGhoLIAAgAzYCCCAAIAI2AgQgACAFNgIAIARFDQAgBBA8Cw8LEHMAC7YCAQR/IAAoAhwiAQRAIAEQ3QcQPAsgACgCDCIBBEAgARD3ARA8CyAAKAIUIgMgACgCECICRwRAQQAhAQNAIAIgAUECdGooAgAiBARAIAQQvAEQPCAAKAIUIQMgACgCECECCyABQQFqIgEgAyACa0ECdUkNAAsLIABBADYCMCAAQQA2AgwgAEEANgIcIAAoAiAiAQRAIAEQPAsgAEEANgIgIAAoAkAiAwRAAn8gAyADIAAoAkQiAkYNABoDQCACQXRqIQEgAkF/aiwAAEF/TARAIAEoAgAQPAsgASECIAEgA0cNAAsgACgCQAshASAAIAM2AkQgARA8CyAALAAvQX9MBEAgACgCJBA8CyAAKAIQIgEEQCAAIAE2AhQgARA8CyAAKAIAIgEEQCAAIAE2AgQgARA8CyAAC5MCAQR/AkAgASwAC0F/TARAIAEoAgBBADoAACABQQA2AgQMAQsgAUEAOgALIAFBADoAAAsgAiACKAIANgIEIAMoAgAgAyADLAALQQBIGyEGA0AgBiIDQQFqIQYgAy0AAEEgRg0ACyAFQQA2AgAgBCADEF4iBkEBTgR/IANBf2ohCQJAA0AgBiAJai0AAEEuRw0BIAUgB0EBaiIHNgIAIAZBAUohCCAGQX9qIQYgCA0ACyAEQQA2AgBBAA8LIAEgAyAGEOACIAEoAgQgAS0ACyIDIANBGHRBGHVBAEgbIQcgACgCOARAIAIgARCkBxogBCACIAAoAjQQyAc2AgAgBw8LIAEgACgCMBDHBwUgCAs2AgAgBwuBBQEIfyMAQRBrIggiBSMCSQRAEBMLIAUkAAJAIAEsAAtBf0wEQCABKAIAQQA6AAAgAUEANgIEDAELIAFBADoACyABQQA6AAALIAIoAgAgAiACLAALQQBIGyEGA0AgBiIFQQFqIQYgBS0AAEEgRg0ACyAEQQA2AgACQCAFEF4iBkEBSA0AIAVBf2ohCgJAA0AgBiAKai0AAEEuRw0BIAQgB0EBaiIHNgIAIAZBAUohCSAGQX9qIQYgCQ0ACwwBCwJAIAAoAjhFBEBBACEHQQAhCUEAIQogBkEBTgRAA0AgACgCMCAFLAAAIgJB/wFxQQNsaiIELQAAIQsgBC0AASEMIAQtAAIhBCABIAIQ4gIgCSAEIAxGaiEJIAVBAWohBSAKQQFqIQogByALQQBHaiEHIAZBAUohBCAGQX9qIQYgBA0ACwsgACgCMCABKAIAIAEgASwAC0EASBstAABBA2xqLQAAIQwMAQsgCEEANgIIIAhCADcDACAIIAIQpAcaQQAhB0EAIQkgCCgCACIGIAgoAgRHBEBBACEFA0AgByAGIAVBAXRqLwAAIgYgBiAAKAI0ELoHIgRHaiEHIAkgBiAAKAI0ELgHIARGaiEJIAVBAWoiBSAIKAIEIAgoAgAiBmtBAXVJDQALCyABIAgQowcgBwRAIAgoAgAvAAAiBSAFIAAoAjQQugdHIQwLIAgoAgAiBQRAIAggBTYCBCAFEDwLQQAhCgsgB0UEQEEAIQsMAQtBASELIAdBAUZBACAMGw0AQQIhCyAHIApGDQAgByAJaiAKRg0AQQRBAyAMG0EDIAdBAUobIQsLIAMgCzYCACAIQRBqIgAjAkkEQBATCyAAJAALfwECfyMAQRBrIgIiAyMCSQRAEBMLIAMkAAJAIAAoAjgEQCACQQA2AgggAkIANwMAIAIgARCkBxogAiAAKAI0EL4HIAEgAhCjByACKAIAIgBFDQEgAiAANgIEIAAQPAwBCyABIAAoAjAQuwcLIAJBEGoiACMCSQRAEBMLIAAkAAuYAQECfyMAQSBrIgIiAyMCSQRAEBMLIAMkACAAIAEQ0QIhACACQYCAgBA2AhggAkIANwMQIAJBADoAEiACQcO/AjsBECACQYCAgAg2AgggAkLfATcDACAAIAJBEGogAhCzByACLAALQX9MBEAgAigCABA8CyACLAAbQX9MBEAgAigCEBA8CyACQSBqIgAjAkkEQBATCyAAJAALsgMBBH8jAEEQayIJIggjAkkEQBATCyAIJAACQAJAAkAgASgCBCABLQALIgcgB0EYdEEYdUEASCIHGyIIIAJJDQACQAJAIAEoAgAgASAHGyIKIAhqIgggAiAKaiIHayICQQJIDQADQCACQX9qIgJFDQEgB0HzACACECUiAkUNASACLwAAQfPmAUYNAiAIIAJBAWoiB2siAkEBSg0ACwsgCCECCyADQQRKDQBBfyACIAprIAIgCEYbIgdBf0YNACAHIApqQcMBOgAAIAdBAWoiCCABKAIAIAEgASwAC0EASBtqQZ8BOgAAIAAgASAHQQJqIgogA0EBaiIDIARBAWogBSAGEI8IIgINAiABKAIAIAEgASwAC0EASBsgB2pB8wA6AAAgASgCACABIAEsAAtBAEgbIAhqQfMAOgAAIAAgASAKIAMgBCAFIAYQjwgiAg0CDAELIARBAUgNACAAKAI4BEAgACABIAUgBhCQCCECDAILIAkgARCOCCAAIAkgBSAGEJAIIQIgCSwAC0F/Sg0BIAkoAgAQPAwBC0EAIQILIAlBEGoiACMCSQRAEBMLIAAkACACC9sRAQp/IwBBsANrIgYiBSMCSQRAEBMLIAUkACAGQQA2AqgDIAZCADcDoAMCQAJAAn8CQCAAKAIMIgVFDQAgBRCkAiIFRQ0AIAZBoANqIAEQ1gICQCAAKAI4BEAgBkGgA2ogACgCDEHUImoQyQcaDAELIAZBADYCGCAGQgA3AxAgBRBeIgRBcE8NAwJAAkAgBEELTwRAIARBEGpBcHEiCBBdIQcgBiAIQYCAgIB4cjYCGCAGIAc2AhAgBiAENgIUDAELIAYgBDoAGyAGQRBqIQcgBEUNAQsgByAFIAQQGhoLIAQgB2pBADoAACAGQaADaiAGQRBqEMoHIAYsABtBf0oNACAGKAIQEDwLIAYsAKsDIgVBf0wEQCAGKAKkAyEMIAYoAqADIQFBAQwCCyAFQf8BcSEMIAZBoANqIQFBAQwBCwJAIAEsAAsiBUF/TARAIAEoAgQhDCABKAIAIQEMAQsgBUH/AXEhDAtBAAshBEEAIQUCQCAMRQ0AAkACQCAAKAI8BEAgBEUEQCAGQaADaiABEOMCCyAAKAI4BEAgBkGgA2oQtQcaDAILIAZBoANqELQHDAELIARFDQELIAZBoANqIQEgBiwAqwNBf0oNACAGKAKgAyEBCyAAKAIQIgQgACgCFEcEQANAAn9BACAEIA1BAnRqKAIAIAEQvQEiCUUNABoCQCAJKAIEIgVFDQAgACgCDCIHRQ0AIAUgCS4BAiIEQQF0aiELIAcvAeAgIQogBARAA0AgBSAEQQF2IgdBAXRqIghBAmogBSAILwEAIApJIggbIQUgBCAHQX9zaiAHIAgbIgQNAAsLIAUgC0YNACAKIAUvAQBJDQAgAgRAIAIgAigCAEECajYCAAtBACEFIAAoAjRBJEcNBCAAKAIMLwG4IEUNBCAJKAIEIgQgCS4BAiIHQQF0aiELIAAoAgwvAbggIQkgBwRAA0AgBCAHQQF2IghBAXRqIgpBAmogBCAKLwEAIAlJIgobIQQgByAIQX9zaiAIIAobIgcNAAsLIAQgC0YNBCACRQ0EIAkgBC8BAEkNBCACIAIoAgBBAWo2AgAMBAsDQCAJIAkoAgRFDQEaIAkgACgCDCIFRQ0BGgJAAkAgBS8B5iBFDQAgCSgCBCIFIAkuAQIiBEEBdGohCyAAKAIMLwHmICEKIAQEQANAIAUgBEEBdiIHQQF0aiIIQQJqIAUgCC8BACAKSSIIGyEFIAQgB0F/c2ogByAIGyIEDQALCyAFIAtGDQAgCiAFLwEATw0BCwJAIAAoAgwvAYAjRQ0AIAkoAgQiBSAJLgECIgRBAXRqIQsgACgCDC8BgCMhCiAEBEADQCAFIARBAXYiB0EBdGoiCEECaiAFIAgvAQAgCkkiCBshBSAEIAdBf3NqIAcgCBsiBA0ACwsgBSALRg0AIAogBS8BAE8NAQsgCSACRQ0CGiAJIAItAABBEHFFDQIaIAkoAgQiBSAJLgECIgRBAXRqIQogBARAA0AgBSAEQQF2IgdBAXRqIghBAmogBSAILwEAQef/A0kiCBshBSAEIAdBf3NqIAcgCBsiBA0ACwsgCSAFIApGDQIaIAUvAQBB5/8DTQ0AIAkMAgsgCSgCDCIJDQALQQALIgVFBEAgDUEBaiINIAAoAhQgACgCECIEa0ECdUkNAQsLIAUNAQtBACEFIAAoAgwiBEUNAAJAIAQgASAMQQBBABCTAiILRQ0AAkAgCygCBEUNAAJAIAAoAgwvAYAjRQ0AIAsoAgQiBCALLgECIgdBAXRqIQ0gACgCDC8BgCMhCSAHBEADQCAEIAdBAXYiCEEBdGoiCkECaiAEIAovAQAgCUkiChshBCAHIAhBf3NqIAggChsiBw0ACwsgBCANRg0AIAkgBC8BAE8NAgsCQCACRQ0AIAItAABBEHFFDQAgCygCBCIEIAsuAQIiB0EBdGohCSAHBEADQCAEIAdBAXYiCEEBdGoiCkECaiAEIAovAQBB5/8DSSIKGyEEIAcgCEF/c2ogCCAKGyIHDQALCyAEIAlGDQAgBC8BAEHo/wNJDQILIAsoAgQiBUUNACAAKAIMIgdFDQAgBSALLgECIgRBAXRqIQkgBy8B4CAhCiAEBEADQCAFIARBAXYiB0EBdGoiCEECaiAFIAgvAQAgCkkiCBshBSAEIAdBf3NqIAcgCBsiBA0ACwsgBSAJRg0AIAogBS8BAEkNAEEAIQUgAkUNAiACIAIoAgBBAmo2AgAMAgsgA0UEQCALIQUMAgsgAyALQRFqEOMCIAAoAjxFBEAgCyEFDAILIAAoAjgEQCADELUHGiALIQUMAgsgAxC0ByALIQUMAQsgACgCDBCnAkUNACAAKAIMIQcgBkEANgIIIAZCADcDACABEF4iBUFwTw0CAkACQCAFQQtPBEAgBUEQakFwcSIIEF0hBCAGIAhBgICAgHhyNgIIIAYgBDYCACAGIAU2AgQMAQsgBiAFOgALIAYhBCAFRQ0BCyAEIAEgBRAaGgsgBCAFakEAOgAAIAcgBkEAQQBB5ABBAEEAIAZBEGpBAEEAIAIQmQIhBCAGLAALQX9MBEAgBigCABA8CyAERQRAQQAhBSAAKAI0QSRHDQEgASAMQX9qIgRqLQAAQS1HDQEgBkEANgIIIAZCADcDACAEQXBPDQMCQAJAIARBC08EQCAMQQ9qQXBxIgUQXSEHIAYgBUGAgICAeHI2AgggBiAHNgIAIAYgBDYCBAwBCyAGIAQ6AAsgBiEHIARFDQELIAcgASAEEBoaC0EAIQUgBCAHakEAOgAAIAAoAgwgBkF7QQBB5ABBAEEAIAZBEGpBAUEAIAIQmQIhBCAGLAALQX9MBEAgBigCABA8CyAERQ0BCwJAIANFDQAgAyAEQRFqEOMCIAAoAjxFDQAgACgCOARAIAMQtQcaDAELIAMQtAcLIAIEQCACIAIoAgBBAWo2AgALIAQhBQsgBiwAqwNBf0wEQCAGKAKgAxA8CyAGQbADaiIAIwJJBEAQEwsgACQAIAUPCxDPAgALEM8CAAvSBQEGfyMAQSBrIgQiByMCSQRAEBMLIAckAAJAAkACQCAAKAIEIgMgACgCCCIFSQRAIAEgA0YEQCABIAIQ0QIaIAAgACgCBEEMajYCBAwCCyABIAMgAWtBdGoiCEEMbUEMbGoiBSADSQRAIAMhByAFIQYDQCAHIAYQ0QIaIAAgACgCBEEMaiIHNgIEIAZBDGoiBiADSQ0ACwsgCARAA0AgA0F0aiIDIAVBdGoiBRDWAiABIAVHDQALCyABIAEgAk0EfyACQQxqIAIgACgCBCACSxsFIAILENYCDAELIAMgACgCACIGa0EMbUEBaiIHQdaq1aoBTw0BIAQgAEEIajYCGEEAIQMgBEEANgIUIAEgBmtBDG0hCCAHIAUgBmtBDG0iBUEBdCIGIAYgB0kbQdWq1aoBIAVBqtWq1QBJGyIFBEAgBUHWqtWqAU8NAyAFQQxsEF0hAwsgBCADNgIIIAQgAyAIQQxsaiIGNgIQIAQgAyAFQQxsajYCFCAEIAY2AgwgBEEIaiACEJIIIAQoAgwiByEFIAEgACgCACIGRwRAIAchBSABIQMDQCAFQXRqIANBdGoiAxDRAhogBCAEKAIMQXRqIgU2AgwgAyAGRw0ACwsCQCABIAAoAgQiA0YEQCAEKAIQIQYMAQsgBCgCECEGA0AgBiABENECGiAEIAQoAhBBDGoiBjYCECABQQxqIgEgA0cNAAsgACgCBCEDIAQoAgwhBQsgACgCACEBIAAgBTYCACAEIAE2AgwgACAGNgIEIAQgAzYCECAAKAIIIQUgACAEKAIUNgIIIAQgATYCCCAEIAU2AhQCfyABIANHBEADQCAEIANBdGoiAzYCECADLAALQX9MBEAgAygCABA8IAQoAhAhAwsgASADRw0ACyAEKAIIIQELIAELBEAgARA8CwsgBEEgaiIAIwJJBEAQEwsgACQADwsQcwALQf6gCBCTCAALlAMBB38CQCAAKAIIIgQgACgCDCICRw0AIAAoAgQiAyAAKAIAIgVLBEAgAyADIAVrQQxtQQFqQX5tQQxsIgVqIQIgAyAERwRAA0AgAiADENYCIAJBDGohAiADQQxqIgMgBEcNAAsgACgCBCEECyAAIAI2AgggACAEIAVqNgIEDAELAkACQCACIAVrIgJBDG1BAXRBASACGyICQdaq1aoBSQRAIAJBDGwiBhBdIgcgBmohCCAHIAJBAnZBDGxqIQYgAyAERg0BIAYhAgNAIAIgAxDRAhogAkEMaiECIANBDGoiAyAERw0ACyAAIAg2AgwgACgCCCEEIAAgAjYCCCAAKAIEIQIgACAGNgIEIAAoAgAhBSAAIAc2AgAgAiAERg0CA0AgBEF0aiEDIARBf2osAABBf0wEQCADKAIAEDwLIAMhBCACIANHDQALDAILQf6gCBCTCAALIAAgCDYCDCAAIAY2AgggACAGNgIEIAAgBzYCAAsgBUUNACAFEDwLIAAoAgggARDRAhogACAAKAIIQQxqNgIICzMBA39BCBALIgIiAyIBEFsgAUGoEDYCACABQQRqIAAQeSADQdgQNgIAIAJB+BBBHRAMAAvIIwEMfyMAQYABayIDIgUjAkkEQBATCyAFJAAgA0EANgJ8AkAgAkUEQCADQfwAaiECDAELIAJBADYCAAsCQCABKAIEIgUgAS0ACyIEIARBGHRBGHUiB0EASBtBB0YEfyABQQBBf0GNoAhBBxD2AkUEQEEBIQYMAgsgAS0ACyIEIQcgASgCBAUgBQsgBCAHQRh0QRh1QQBIGyEEAkAgACgCOARAIARBqwJNDQEMAgsgBEHjAEsNAQsgA0EANgJ4IANBADYCdCADQQA2AnAgA0IANwNoIANBADYCYCADQgA3A1gCfwJAIAAoAgwiBEUEQCADQQA2AlAgA0IANwNIDAELIAQoAvwgIQQgA0EANgJQIANCADcDSCAERQ0AIAQgASADQcgAahCXAUUNACAAIANB6ABqIANB2ABqIANByABqIANB+ABqIANB9ABqEIsIDAELIAAgA0HoAGogA0HYAGogASADQfgAaiADQfQAahCLCAshByADLABTQX9MBEAgAygCSBA8C0EBIQYCQCAHRQ0AIAAoAhAgACgCFEYNAEEAIQEgAygCaCADQegAaiADLABzQQBIGyEIQQAhBQNAAkAgASAIaiwAACIGQTlKBEAgBSEEDAELQQEhBAJAIAZBL0oNACAGQVRqQf8BcUECSwRAIAUhBAwCC0ECIQQgBUECRgRAIAUhBAwCCyABDQAgBSEEDAELIAQhBSABQQFqIgEgB0kNAQsLQQEhBiAEQQFGQQAgASAHRhsNAAJAIAMoAngiAUEESw0AAkACQAJAAkACQAJAIAFBAWsOBAMCAAABCyACIAIoAgBBIGo2AgALIAAgA0HoAGogAkEAEJAIIgQNAiADKAJ0RQ0CIANByABqIANB6ABqENECIgFBLhDiAiAAIAEgAkEAEJAIIQQgASwAC0F/Sg0CIAEoAgAQPAwCCyACIAIoAgBBIGo2AgAgACADQegAaiACQQAQkAgiBA0CIAMoAnQiBwRAIANByABqIANB6ABqENECIgVBLhDiAiAAIAUgAkEAEJAIIQQgBSwAC0F/TARAIAUoAgAQPAsgBA0DCyAAKAIMRQ0AAkAgA0HoAGpBJ0EAEOwCIgRBf0YNAAJAIAAoAjgEQCADQdgAaiAAKAI0EL0HIANB6ABqIANB2ABqEKMHDAELIANB6ABqIAAoAjAQvAcLIAQgAygCbCADLQBzIgUgBUEYdEEYdUEASBtBf2pPDQAgA0HIAGogA0HoAGpBACAEQQFqIgQgA0HoAGoQ1AIhCCADQThqIANB6ABqIARBfyADQegAahDUAiEFAkAgACgCOARAIANBADYCMCADQgA3AyggA0EANgIgIANCADcDGCADQShqIAgQpAcaIANBGGogBRCkBxoCQCAAKAI4BEAgA0EYaiAAKAI0EMAHIAUgA0EYahCjBwwBCyAFIAAoAjAQvwcLIANBCGogCCAFEJUIIANB6ABqIANBCGoQ1gIgAywAE0F/TARAIAMoAggQPAsgA0HYAGogAygCKCADKAIsEJYIIANB2ABqIAMoAlwgAygCGCADKAIcEJcIIAAgA0HoAGogAkEAEJAIIQQgAygCGCIJBEAgAyAJNgIcIAkQPAsgAygCKCIJRQ0BIAMgCTYCLCAJEDwMAQsgBSAAKAIwEL8HIANBKGogCCAFEJUIIANB6ABqIANBKGoQ1gIgAywAM0F/TARAIAMoAigQPAsgACADQegAaiACQQAQkAghBAtBBSEJIARFBEACQCAAKAI4BEAgA0HYAGogACgCNBDAByADQegAaiADQdgAahCjBwwBCyADQegAaiAAKAIwEL8HC0EFQQAgACADQegAaiACQQAQkAgiBBshCQsgBSwAC0F/TARAIAUoAgAQPAsgCCwAC0F/TARAIAgoAgAQPAsgCQ0CCyAAKAIMIgRFDQAgBCgCkCNFDQAgAygCbCADLQBzIgQgBEEYdEEYdUEASCIFGyIEQQJIDQAgAygCaCADQegAaiAFGyIJIARqIQggCSEFA0AgBEF/aiIERQ0BIAVB0wAgBBAlIgRFDQEgBC8AAEHTpgFHBEAgCCAEQQFqIgVrIgRBAk4NAQwCCwsgBCAIRg0AIAQgCWtBf0YNAAJAIAAoAjgEQCADQdgAaiAAKAI0EL0HIANB6ABqIANB2ABqEKMHDAELIANB6ABqIAAoAjAQvAcLAkAgACADQcgAaiADQegAahDRAiIFQQBBAEEAIAJBABCPCCIEDQACQCAAKAI4BEAgA0HYAGogACgCNBDAByADQegAaiADQdgAahCjBwwBCyADQegAaiAAKAIwEL8HCyAAIANB6ABqQQBBAEEAIAJBABCPCCIEDQAgB0UNACAFQS4Q4gIgACAFQQBBAEEAIAJBABCPCCIEDQAgBSADQThqIANB6ABqENECIgQQ1gIgBCwAC0F/TARAIAQoAgAQPAsgBUEuEOICIAAgBUEAQQBBACACQQAQjwghBAsgBSwAC0F/TARAIAUoAgAQPAsgBA0CCyACIAIoAgBBIGo2AgACQCAAKAI4BEAgA0HYAGogACgCNBC9ByADQegAaiADQdgAahCjBwwBCyADQegAaiAAKAIwELwHCyADQcgAaiADQegAahDRAiEKAkAgACgCOARAIANB2ABqIAAoAjQQwAcgA0HoAGogA0HYAGoQowcMAQsgA0HoAGogACgCMBC/BwsgAUEBRyIHRQRAIAIgAigCAEEQajYCAAsgACADQegAaiACQQAQkAghBCACKAIAIQUgB0UEQCACIAVBcGoiBTYCAAsCQAJAIAVBAnENACAEBEAgACgCDCIFRQ0CIAQoAgRFDQIgBS8BgiNFDQIgBCgCBCIFIAQuAQIiB0EBdGohDSAAKAIMLwGCIyEMIAcEQANAIAUgB0EBdiIIQQF0aiIJQQJqIAUgCS8BACAMSSIJGyEFIAcgCEF/c2ogCCAJGyIHDQALCyAFIA1GDQIgAUECRw0CIAwgBS8BAEkNAgsCQAJAIAAgCiACQQAQkAgiBA0AIAMoAnRFDQAgCkEuEOICIAAgCiACQQAQkAgiBA0BIAogA0HoAGoQ1gIgCkEuEOICIAFBAUciBEUEQCACIAIoAgBBEGo2AgALIAAgCiACQQAQkAghCyAERQRAIAIgAigCAEFwajYCAAtBACEEIAtFDQNBACALAn9BACAAKAIMIgRFDQAaQQAgCygCBEUNABpBACAELwGCI0UNABogCygCBCIEIAsuAQIiBUEBdGohDCAAKAIMLwGCIyEJIAUEQANAIAQgBUEBdiIHQQF0aiIIQQJqIAQgCC8BACAJSSIIGyEEIAUgB0F/c2ogByAIGyIFDQALC0EAIAQgDEYNABogCSAELwEATwsbIAsgAUECRhshBAwDCyAERQ0BCyAAKAIMIgVFDQEgBCgCBEUNASAFLwGCI0UNASAEKAIEIgUgBC4BAiIHQQF0aiEMIAAoAgwvAYIjIQkgBwRAA0AgBSAHQQF2IghBAXRqIgtBAmogBSALLwEAIAlJIgsbIQUgByAIQX9zaiAIIAsbIgcNAAsLIAUgDEYNASAJIAUvAQBJDQEgAUECRg0AIAAoAgwoApAjRQ0AIAAoAjgEQCAKKAIEIAotAAsiASABQRh0QRh1QQBIIgUbIgFBAkgNASAKKAIAIANByABqIAUbIgggAWohByAIIQUDQCABQX9qIgFFDQIgBUHDASABECUiAUUNAiABLwAAQcO/AkcEQCAHIAFBAWoiBWsiAUECTg0BDAMLCyABIAdGDQEgASAIa0F/Rg0BDAILIApBX0EAEOwCQX9HDQELQQAhBAsgCiwAC0F/Sg0AIAooAgAQPAsgBEUNAQsgACgCDCIBRQ0BIAEvAYYjRQ0BIAQoAgQiAUUNASABIAQuAQIiBEEBdGohCyAAKAIMLwGGIyEIIAQEQANAIAEgBEEBdiIFQQF0aiIHQQJqIAEgBy8BACAISSIHGyEBIAQgBUF/c2ogBSAHGyIEDQALCyABIAtGDQEgCCABLwEASQ0BIAIgAigCAEFAazYCACAAKAIMKAKII0UhBgwBCyAAKAJAIgkgACgCRCIBRgRAQQAhBgwBCyADKAJoIANB6ABqIAMtAHMiBEEYdEEYdUEASCIGGyIMIAMoAmwgBCAGGyINaiEIIAEgCWtBDG0hDkEAIQtBACEKA0AgCSALQQxsaiIEKAIEIAQtAAsiASABQRh0QRh1QQBIIgYbIQEgBCgCACAEIAYbIQVBACEEA0ACQCABBEAgCCAEIAxqIgZrIgQgAUgNASAFLQAAIQcDQCAEIAFrIgRBAWoiAiAESQ0CIAYgByACECUiBEUNAiAEIAUgARCTAQRAIAggBEEBaiIGayIEIAFODQEMAwsLIAQgCEYNASAEIAxrIQQLIARBf0YNACAKQQFqIQogDSABIARqIgRPDQELCyALQQFqIgsgDkkNAAtBACEGIApBCUoNAEEAIQQCQANAAkAgCSAEQQxsIgVqIgYtAAsiAUEYdEEYdUF/SiICRQRAIAYoAgQhAQsCQCABQQFGDQAgDSABSQ0AAn8gAkUEQCAGKAIADAELIAYLIQcgAUF/aiECAkAgBy0AAEHeAEcNACADQegAakEAIAIgBkEBIAIQ7wINACAAIANByABqIANB6ABqIAJBfyADQegAahDUAkEAEJQIIQYgAywAU0F/TARAIAMoAkgQPAsgBkUNAEEBIQYMBQsCfyAAKAJAIAVqIgYsAAtBf0wEQCAGKAIADAELIAYLIAJqLQAAQSRHDQAgA0HoAGogDSABa0EBaiIBIAIgBkEAIAIQ7wINACADQcgAaiADQegAaiABQX8gA0HoAGoQ1AIaIANB6ABqIAEQ2wJBASEBIAAgA0HoAGpBABCUCEUEQCADQegAaiADKAJIIANByABqIAMtAFMiBkEYdEEYdUEASCICGyADKAJMIAYgAhsQ4AJBACEBCyADLABTQX9MBEAgAygCSBA8CyABDQELIARBAWoiBCAAKAJEIgEgACgCQCIJa0EMbUkNAQwCCwtBASEGDAELQQAhBiABIAlGDQBBACEHA0ACfyAJIAdBDGwiDGoiBi0ACyIBQRh0QRh1IgRBf0wEQCAGKAIEIgIMAQsgBigCBCECIAELIQkCQCACIAEgBEEASCIIGyIERQ0AIAMoAmggA0HoAGogAy0AcyIBQRh0QRh1QQBIIgIbIgogAygCbCABIAIbIgFqIQUCQAJAIAEgBEgNACAGKAIAIAYgCBsiCy0AACEIIAohBgNAIAEgBGsiAUEBaiICIAFJDQEgBiAIIAIQJSIBRQ0BIAEgCyAEEJMBRQ0CIAUgAUEBaiIGayIBIARODQALCyAFIQELQX8gASAKayABIAVGGyIBRQ0AIAEgDSAJa08NACAAIANByABqIANB6ABqIAEgCWpBfyADQegAahDUAkEAEJQIIQQgAywAU0F/TARAIAMoAkgQPAsgBEUNACADQcgAaiADQegAaiABQX8gA0HoAGoQ1AIhBiADQegAaiABENsCAn9BASAAIANB6ABqQQAQlAgNABogA0HoAGogAygCSCADQcgAaiADLQBTIgJBGHRBGHVBAEgiBRsgAygCTCACIAUbEOACQQAgACgCNEEkRw0AGkEAIAAoAkAgDGoiAigCBCACLQALIgUgBUEYdEEYdUEASBtBAUcNABpBACACQQBBf0GVoAhBARD2Ag0AGiAGIANBOGogA0HoAGogAUEBaiIBQX8gA0HoAGoQ1AIQ1gIgAywAQ0F/TARAIAMoAjgQPAsgA0HoAGogARDbAkEBIAAgA0HoAGpBABCUCA0AGiADQegAaiADKAJIIANByABqIAMtAFMiAUEYdEEYdUEASCIGGyADKAJMIAEgBhsQ4AJBAAshBCADLABTQX9MBEAgAygCSBA8CyAERQ0AQQEhBgwCC0EAIQYgB0EBaiIHIAAoAkQgACgCQCIJa0EMbUkNAAsLIAMoAlgiAQRAIAMgATYCXCABEDwLIAMsAHNBf0oNACADKAJoEDwLIANBgAFqIgAjAkkEQBATCyAAJAAgBgvSAQEHfyAAQgA3AgAgAEEANgIIIAIoAgQgAi0ACyIDIANBGHRBGHUiBUEASBsiBiABKAIEIAEtAAsiAyADQRh0QRh1QQBIIgcbIgNqIgRBcEkEQCABKAIAIQgCQCAEQQpNBEAgACADOgALIAAhBAwBCyAEQRBqQXBxIgkQXSEEIAAgCUGAgICAeHI2AgggACAENgIAIAAgAzYCBAsgAwRAIAQgCCABIAcbIAMQGhoLIAMgBGpBADoAACAAIAIoAgAgAiAFQQBIGyAGEOACDwsQzwIAC6ACAQV/AkACQCACIAFrIgVBAXUiBiAAKAIIIgQgACgCACIDa0EBdU0EQCABIAAoAgQgA2siBGogAiAGIARBAXUiBUsbIgcgAWsiBARAIAMgASAEEHALIAYgBUsEQCACIAdrIgFBAUgNAiAAKAIEIAcgARAaGiAAIAAoAgQgAWo2AgQPCyAAIAMgBEEBdUEBdGo2AgQPCyADBEAgACADNgIEIAMQPCAAQQA2AgggAEIANwIAQQAhBAsgBUF/TA0BIAYgBCAEIAZJG0H/////ByAEQQF1Qf////8DSRsiA0F/TA0BIAAgA0EBdCIGEF0iAzYCACAAIAM2AgQgACADIAZqNgIIIAVBAUgNACAAIAMgASAFEBogBWo2AgQLDwsQcwALpAQBBn8CQAJAAkAgAyACayIEQQFIDQAgBEEBdSIGIAAoAggiBCAAKAIEIgdrQQF1TARAAkAgBiAHIAFrIglBAXUiBEwEQCAHIQUgAyEIDAELIAchBSADIAIgBEEBdGoiCEcEQCAIIQQDQCAFIAQvAAA7AAAgACAAKAIEQQJqIgU2AgQgBEECaiIEIANHDQALCyAJQQFIDQILIAUgASAGQQF0IgRqayEGIAUgBGsiBCAHSQRAIAUhAwNAIAMgBC8AADsAACAAIAAoAgRBAmoiAzYCBCAEQQJqIgQgB0kNAAsLIAYEQCAFIAZBAXVBAXRrIAEgBhBwCyAIIAJrIgRFDQEgASACIAQQcA8LIAcgACgCACIFa0EBdSAGaiIHQX9MDQECf0EAIAcgBCAFayIEIAQgB0kbQf////8HIARBAXVB/////wNJGyIGRQ0AGiAGQX9MDQMgBkEBdBBdCyIIIAEgBWtBAXVBAXRqIQcCQCACIANGBEAgByEEDAELIAchBANAIAQgAi8AADsAACAEQQJqIQQgAkECaiICIANHDQALIAAoAgAhBQsgBkEBdCEGIAcgASAFayICayEDIAJBAU4EQCADIAUgAhAaGgsgBiAIaiEGIAAoAgQgAWsiAkEBTgRAIAQgASACEBogAmohBCAAKAIAIQULIAAgBjYCCCAAIAQ2AgQgACADNgIAIAUEQCAFEDwLCw8LEHMAC0H+oAgQkwgAC5E4AQ1/IwBBkAFrIgMiBCMCSQRAEBMLIAQkACADQQA2AogBIANCADcDgAEgA0EANgJ8AkACQCABKAIcBEAgASgCECABKAIURw0BCyAAIANBgAFqEJkIGgwBCyACQQBBBUGNoAhBBRD2AkUEQCAAIAEgAhCaCAwBCyACKAIEIAItAAsiBCAEQRh0QRh1QQBIGyEEAkAgASgCOARAIARBrAJJDQEgACADQYABahCZCBoMAgsgBEHkAEkNACAAIANBgAFqEJkIGgwBCyADQQA2AnggA0EANgJ0IANBADYCcCADQgA3A2ggA0EANgJgIANCADcDWAJAAn8CQCABKAIMIgRFBEAgA0EANgJQIANCADcDSAwBCyAEKAL8ICEEIANBADYCUCADQgA3A0ggBEUNACAEIAIgA0HIAGoQlwFFDQAgASADQegAaiADQdgAaiADQcgAaiADQfgAaiADQfQAahCLCAwBCyABIANB6ABqIANB2ABqIAIgA0H4AGogA0H0AGoQiwgLIglFBEAgACADQYABahCZCBogAywAU0EATg0BIAMoAkgQPAwBCyADLABTQX9MBEAgAygCSBA8CyADKAJ4IQQCQAJAAkACQAJAAkACQAJAAkACQCABKAIMIgVFDQAgBA0AIAUvAYQjRQ0BIANBIDYCOCABIANB6ABqIANBOGpBABCQCEUNASABIANByABqIANB6ABqENECIgQQmwgCQCADKAKEASIFIAMoAogBRwRAIAUgBBDRAhogAyADKAKEAUEMajYChAEMAQsgA0GAAWogBBCcCAsgACADQYABahCZCBogBCwAC0F/Sg0KIAQoAgAQPAwKCyAEQQRLDQgCQAJAAkACQCAEQQFrDgQAAwIBBAsgASgCHCADQYABaiADKAJoIANB6ABqIAMsAHNBAEgbIANB/ABqEOAHIANByABqIANB6ABqENECIQQCQCABKAI4BEAgA0HYAGogASgCNBC9ByAEIANB2ABqEKMHDAELIAQgASgCMBC8BwsgASgCHCADQYABaiAEKAIAIANByABqIAQsAAtBAEgbIANB/ABqEOAHIAQsAAtBf0wEQCAEKAIAEDwLQQEhDQwLC0EBIQ0LIAEoAhwgA0GAAWogAygCaCADQegAaiADLABzQQBIGyADQfwAahDgBwJAIANB6ABqQS5BABDsAiIFQX9GDQAgA0HIAGogA0HoAGogBUEBaiIHQX8gA0HoAGoQ1AIhBQJAIAEoAjgEQCADQQA2AkAgA0IANwM4IANBOGogBRCkBxogA0E4aiABKAI0EMgHIQYgAygCOCIIRQ0BIAMgCDYCPCAIEDwMAQsgBSABKAIwEMcHIQYLAkAgBkEBRw0AIANBOGogA0HoAGoQ0QIiBiAHEOUCIANBgAFqIAMoAoABIAYQkQggBiwAC0F/Sg0AIAYoAgAQPAsgBSwAC0F/Sg0AIAUoAgAQPAsgA0EANgJQIANCADcDSCAEQQRGBEAgA0HIAGogA0HoAGoQ1gICQCABKAI4BEAgA0HYAGogASgCNBDCByADQcgAaiADQdgAahCjBwwBCyADQcgAaiABKAIwEMEHCyABKAIcIANBgAFqIAMoAkggA0HIAGogAywAU0EASBsgA0H8AGoQ4AcLIANByABqIANB6ABqENYCAkAgASgCOARAIANB2ABqIAEoAjQQvQcgA0HIAGogA0HYAGoQowcMAQsgA0HIAGogASgCMBC8BwsgAywAUyEFIANBQGtBADYCACADQgA3AzggAygCSCADQcgAaiAFQQBIGyIHEF4iBUFwTw0CAkACQCAFQQtPBEAgBUEQakFwcSIIEF0hBiADIAhBgICAgHhyNgJAIAMgBjYCOCADIAU2AjwMAQsgAyAFOgBDIANBOGohBiAFRQ0BCyAGIAcgBRAaGgsgBSAGakEAOgAAIAEgA0E4akEAEJQIIQUgAywAQ0F/TARAIAMoAjgQPAsgBQRAIANBgAFqIAMoAoABIANByABqEJEICyADKAKAASEFIAMoAoQBIQYgASgCHCADQYABaiADKAJIIANByABqIAMsAFNBAEgbIANB/ABqEOAHIAYgBWtBDG0hCCAEQQRGBEACQCABKAI4BEAgA0HYAGogASgCNBDAByADQcgAaiADQdgAahCjBwwBCyADQcgAaiABKAIwEL8HCyADLABTIQQgA0FAa0EANgIAIANCADcDOCADKAJIIANByABqIARBAEgbIgYQXiIEQXBPDQQCQAJAIARBC08EQCAEQRBqQXBxIgcQXSEFIAMgB0GAgICAeHI2AkAgAyAFNgI4IAMgBDYCPAwBCyADIAQ6AEMgA0E4aiEFIARFDQELIAUgBiAEEBoaCyAEIAVqQQA6AAAgASADQThqQQAQlAghBCADLABDQX9MBEAgAygCOBA8CyAEBEAgA0GAAWogAygCgAEgA0HIAGoQkQgLIAEoAhwgA0GAAWogAygCSCADQcgAaiADLABTQQBIGyADQfwAahDgBwsgCCADKAKEASILIAMoAoABIgVrQQxtTw0IIANBQGshDwNAAkACfyAFIAhBDGwiDmoiBCwAC0F/SiIMRQRAIAQoAgAMAQsgBAtBIBBgIgdFDQAgB0EBaiIKEF4iBiAJTw0AIAMoAmggA0HoAGogAywAc0EASBsgCWogBmsgChBDRQ0AIAxFBEAgBCgCACEECyAPQQA2AgAgA0IANwM4IAogBGsiBkFwTw0GAkAgBkEKTQRAIAMgBjoAQyADQThqIQUMAQsgBkEQakFwcSILEF0hBSADIAtBgICAgHhyNgJAIAMgBTYCOCADIAY2AjwLIAQgCkcEQANAIAUgBC0AADoAACAFQQFqIQUgBCAHRyEGIARBAWohBCAGDQALCyAFQQA6AAAgA0EANgIwIANCADcDKCAKEF4iBEFwTw0HAkACQCAEQQtPBEAgBEEQakFwcSIGEF0hBSADIAZBgICAgHhyNgIwIAMgBTYCKCADIAQ2AiwMAQsgAyAEOgAzIANBKGohBSAERQ0BCyAFIAogBBAaGgsgBCAFakEAOgAAIANBADYCICADQgA3AxgCQAJAIAEoAjhFDQAgA0EYaiADQShqEKQHGiABKAI4RQ0AIANBGGogASgCNBDAByADQShqIANBGGoQowcMAQsgA0EoaiABKAIwEL8HCwJAIAMoAoABIA5qIgVBDGoiBCADKAKEASIGRwRAA0AgBSAEENYCIAVBDGohBSAEQQxqIgQgBkcNAAsgAygChAEiBCAFRg0BCwNAIARBdGohBiAEQX9qLAAAQX9MBEAgBigCABA8CyAGIgQgBUcNAAsLIAMgBTYChAEgAygCgAEhBCADQQhqIANBOGogA0EoahCVCCADQYABaiAEIANBCGoQkQggAywAE0F/TARAIAMoAggQPAsgAygCGCIEBEAgAyAENgIcIAQQPAsgAywAM0F/TARAIAMoAigQPAsgAywAQ0F/TARAIAMoAjgQPAsgAygCgAEhBSADKAKEASELCyAIQQFqIgggCyAFa0EMbUkNAAsMCAsgA0HIAGogA0HoAGoQ0QIhBwJAIAEoAjgEQCADQdgAaiABKAI0EL0HIAcgA0HYAGoQowcMAQsgByABKAIwELwHCyABKAIcIANBgAFqIAcoAgAgA0HIAGogBywAC0EASBsgA0H8AGoQ4AcCQCABKAIMIgRFDQAgBC8BgiNFDQAgBygCACEEIAcsAAshBSADQUBrQQA2AgAgA0IANwM4IAQgA0HIAGogBUEASBsiBhBeIgRBcE8NBgJAAkAgBEELTwRAIARBEGpBcHEiCBBdIQUgAyAIQYCAgIB4cjYCQCADIAU2AjggAyAENgI8DAELIAMgBDoAQyADQThqIQUgBEUNAQsgBSAGIAQQGhoLIAQgBWpBADoAACABIANBOGpBABCUCCEEIAMsAENBf0wEQCADKAI4EDwLIARFDQAgA0GAAWogAygCgAEgBxCRCAsCQCABKAI4BEAgA0HYAGogASgCNBDAByAHIANB2ABqEKMHDAELIAcgASgCMBC/BwsgASgCHCADQYABaiAHKAIAIANByABqIAcsAAtBAEgbIANB/ABqEOAHIAMoAoABIgUgAygChAFGDQZBACEEA0AgASAFIARBDGwiBmoQjQgCQCABKAIMIgVFDQAgBSgCkCNFDQAgAygCgAEgBmohBSABKAI4BEAgA0FAa0GAgIAQNgIAIANCADcDOCADQQA6ADogA0HDvwI7ATggA0GAgIAQNgIwIANCADcDKCADQQA6ACogA0HTpgE7ASggBSADQThqIANBKGoQswcgAywAM0F/TARAIAMoAigQPAsgAywAQ0F/Sg0BIAMoAjgQPAwBCyADQUBrQYCAgAg2AgAgA0LfATcDOCADQYCAgBA2AjAgA0IANwMoIANBADoAKiADQdOmATsBKCAFIANBOGogA0EoahCzByADLAAzQX9MBEAgAygCKBA8CyADLABDQX9KDQAgAygCOBA8CyAEQQFqIgQgAygChAEgAygCgAEiBWtBDG1JDQALDAYLIAEoAhwgA0GAAWogAygCaCADQegAaiADLABzQQBIGyADQfwAahDgBwwHCxDPAgALEM8CAAsQzwIACxDPAgALEM8CAAsgBywAC0F/TARAIAcoAgAQPAsMAQsgAywAU0F/Sg0AIAMoAkgQPAsCQCABKAI0QSRHDQAgAygCgAEiBiADKAKEAUYNAEEAIQQDQAJAIAYgBEEMbCIFakEtQQAQ7AIiBkF/Rg0AIANByABqIAMoAoABIAVqIgdBACAGIAcQ1AIhByADQThqIAMoAoABIAVqIgggBkEBakF/IAgQ1AIaIAcgAygCOCADQThqIAMtAEMiCEEYdEEYdUEASCIJGyADKAI8IAggCRsQ4AIgAywAQ0F/TARAIAMoAjgQPAsgASAHIANBOGoQlAgaIAMoAjhBA3EhByADKAKAASAFaiIFLAALQX9MBH8gBSgCAAUgBQsgBmpBIEEtIAdBA0YbOgAAIAMsAFNBf0oNACADKAJIEDwLIARBAWoiBCADKAKEASADKAKAASIGa0EMbUkNAAsLAkAgASgCDCIERQ0AIAMoAoABIAMoAoQBRwRAIAMoAnxFDQELIAQoAswhRQ0AIAMoAngiBEEESw0AIAFBEGohBQJAAkACQAJAAkAgBEEBaw4EAgMBAAQLQQEhDQsgA0HIAGogA0HoAGoQ0QIhBAJAIAEoAjgEQCADQdgAaiABKAI0EL0HIAQgA0HYAGoQowcMAQsgBCABKAIwELwHCyABKAIcIANBgAFqIAQoAgAgA0HIAGogBCwAC0EASBsgBRD8ByAELAALQX9KDQMgBCgCABA8DAMLIANByABqIANB6ABqENECIQQCQCABKAI4BEAgA0HYAGogASgCNBC9ByAEIANB2ABqEKMHDAELIAQgASgCMBC8BwsgASgCHCADQYABaiAEKAIAIANByABqIAQsAAtBAEgbIAUQ/AcgBCwAC0F/TARAIAQoAgAQPAtBASENDAILIANByABqIANB6ABqENECIQYCQCABKAI4BEAgA0HYAGogASgCNBC9ByAGIANB2ABqEKMHDAELIAYgASgCMBC8BwsgAygCgAEhBCADKAKEASEHIAEoAhwgA0GAAWogBigCACADQcgAaiAGLAALQQBIGyAFEPwHIAcgBGtBDG0iBCADKAKEASADKAKAASIFa0EMbUkEQANAIAEgBSAEQQxsahCNCCAEQQFqIgQgAygChAEgAygCgAEiBWtBDG1JDQALCyAGLAALQX9KDQEgBigCABA8DAELIAEoAhwgA0GAAWogAygCaCADQegAaiADLABzQQBIGyAFEPwHC0EAIQQCQAJAAkACQAJAAkAgA0HoAGpBLUEAEOwCIgtBf0YNACADKAKAASIFIAMoAoQBRwRAA0ACQCAFIARBDGxqQS1BABDsAiEGIAMoAoQBIAMoAoABIgVrQQxtIQcgBkF/Rw0AIARBAWoiBCAHSQ0BCwsgBkF/Rw0BCyADQUBrIQ5BACEIQQAhCUEBIQoDQCADKAJsIQYgAy0AcyEFIANByABqIANB6ABqIAkgCyAJayADQegAahDUAhogDkEANgIAIANCADcDOCADKAJIIANByABqIAMsAFNBAEgbIgcQXiIEQXBPDQIgBiAFIAVBGHRBGHVBAEgbIQYCQAJAIARBC08EQCAEQRBqQXBxIgwQXSEFIAMgDEGAgICAeHI2AkAgAyAFNgI4IAMgBDYCPAwBCyADIAQ6AEMgA0E4aiEFIARFDQELIAUgByAEEBoaCyAGIAtGIQYgBCAFakEAOgAAIAEgA0E4akEAEJQIIQQgAywAQ0F/TARAIAMoAjgQPAsgBiAIciEIIARFBEAgA0EANgIwIANCADcDKCADKAJIIANByABqIAMsAFNBAEgbIgYQXiIEQXBPDQQCQAJAIARBC08EQCAEQRBqQXBxIgcQXSEFIAMgB0GAgICAeHI2AjAgAyAFNgIoIAMgBDYCLAwBCyADIAQ6ADMgA0EoaiEFIARFDQELIAUgBiAEEBoaCyAEIAVqQQA6AAAgA0E4aiABIANBKGoQmAggAywAM0F/TARAIAMoAigQPAsCQAJAIAMoAjwiBCADKAI4RwRAIAtBAWohCgNAIANBKGogA0HoAGpBACAJIANB6ABqENQCIgUgBEF0aiIEKAIAIAQgBC0ACyIGQRh0QRh1QQBIIgcbIAQoAgQgBiAHGxDgAgJAIAhBAXENACAFQZWgCBDhAiADQRhqIANB6ABqIApBfyADQegAahDUAhogBSADKAIYIANBGGogAy0AIyIGQRh0QRh1QQBIIgcbIAMoAhwgBiAHGxDgAiADLAAjQX9KDQAgAygCGBA8CyADQYABaiADKAKAASAFEJEIIAMsADNBf0wEQCADKAIoEDwLIAQgAygCOEcNAAsMAQsgBEUNAQsCfyAEIAQgAygCPCIGRg0AGgNAIAZBdGohBSAGQX9qLAAAQX9MBEAgBSgCABA8CyAFIQYgBCAFRw0ACyADKAI4CyEFIAMgBDYCPCAFEDwLQQAhCgsgCEEBcUUEQCADQegAakEtIAtBAWoiCRDsAiELCwJAIAtBf0cNACADLABzIgRBf0wEQCADKAJsIQsMAQsgBEH/AXEhCwsgAywAU0F/TARAIAMoAkgQPAsgCkUNASAIQQFzQQFxDQALCwJAIAEoAjxFDQAgAygCgAEiBSADKAKEAUYNAEEAIQQDQCAFIARBDGxqIQUCQCABKAI4BEAgBRC1BxoMAQsgBRC0BwsgBEEBaiIEIAMoAoQBIAMoAoABIgVrQQxtSQ0ACwsCQCANRQ0AIAMoAoABIgUgAygChAFGDQBBACEEA0AgASAFIARBDGxqEJsIIARBAWoiBCADKAKEASADKAKAASIFa0EMbUkNAAsLAkAgAygCdCIHRQ0AIAEoAgwiBEUNBSAEKALgIUUNACADKAKAASIFIAMoAoQBRg0AQQAhBANAIANByABqIAIgAigCBCACLQALIgYgBkEYdEEYdUEASBsgB2tBfyACENQCGiAFIARBDGxqIAMoAkggA0HIAGogAy0AUyIFQRh0QRh1QQBIIgYbIAMoAkwgBSAGGxDgAiADLABTQX9MBEAgAygCSBA8CyAEQQFqIgQgAygChAEgAygCgAEiBWtBDG1JDQALCyABKAIMIgRFDQQgBC8BgiNFBEAgASgCDC8B4CBFDQULIAMoAnhBf2pBAUsNBEEAIQggAygChAEiBiADKAKAASIHRgRAQQAhBAwECyADQdAAaiEJQQAhBUEAIQQDQAJAAkAgByAFQQxsIgZqQSBBABDsAkF/Rw0AIAEgAygCgAEgBmpBABCUCA0AIAlBADYCACADQgA3A0ggA0EANgJAIANCADcDOCADKAKAASAGaiEGAkAgASgCOARAIANBOGogBhCkBxoMAQsgA0HIAGogBhDWAgsCQCABKAI4BEAgA0E4aiABKAI0EL0HIANByABqIANBOGoQowcMAQsgA0HIAGogASgCMBC8BwsCQAJAIAEgA0HIAGpBABCUCARAIAMoAoABIARBDGxqIANByABqENYCDAELAkAgASgCOARAIANBOGogASgCNBDAByADQcgAaiADQThqEKMHDAELIANByABqIAEoAjAQvwcLIAEgA0HIAGpBABCUCEUNASADKAKAASAEQQxsaiADQcgAahDWAgsgBEEBaiEECyADKAI4IgYEQCADIAY2AjwgBhA8CyADLABTQX9KDQEgAygCSBA8DAELIAMoAoABIgcgBEEMbGogBiAHahDWAiAEQQFqIQQLIAVBAWoiBSADKAKEASIGIAMoAoABIgdrQQxtIghJDQALDAILEM8CAAsQzwIACyAEIAhNDQAgA0GAAWogBCAIaxCdCAwBCyAEIAhPDQAgBiAHIARBDGxqIgVHBEADQCAGQXRqIQQgBkF/aiwAAEF/TARAIAQoAgAQPAsgBCEGIAQgBUcNAAsLIAMgBTYChAELQQAhDAJAAkACQCADKAKEASIEIAMoAoABIgpGBEBBACEJDAELQQAhCQNAIAogCUEMbGogCiAMQQxsIgRqENYCAkAgCUUEQEEAIQkgAygCgAEhCgwBC0EAIQggAygCgAEiCiAEaiICKAIEIAItAAsiBCAEQRh0QRh1Ig1BAEgbIQsDQAJAIAogCEEMbGoiBSgCBCAFLQALIgYgBkEYdEEYdUEASCIHGyALRw0AIAIoAgAgAiANQQBIGyEEIAUoAgAhDgJAIAdFBEAgC0UNASAELQAAIA5B/wFxRw0CA0AgBkF/aiIGRQ0CIAQtAAEhByAEQQFqIQQgByAFQQFqIgUtAABGDQALDAILIAtFDQAgDiAFIAcbIAQgCxCTAQ0BCyAJQX9qIQkMAgsgCEEBaiIIIAlHDQALCyAJQQFqIQkgDEEBaiIMIAMoAoQBIgQgCmtBDG0iBUkNAAsgCSAFSw0BIAUhDAsgCSAMTw0BIAQgCiAJQQxsaiIGRwRAA0AgBEF0aiEFIARBf2osAABBf0wEQCAFKAIAEDwLIAYgBSIERw0ACwsgAyAGNgKEAQwBCyADQYABaiAJIAVrEJ0ICwJAIAEoAgwiBEUNACAEKAKAISIHRQ0AIAMoAoABIgUgAygChAFGDQBBACEEIANB0ABqIQgDQCAIQQA2AgAgA0IANwNIIAcgBSAEQQxsIgZqIANByABqEJcBBEAgAygCgAEgBmogA0HIAGoQ1gILIAMsAFNBf0wEQCADKAJIEDwLIARBAWoiBCADKAKEASADKAKAASIFa0EMbUkNAAsLIAAgA0GAAWoQmQgaCyADKAJYIgQEQCADIAQ2AlwgBBA8CyADLABzQX9KDQAgAygCaBA8CyADKAKAASIGBEACfyAGIAYgAygChAEiBUYNABoDQCAFQXRqIQQgBUF/aiwAAEF/TARAIAQoAgAQPAsgBCEFIAQgBkcNAAsgAygCgAELIQQgAyAGNgKEASAEEDwLIANBkAFqIgAjAkkEQBATCyAAJAALlgEBA38gAEEANgIIIABCADcCACABKAIEIAEoAgBrIgJBDG0hBAJAAkAgAkUNACAEQdaq1aoBTw0BIAAgAhBdIgM2AgAgACADNgIEIAAgAyAEQQxsajYCCCABKAIAIgIgASgCBCIBRg0AA0AgAyACENECGiAAIAAoAgRBDGoiAzYCBCACQQxqIgIgAUcNAAsLIAAPCxBzAAvtDQEFfyMAQeAAayIDIgQjAkkEQBATCyAEJAAgA0IANwNQIANBADYCWAJAIAIoAgAgAiACLAALQQBIG0G3oAgQrgEiAkUEQCAAIANB0ABqEJkIGgwBCyACQT4QYCIERQRAIAAgA0HQAGoQmQgaDAELIARBvqAIEK4BIgRFBEAgACADQdAAahCZCBoMAQsgAkHKoAgQnggEQCADQUBrIARBPhBgEJ8IAkAgAygCRCADLQBLIgIgAkEYdEEYdUEASBtFDQAgA0EwaiABIANBQGsQoAggA0HQAGogAygCMCADKAI0EIgIIAMoAjAiBEUNAAJ/IAQgBCADKAI0IgFGDQAaA0AgAUF0aiECIAFBf2osAABBf0wEQCACKAIAEDwLIAIhASACIARHDQALIAMoAjALIQIgAyAENgI0IAIQPAsCQCADKAJQIAMoAlRGBEAgACADQdAAahCZCBoMAQsgA0EANgI4IANCADcDMCADQTBqQdKgCBDhAiADKAJUIAMoAlBHBEBBsaAIKAAAIQZBtaAILQAAIQdBACEBA0AgA0EwakHZoAgQ4QIgA0EgaiADKAJQIAFBDGxqENECIQIgA0EYaiIEQYCAgAg2AgAgA0IJNwMQIANBCGoiBUGAgIAINgIAIANCIDcDACACIANBEGogAxCzByADLAALQX9MBEAgAygCABA8CyADLAAbQX9MBEAgAygCEBA8CyAEQYCAgAg2AgAgA0ImNwMQIAVBgICAKDYCACADQgA3AwAgA0EAOgAFIAMgBjYCACADIAc6AAQgAiADQRBqIAMQswcgAywAC0F/TARAIAMoAgAQPAsgAywAG0F/TARAIAMoAhAQPAsgBEGAgIAINgIAIANCPDcDECAFQYCAgCA2AgAgA0IANwMAIANBADoABCADQabY0dsDNgIAIAIgA0EQaiADELMHIAMsAAtBf0wEQCADKAIAEDwLIAMsABtBf0wEQCADKAIQEDwLIANBMGogAygCICADQSBqIAMsACsiAkEASCIEGyADKAIkIAJB/wFxIAQbEOACIANBMGpB3aAIEOECIAMsACtBf0wEQCADKAIgEDwLIAFBAWoiASADKAJUIAMoAlBrQQxtSQ0ACwsgA0EwakHioAgQ4QIgAygCVCIBIAMoAlAiBEcEQANAIAFBdGohAiABQX9qLAAAQX9MBEAgAigCABA8CyACIQEgAiAERw0ACwsgAyAENgJUAkAgAygCWCAERwRAIAQgA0EwahDRAhogAyADKAJUQQxqNgJUDAELIANB0ABqIANBMGoQnAgLIAAgA0HQAGoQmQgaIAMsADtBf0oNACADKAIwEDwLIAMsAEtBf0oNASADKAJAEDwMAQsCQCACQeqgCBCeCARAIANBQGsgBEE+EGAQnwggAygCRCADLQBLIgIgAkEYdEEYdSICQQBIGwRAIAAgASADQUBrEKEIIAMsAEtBAE4NAyADKAJAEDwMAwsgAkF/Sg0BIAMoAkAQPAwBCyACQe+gCBCeCEUNACADQUBrIARBPhBgEJ8IAkAgAygCRCADLQBLIgIgAkEYdEEYdUEASBtFBEAgACADQdAAahCZCBpBASEFDAELAkAgBEEBaiIEQb6gCBCuASICBEAgA0EwaiACQT4QYBCfCEEAIQIgAygCNCADLQA7IgQgBEEYdEEYdSIEQQBIGwRAIAAgASADQUBrIANBMGoQogggAy0AOyEEQQEhAgsgBEEYdEEYdUF/TARAIAMoAjAQPAtBASEFIAJFDQEMAgsgBEH4oAgQrgEiAkUNACADQTBqIAJBPhBgEKMIAn9BACADKAIwIgQgAygCNEYNABogA0EgaiABIANBQGsgA0EwahCkCCADQdAAaiADKAIgIAMoAiQQiAggAygCICIEBEACfyAEIAQgAygCJCIBRg0AGgNAIAFBdGohAiABQX9qLAAAQX9MBEAgAigCABA8CyACIQEgAiAERw0ACyADKAIgCyECIAMgBDYCJCACEDwLIANB0ABqELYHIAAgA0HQAGoQmQgaIAMoAjAhBEEBCyEFIAQEQAJ/IAQgBCADKAI0IgFGDQAaA0AgAUF0aiECIAFBf2osAABBf0wEQCACKAIAEDwLIAIhASACIARHDQALIAMoAjALIQIgAyAENgI0IAIQPAsgBQ0BC0EAIQULIAMsAEtBf0wEQCADKAJAEDwLIAUNAQsgACADQdAAahCZCBoLIAMoAlAiBARAAn8gBCAEIAMoAlQiAUYNABoDQCABQXRqIQIgAUF/aiwAAEF/TARAIAIoAgAQPAsgAiEBIAIgBEcNAAsgAygCUAshAiADIAQ2AlQgAhA8CyADQeAAaiIAIwJJBEAQEwsgACQAC38BAn8jAEEQayICIgMjAkkEQBATCyADJAACQCAAKAI4BEAgAkEANgIIIAJCADcDACACIAEQpAcaIAIgACgCNBDAByABIAIQowcgAigCACIARQ0BIAIgADYCBCAAEDwMAQsgASAAKAIwEL8HCyACQRBqIgAjAkkEQBATCyAAJAALtgIBBX8CfwJAAkAgACgCBCAAKAIAIgNrQQxtIgRBAWoiAkHWqtWqAUkEQAJ/QQAgAiAAKAIIIANrQQxtIgNBAXQiBSAFIAJJG0HVqtWqASADQarVqtUASRsiAkUNABogAkHWqtWqAU8NAiACQQxsEF0LIQMgAyACQQxsaiEFIAMgBEEMbGoiBCABENECIgFBDGohBiAAKAIEIgMgACgCACICRg0CA0AgAUF0aiADQXRqIgMQ0QIaIARBdGoiBCEBIAIgA0cNAAsgACgCBCECIAAoAgAMAwsQcwALQf6gCBCTCAALIAILIQEgACAFNgIIIAAgBjYCBCAAIAQ2AgAgASACRwRAA0AgAkF0aiEDIAJBf2osAABBf0wEQCADKAIAEDwLIAMiAiABRw0ACwsgAQRAIAEQPAsLjgMBB38CQCAAKAIIIgMgACgCBCICa0EMbSABTwRAA0AgAkIANwIAIAJBADYCCCAAIAAoAgRBDGoiAjYCBCABQX9qIgENAAwCAAsACwJAAkACQCACIAAoAgAiBGtBDG0iByABaiIGQdaq1aoBSQRAIAYgAyAEa0EMbSIDQQF0IgggCCAGSRtB1arVqgEgA0Gq1arVAEkbIgMEQCADQdaq1aoBTw0CIANBDGwQXSEFCyAFIANBDGxqIQYgBSAHQQxsaiIDQQAgAUEMbBAZIgchBQNAIAVBDGohBSABQX9qIgENAAsgAiAERg0CA0AgA0F0aiACQXRqIgIQ0QIaIANBdGohAyACIARHDQALIAAgBjYCCCAAKAIEIQQgACAFNgIEIAAoAgAhAiAAIAM2AgAgAiAERg0DA0AgBEF0aiEBIARBf2osAABBf0wEQCABKAIAEDwLIAEhBCABIAJHDQALDAMLEHMAC0H+oAgQkwgACyAAIAY2AgggACAFNgIEIAAgBzYCAAsgAkUNACACEDwLC4sBAQN/IwBBEGsiAiIDIwJJBEAQEwsgAyQAIAIgABCmCBCfCEEAIQAgARBeIgMgAigCBCACLQALIgQgBEEYdEEYdSIEQQBIG0YEfyACQQBBfyABIAMQ9gJFIQAgAi0ACwUgBAtBGHRBGHVBf0wEQCACKAIAEDwLIAJBEGoiAiMCSQRAEBMLIAIkACAAC4YDAQR/IwBBIGsiAiIDIwJJBEAQEwsgAyQAIABCADcCACAAQQA2AggCQCABRQ0AIAEtAAAiBUFeaiIEQRxLDQBBPCEDAkACQCAEQQFrDhwCAgICAAICAgICAgICAgICAgICAgICAgICAgIBAAsgBSEDCwNAAkAgAS0AASIERQ0AIAMgBEYNACABQQFqIQEgACAEQRh0QRh1EOICDAELCyACQYCAgCA2AhggAkIANwMQIAJBADoAFCACQabY0dsDNgIQIAJBgICACDYCCCACQjw3AwAgACACQRBqIAIQswcgAiwAC0F/TARAIAIoAgAQPAsgAiwAG0F/TARAIAIoAhAQPAsgAkGAgIAoNgIYIAJCADcDECACQQA6ABUgAkGxoAgoAAA2AhAgAkG1oAgtAAA6ABQgAkGAgIAINgIIIAJCJjcDACAAIAJBEGogAhCzByACLAALQX9MBEAgAigCABA8CyACLAAbQX9KDQAgAigCEBA8CyACQSBqIgAjAkkEQBATCyAAJAAL7C8BDH8jAEGgAWsiAyIEIwJJBEAQEwsgBCQAIANBADYCmAEgA0IANwOQAQJAAkAgASgCHARAIAEoAhAgASgCFEcNAQsgACADQZABahCZCBoMAQsgAigCBCACLQALIgQgBEEYdEEYdUEASBshBAJAIAEoAjgEQCAEQawCSQ0BIAAgA0GQAWoQmQgaDAILIARB5ABJDQAgACADQZABahCZCBoMAQsgA0EANgKMASADQQA2AogBIANBADYCgAEgA0IANwN4IANBADYCcCADQgA3A2gCfwJAIAEoAgwiBEUEQCADQQA2AmAgA0IANwNYDAELIAQoAvwgIQQgA0EANgJgIANCADcDWCAERQ0AIAQgAiADQdgAahCXAUUNACABIANB+ABqIANB6ABqIANB2ABqIANBjAFqIANBiAFqEIsIDAELIAEgA0H4AGogA0HoAGogAiADQYwBaiADQYgBahCLCAshAiADLABjQX9MBEAgAygCWBA8CwJAAkACQAJAAkACQCACRQRAIAMoAogBIgRFDQECQCADLACDAUF/TARAIAMoAnhBADoAACADQQA2AnwMAQsgA0EAOgCDASADQQA6AHgLQQAhAgNAIANB+ABqQS4Q4gIgAkEBaiICIARJDQALIANBADYCiAELIAFBHGohCCADQQA2AmAgA0IANwNYAkAgASgCNEEkRw0AIAMoAnggA0H4AGogAywAgwFBAEgbIgotAAAhBkEAIQQCQANAIAQhBSAGQRh0QRh1IgRBOUoEQCAFIQQMAgsCQCAEQS9KDQAgBkH/AXEiBEEuRwRAIAVFBEAgBSEEDAQLIARBLEYNASAFIQQMAwsgBQ0AQQAhBAwCCwJAIAogBUEBaiIEai0AACIGQVRqIglBAksNAAJAAkAgCUEBaw4CAgEAC0EsIQYLIAdFQQAgBUECSxsNAgJAIAdFDQAgBSAKai0AAEFUaiIFQQJLDQAgBUEBaw0DCyAHQQFqIQcgBCELCyACIARHDQALIAIhBAsCQCALRQ0AIAIgBEcNACAEIAtrQQRJDQAgACADQZABahCZCBoMBgsCQCACIARHIgJFBEAgA0H4AGohBQwBCyAERQ0BIAMoAnggA0H4AGogAywAgwFBAEgbIARqLQAAIgVBsAFHQQAgBUElRxsNASABIANByABqIANB+ABqIARBfyADQfgAahDUAiIFQQBBABCQCCEGIAUsAAtBf0wEQCAFKAIAEDwLIANB+ABqIQUgBkUNAQsgA0HYAGogAygCeCADQfgAaiAFLQALIgFBGHRBGHVBAEgiBRsgAygCfCABIAUbEOACIANB2ABqIARBf2oiARDbAgJAIAJFBEAgA0HIAGogCCgCACADQThqIANB+ABqIAFBfyADQfgAahDUAiIEEIIIIAMoAkwiBSADLQBTIgIgAkEYdEEYdSIBQQBIGwR/IAMoAlwgAy0AYyIGIAZBGHRBGHVBAEgbBEAgA0HYAGpBr6AIEOECIAMoAkwhBSADLQBTIgIhAQsgA0HYAGogAygCSCADQcgAaiABQRh0QRh1QQBIIgEbIAUgAiABGxDgAiADLQBTBSABC0EYdEEYdUF/TARAIAMoAkgQPAsgBCwAC0F/Sg0BIAQoAgAQPAwBCyADQcgAaiADQfgAaiABQQEgA0H4AGoQ1AIhAiADQThqIAgoAgAgAhCCCCADKAI8IgYgAy0AQyIFIAVBGHRBGHUiAUEASBsEfyADKAJcIAMtAGMiByAHQRh0QRh1QQBIGwRAIANB2ABqQa+gCBDhAiADKAI8IQYgAy0AQyIFIQELIANB2ABqIAMoAjggA0E4aiABQRh0QRh1QQBIIgEbIAYgBSABGxDgAiADLQBDBSABC0EYdEEYdUF/TARAIAMoAjgQPAsgA0HYAGpBKxDiAiADQThqIAgoAgAgA0EoaiADQfgAaiAEQX8gA0H4AGoQ1AIiBRCCCCADKAI8IgYgAy0AQyIEIARBGHRBGHUiAUEASBsEfyADKAJcIAMtAGMiByAHQRh0QRh1QQBIGwRAIANB2ABqQa+gCBDhAiADKAI8IQYgAy0AQyIEIQELIANB2ABqIAMoAjggA0E4aiABQRh0QRh1QQBIIgEbIAYgBCABGxDgAiADLQBDBSABC0EYdEEYdUF/TARAIAMoAjgQPAsgBSwAC0F/TARAIAUoAgAQPAsgAiwAC0F/Sg0AIAIoAgAQPAsgACADQdgAakEKEKkHDAULAkAgAygCjAEiAkEESw0AAkACQAJAIAJBAWsOAgECAAsgA0HIAGogCCgCACADQfgAahCCCCADKAJMIgUgAy0AUyIEIARBGHRBGHUiAkEASBsEfyADKAJcIAMtAGMiBiAGQRh0QRh1QQBIGwRAIANB2ABqQa+gCBDhAiADKAJMIQUgAy0AUyIEIQILIANB2ABqIAMoAkggA0HIAGogAkEYdEEYdUEASCICGyAFIAQgAhsQ4AIgAy0AUwUgAgtBGHRBGHVBf0wEQCADKAJIEDwLIAMoAogBRQ0CIANByABqIANB+ABqENECIgRBLhDiAiADQThqIAgoAgAgBBCCCCADKAI8IgYgAy0AQyIFIAVBGHRBGHUiAkEASBsEfyADKAJcIAMtAGMiByAHQRh0QRh1QQBIGwRAIANB2ABqQa+gCBDhAiADKAI8IQYgAy0AQyIFIQILIANB2ABqIAMoAjggA0E4aiACQRh0QRh1QQBIIgIbIAYgBSACGxDgAiADLQBDBSACC0EYdEEYdUF/TARAIAMoAjgQPAsgBCwAC0F/Sg0CIAQoAgAQPAwCCwJAIAEoAjgEQCADQegAaiABKAI0EL0HIANB+ABqIANB6ABqEKMHDAELIANB+ABqIAEoAjAQvAcLIANByABqIANB+ABqENECIQICQCABKAI4BEAgA0HoAGogASgCNBDAByADQfgAaiADQegAahCjBwwBCyADQfgAaiABKAIwEL8HCyADQThqIAgoAgAgAhCCCCADKAI8IgYgAy0AQyIFIAVBGHRBGHUiBEEASBsEfyADKAJcIAMtAGMiByAHQRh0QRh1QQBIGwRAIANB2ABqQa+gCBDhAiADKAI8IQYgAy0AQyIFIQQLIANB2ABqIAMoAjggA0E4aiAEQRh0QRh1QQBIIgQbIAYgBSAEGxDgAiADLQBDBSAEC0EYdEEYdUF/TARAIAMoAjgQPAsgA0E4aiAIKAIAIANB+ABqEIIIIAMoAjwiBiADLQBDIgUgBUEYdEEYdSIEQQBIGwR/IAMoAlwgAy0AYyIHIAdBGHRBGHVBAEgbBEAgA0HYAGpBr6AIEOECIAMoAjwhBiADLQBDIgUhBAsgA0HYAGogAygCOCADQThqIARBGHRBGHVBAEgiBBsgBiAFIAQbEOACIAMtAEMFIAQLQRh0QRh1QX9MBEAgAygCOBA8CwJAIAMoAogBRQ0AIAJBLhDiAiADQThqIAgoAgAgAhCCCCADKAI8IgYgAy0AQyIFIAVBGHRBGHUiBEEASBsEfyADKAJcIAMtAGMiByAHQRh0QRh1QQBIGwRAIANB2ABqQa+gCBDhAiADKAI8IQYgAy0AQyIFIQQLIANB2ABqIAMoAjggA0E4aiAEQRh0QRh1QQBIIgQbIAYgBSAEGxDgAiADLQBDBSAEC0EYdEEYdUF/TARAIAMoAjgQPAsgAiADQfgAahDWAiACQS4Q4gIgA0E4aiAIKAIAIAIQggggAygCPCIGIAMtAEMiBSAFQRh0QRh1IgRBAEgbBH8gAygCXCADLQBjIgcgB0EYdEEYdUEASBsEQCADQdgAakGvoAgQ4QIgAygCPCEGIAMtAEMiBSEECyADQdgAaiADKAI4IANBOGogBEEYdEEYdUEASCIEGyAGIAUgBBsQ4AIgAy0AQwUgBAtBGHRBGHVBf0oNACADKAI4EDwLIAIsAAtBf0oNASACKAIAEDwMAQsgA0HIAGogCCgCACADQfgAahCCCCADKAJMIgUgAy0AUyIEIARBGHRBGHUiAkEASBsEfyADKAJcIAMtAGMiBiAGQRh0QRh1QQBIGwRAIANB2ABqQa+gCBDhAiADKAJMIQUgAy0AUyIEIQILIANB2ABqIAMoAkggA0HIAGogAkEYdEEYdUEASCICGyAFIAQgAhsQ4AIgAy0AUwUgAgtBGHRBGHVBf0wEQCADKAJIEDwLAkAgAygCiAEiB0UNACADQcgAaiADQfgAahDRAiIEQS4Q4gIgA0E4aiAIKAIAIAQQggggAygCPCIGIAMtAEMiBSAFQRh0QRh1IgJBAEgbBH8gAygCXCADLQBjIgkgCUEYdEEYdUEASBsEQCADQdgAakGvoAgQ4QIgAygCPCEGIAMtAEMiBSECCyADQdgAaiADKAI4IANBOGogAkEYdEEYdUEASCICGyAGIAUgAhsQ4AIgAy0AQwUgAgtBGHRBGHVBf0wEQCADKAI4EDwLIAQsAAtBf0oNACAEKAIAEDwLAkAgASgCOARAIANB6ABqIAEoAjQQvQcgA0H4AGogA0HoAGoQowcMAQsgA0H4AGogASgCMBC8BwsgA0HIAGogA0H4AGoQ0QIhAgJAIAEoAjgEQCADQegAaiABKAI0EMAHIANB+ABqIANB6ABqEKMHDAELIANB+ABqIAEoAjAQvwcLIANBOGogCCgCACACEIIIIAMoAjwiBiADLQBDIgUgBUEYdEEYdSIEQQBIGwR/IAMoAlwgAy0AYyIJIAlBGHRBGHVBAEgbBEAgA0HYAGpBr6AIEOECIAMoAjwhBiADLQBDIgUhBAsgA0HYAGogAygCOCADQThqIARBGHRBGHVBAEgiBBsgBiAFIAQbEOACIAMtAEMFIAQLQRh0QRh1QX9MBEAgAygCOBA8CyADQThqIAgoAgAgA0H4AGoQggggAygCPCIGIAMtAEMiBSAFQRh0QRh1IgRBAEgbBH8gAygCXCADLQBjIgkgCUEYdEEYdUEASBsEQCADQdgAakGvoAgQ4QIgAygCPCEGIAMtAEMiBSEECyADQdgAaiADKAI4IANBOGogBEEYdEEYdUEASCIEGyAGIAUgBBsQ4AIgAy0AQwUgBAtBGHRBGHVBf0wEQCADKAI4EDwLAkAgB0UNACACQS4Q4gIgA0E4aiAIKAIAIAIQggggAygCPCIGIAMtAEMiBSAFQRh0QRh1IgRBAEgbBH8gAygCXCADLQBjIgcgB0EYdEEYdUEASBsEQCADQdgAakGvoAgQ4QIgAygCPCEGIAMtAEMiBSEECyADQdgAaiADKAI4IANBOGogBEEYdEEYdUEASCIEGyAGIAUgBBsQ4AIgAy0AQwUgBAtBGHRBGHVBf0wEQCADKAI4EDwLIAIgA0H4AGoQ1gIgAkEuEOICIANBOGogCCgCACACEIIIIAMoAjwiBiADLQBDIgUgBUEYdEEYdSIEQQBIGwR/IAMoAlwgAy0AYyIHIAdBGHRBGHVBAEgbBEAgA0HYAGpBr6AIEOECIAMoAjwhBiADLQBDIgUhBAsgA0HYAGogAygCOCADQThqIARBGHRBGHVBAEgiBBsgBiAFIAQbEOACIAMtAEMFIAQLQRh0QRh1QX9KDQAgAygCOBA8CyACLAALQX9KDQAgAigCABA8CyADKAJcIAMtAGMiAiACQRh0QRh1QQBIGwRAAkAgASgCPEUNACABKAI4BEAgA0HYAGoQtQcaDAELIANB2ABqELQHCyAAIANB2ABqQQoQqQcMBQsgASgCNEEkRw0DIANB+ABqQS1BABDsAiIEQX9GDQMgA0HIAGogA0H4AGpBACAEIANB+ABqENQCIQICQCADQThqIANB+ABqIARBAWpBfyADQfgAahDUAiIFKAIEIAUtAAsiBiAGQRh0QRh1IgdBAEgbIgZBAUsNACAGQQFrBEBBACEEIAEgAkEAEJQIRQ0DIANBKGogCCgCACACEIIIIAMoAiwgAy0AMyIBIAFBGHRBGHUiAUEASBsEfyADQRhqIANBKGpBChCpByADQZABaiADKAIYIAMoAhwQiAggAygCGCIGBEACfyAGIAYgAygCHCIERg0AGgNAIARBdGohASAEQX9qLAAAQX9MBEAgASgCABA8CyAGIAEiBEcNAAsgAygCGAshASADIAY2AhwgARA8CyAAIANBkAFqEJkIGkEBIQQgAy0AMwUgAQtBGHRBGHVBf0wEQCADKAIoEDwLQQEhBiAERQ0DDAQLIAUoAgAgA0E4aiAHQQBIGy0AAEHlAEcNACABIAJBABCUCEUNAiADQYCAgBA2AjAgA0IANwMoIANBrcoBOwEoIANBADoAKiABIANBKGpBABCUCCEBIAMsADNBf0wEQCADKAIoEDwLIAFFDQIgA0EoaiAIKAIAIAIQggggAygCLCADLQAzIgEgAUEYdEEYdUEASCIBGyIEBEAgA0HYAGogAygCKCADQShqIAEbIAQQ4AILIANB2ABqQSsQ4gIgCCgCACEBIANBgICAEDYCECADQgA3AwggA0EAOgAKIANBrcoBOwEIIANBGGogASADQQhqEIIIIANBKGogA0EYahDWAiADLAAjQX9MBEAgAygCGBA8CyADLAATQX9MBEAgAygCCBA8CyADKAIsIAMsADMiAUH/AXEgAUEASCIBGyIEBEAgA0HYAGogAygCKCADQShqIAEbIAQQ4AILIAAgA0HYAGpBChCpByADLAAzQX9MBEAgAygCKBA8C0EBIQYMAwsgAkEgEOICQQAhBiABIAJBABCUCCEHIAIgAigCBCACLQALIgkgCUEYdEEYdUEASBtBf2pBfxDnAiAHRQ0CAkAgASAFQQAQlAhFDQAgBSgCBCAFLQALIgcgB0EYdEEYdUEASCIHG0EBTQRAIAUoAgAgA0E4aiAHGy0AAEFPakH/AXFBB0sNAQsgA0EoaiAIKAIAIAIQggggAygCLCADLQAzIgEgAUEYdEEYdSIBQQBIGyIEBEAgA0HYAGogAygCKCADQShqIAFBAEgbIAQQ4AIgA0HYAGpBKxDiAgsgA0EYaiAIKAIAIAUQggggA0EoaiADQRhqENYCIAMsACNBf0wEQCADKAIYEDwLIAMoAiwgAywAMyIBQf8BcSABQQBIIgEbIgQEQCADQdgAaiADKAIoIANBKGogARsgBBDgAgsgACADQdgAakEKEKkHIAMsADNBf0wEQCADKAIoEDwLQQEhBgwDCyAERQ0CIAQgAygCeCIJIANB+ABqIAMsAIMBIgpBAEgbIg1qQX9qLAAAIgdBOUoNAiAHQS9MQQAgB0EuRxsNAkF/IQwCQCAEQQJBASAHQS5GGyIHSQ0AA0AgB0EFSwRAQQAhDAwCCyANIAQgB2tqLQAAQTBGIAdBA0lyRQRAQQAhDAwCCyAEIAdLIQsgB0EBaiIOIQcgCw0ACyAOIQcLIAcgDGoiB0UNAgNAAkAgBCAHayIGIAkgA0H4AGogCkEYdEEYdUEASBtqLQAAQVBqQf8BcUEJSw0AQQAhCSABIANBKGogA0H4AGogBkF/IANB+ABqENQCIgZBAEEAEJAIBEAgA0HYAGogAygCKCADQShqIAMtADMiCUEYdEEYdUEASCIKGyADKAIsIAkgChsQ4AIgA0EYaiAIKAIAIAYQggggAygCHCADLQAjIgYgBkEYdEEYdUEASCIGGyIJBEAgA0HYAGogAygCGCADQRhqIAYbIAkQ4AILIAAgA0HYAGpBChCpByADLAAjQX9MBEAgAygCGBA8C0EBIQkLIAMsADNBf0wEQCADKAIoEDwLIAlFDQBBASEGDAQLIAdBf2oiB0UNAiADKAJ4IQkgAy0AgwEhCgwAAAsACyAAIANBkAFqEJkIGgwEC0EAIQYLIAUsAAtBf0wEQCAFKAIAEDwLIAIsAAtBf0wEQCACKAIAEDwLIAYNAQsgACADQZABahCZCBoLIAMsAGNBf0oNACADKAJYEDwLIAMoAmgiAQRAIAMgATYCbCABEDwLIAMsAIMBQX9KDQAgAygCeBA8CyADKAKQASIEBEACfyAEIAQgAygClAEiAkYNABoDQCACQXRqIQEgAkF/aiwAAEF/TARAIAEoAgAQPAsgASECIAEgBEcNAAsgAygCkAELIQEgAyAENgKUASABEDwLIANBoAFqIgAjAkkEQBATCyAAJAALlgEBAn8jAEEQayIDIgQjAkkEQBATCyAEJAAgAyABIAIQoAggACABIAMQpQggAygCACICBEACfyACIAIgAygCBCIARg0AGgNAIABBdGohASAAQX9qLAAAQX9MBEAgASgCABA8CyABIQAgASACRw0ACyADKAIACyEBIAMgAjYCBCABEDwLIANBEGoiACMCSQRAEBMLIAAkAAudAQECfyMAQRBrIgQiBSMCSQRAEBMLIAUkACAEIAEgAxCgCCAAIAEgAiAEEKQIIAAQtgcgBCgCACICBEACfyACIAIgBCgCBCIBRg0AGgNAIAFBdGohACABQX9qLAAAQX9MBEAgACgCABA8CyAAIQEgACACRw0ACyAEKAIACyEAIAQgAjYCBCAAEDwLIARBEGoiACMCSQRAEBMLIAAkAAvnAQECfyMAQRBrIgIiAyMCSQRAEBMLIAMkACAAQQA2AgggAEIANwIAAkAgAUUNACABQdmgCBCuASIBRQ0AA0ACQCACQdmgCBBeIAFqQX9qEJ8IIAIoAgQgAi0ACyIDIANBGHRBGHUiA0EASBtFDQACQCAAKAIEIgMgACgCCEcEQCADIAIQ0QIaIAAgACgCBEEMajYCBAwBCyAAIAIQnAgLIAIsAAtBf0wEQCACKAIAEDwLIAFBAWpB2aAIEK4BIgENAQwCCwsgA0F/Sg0AIAIoAgAQPAsgAkEQaiIAIwJJBEAQEwsgACQAC8MHAQV/IwBB0ABrIgQiBSMCSQRAEBMLIAUkACAAQQA2AgggAEIANwIAAkAgASgCHEUNACADKAIAIAMoAgRGDQAgBEFAayABIAIQoAggBEEANgI8IARBADYCOCAEQQA2AjAgBEIANwMoIAEgBEEoaiACIARBPGogBEE4ahCMCCAEQQA2AiAgBEIANwMYAkAgAygCACICIAMoAgRGDQBBACEFA0AgBEEIaiABKAIcIARBQGsgAiAFQQxsahCFCCAEKAIMIgcgBC0AEyIGIAZBGHRBGHUiAkEASBsEfyAEKAIcIAQtACMiCCAIQRh0QRh1QQBIGwRAIARBGGpBr6AIEOECIAQoAgwhByAELQATIgYhAgsgBEEYaiAEKAIIIARBCGogAkEYdEEYdUEASCICGyAHIAYgAhsQ4AIgBC0AEwUgAgtBGHRBGHVBf0wEQCAEKAIIEDwLIAVBAWoiBSADKAIEIAMoAgAiAmtBDG1JDQALIAQoAhwgBC0AIyICIAJBGHRBGHVBAEgbRQ0AIAQoAjwiA0ECRgRAIAEgBEEYahCNCAsgBEEIaiAEQRhqQQoQqQcgACAEQQhqRwRAIAAgBCgCCCAEKAIMEIgICyAEKAIIIgYEQAJ/IAYgBiAEKAIMIgVGDQAaA0AgBUF0aiECIAVBf2osAABBf0wEQCACKAIAEDwLIAIhBSACIAZHDQALIAQoAggLIQIgBCAGNgIMIAIQPAsCQAJAAkAgA0F/aiICQQNLDQAgAkEBaw4CAAABCyAAKAIEIQUgACgCACEDDAELIAAoAgAiAyAAKAIERg0BQQAhAgNAIAEgAyACQQxsahCbCCACQQFqIgIgACgCBCIFIAAoAgAiA2tBDG1JDQALCyADIAVGDQADQCADQQxqIQICQCABIANBABCUCEUEQCADIQUCQCAAKAIEIgYgAkcEQANAIAUgAhDWAiAFQQxqIQUgAkEMaiICIAZHDQALIAAoAgQiAiAFRg0BCwNAIAJBdGohBiACQX9qLAAAQX9MBEAgBigCABA8CyAGIgIgBUcNAAsLIAAgBTYCBAwBCyAAKAIEIQUgAiEDCyADIAVHDQALCyAELAAjQX9MBEAgBCgCGBA8CyAELAAzQX9MBEAgBCgCKBA8CyAEKAJAIgZFDQACfyAGIAYgBCgCRCIFRg0AGgNAIAVBdGohAiAFQX9qLAAAQX9MBEAgAigCABA8CyACIQUgAiAGRw0ACyAEKAJACyECIAQgBjYCRCACEDwLIARB0ABqIgAjAkkEQBATCyAAJAAL3BMBDX8jAEHwAGsiAyIEIwJJBEAQEwsgBCQAIABBADYCCCAAQgA3AgAgA0EANgJoIANCADcDYAJAIAIoAgAiBCACKAIERg0AIANB2ABqIQ4DQCAOQQA2AgAgA0IANwNQAkACQAJAAkACfyAEIA1BDGxqIgUsAAtBf0wEQCAFKAIAIQULIAULQZegCBCuASIIRQ0AIAgiBUEBakGXoAgQrgEiBEUNAANAIAQhBSADQQA2AkggA0IANwNAIANBADYCOCADQgA3AzAgCBBeIgRBcE8NAgJAAkAgBEELTwRAIARBEGpBcHEiBxBdIQYgAyAHQYCAgIB4cjYCOCADIAY2AjAgAyAENgI0DAELIAMgBDoAOyADQTBqIQYgBEUNAQsgBiAIIAQQGhoLIAQgBmpBADoAACADQoCAgICAgICAAzcCJCADQZegCC8AADsBICADQZmgCC0AADoAIiADQQA6ACMgA0FAayADQTBqIANBIGoQsgcaIAMsACtBf0wEQCADKAIgEDwLIAMsADtBf0wEQCADKAIwEDwLIANB0ABqIAMoAkAgA0FAayADLABLIgRBAEgiBhsgAygCRCAEQf8BcSAGGxDgAiAFQQFqQZegCBCuASEEIAMsAEtBf0wEQCADKAJAEDwLIAUhCCAEDQALCyADQQA2AkggA0IANwNAIAUQXiIEQXBJBEACQAJAIARBC08EQCAEQRBqQXBxIggQXSEGIAMgCEGAgICAeHI2AkggAyAGNgJAIAMgBDYCRAwBCyADIAQ6AEsgA0FAayEGIARFDQELIAYgBSAEEBoaC0EAIQUgBCAGakEAOgAAIAMoAkQgAy0ASyIEIARBGHRBGHVBAEgiBxshBCADKAJAIgwgA0FAayAHGyEIA0ACQCAEIAhqIgYgBSAIaiIFayIEQQNIDQADQCAEQX5qIgRFDQEgBUEgIAQQJSIERQ0BIARBm6AIQQMQkwEEQCAGIARBAWoiBWsiBEEDTg0BDAILCyAEIAZGDQAgBCAIayIFQX9GDQAgBSAMIANBQGsgB0EBcRtqQQs6AAEgAygCQCIMIANBQGsgAy0ASyIEQRh0QRh1QQBIIgcbIQggAygCRCAEIAcbIgQgBU8NAQsLIANBMGogA0FAa0ELEKkHQQAhCCADKAI0IgQhBSAEIAMoAjAiB0YNAwNAAkACQAJ/IAcgCEEMbCIMaiIJLQALIgpBGHRBGHVBf0oiD0UEQCAJKAIAIQsgCSgCBAwBCyAJIQsgCgsiBEEDSA0AIAQgC2ohBiALIQUDQCAEQX5qIgRFDQEgBUHkACAEECUiBEUNASAEQZ+gCEEDEJMBBEAgBiAEQQFqIgVrIgRBA04NAQwCCwsgBCAGRg0AIAQgC2tBf0YNAAJ/IA9FBEAgCSgCBCEKIAkoAgAMAQsgCQshCwJAIApBA0gNACAKIAtqIQYgCyEEA0AgCkF+aiIFRQ0BIARB6QAgBRAlIgRFDQEgBEGjoAhBAxCTAQRAIAYgBEEBaiIEayIKQQNODQEMAgsLIAQgBkYNACAEIAtrIgRBf0YNACAJIAQQ2wIgAygCMCEHCyADQgA3AyAgA0EANgIoIANBIGogByAMahCcCCADQRBqIAEoAhwgA0EgaiADKAIwIAxqEIUIIAMoAhQgAy0AGyIEIARBGHRBGHUiBEEASBsEfyADIANBEGpBChCpB0EAIQUgAygCBCIEIAMoAgAiBkcEQANAIANB4ABqQQoQ4gIgA0HgAGogAygCUCADQdAAaiADLQBbIgRBGHRBGHVBAEgiBhsgAygCVCAEIAYbEOACIANB4ABqIAMoAgAgBUEMbGoiBCgCACAEIAQtAAsiBkEYdEEYdUEASCIHGyAEKAIEIAYgBxsQ4AIgBUEBaiIFIAMoAgQiBCADKAIAIgZrQQxtSQ0ACwsgBgRAIAQgBkYEfyAGBQNAIARBdGohBSAEQX9qLAAAQX9MBEAgBSgCABA8CyAGIAUiBEcNAAsgAygCAAshBCADIAY2AgQgBBA8CyADLQAbBSAEC0EYdEEYdUF/TARAIAMoAhAQPAsgAygCICIGRQ0BAn8gBiAGIAMoAiQiBUYNABoDQCAFQXRqIQQgBUF/aiwAAEF/TARAIAQoAgAQPAsgBCEFIAQgBkcNAAsgAygCIAshBCADIAY2AiQgBBA8DAELIANB4ABqQQoQ4gIgA0HgAGogAygCUCADQdAAaiADLQBbIgRBGHRBGHVBAEgiBRsgAygCVCAEIAUbEOACAkACfyADKAIwIgogDGoiBywACyIEQX9MBEAgBygCACEJIAcoAgQMAQsgByEJIARB/wFxCyIEQQNIDQAgBCAJaiEGIAkhBQNAIARBfmoiBEUNASAFQfMAIAQQJSIERQ0BIARBp6AIQQMQkwEEQCAGIARBAWoiBWsiBEEDTg0BDAILCyAEIAZGDQAgBCAJa0F/Rg0AIANBADYCKCADQgA3AyAgA0KAgICAgICAgAM3AhQgA0GnoAgvAAA7ARAgA0GpoAgtAAA6ABIgA0EAOgATIANBIGogByADQRBqELIHGiADLAAbQX9MBEAgAygCEBA8CyADQeAAaiADKAIgIANBIGogAywAKyIEQQBIIgUbIAMoAiQgBEH/AXEgBRsQ4AIgAywAK0F/TARAIAMoAiAQPAsgAygCMCEKCyADQQA2AiggA0IANwMgIANCgICAgICAgIADNwIUIANBq6AILwAAOwEQIANBraAILQAAOgASIANBADoAEyADQSBqIAogDGogA0EQahCyBxogAywAG0F/TARAIAMoAhAQPAsgA0HgAGogAygCICADQSBqIAMsACsiBEEASCIFGyADKAIkIARB/wFxIAUbEOACIAMsACtBf0oNACADKAIgEDwLIAhBAWoiCCADKAI0IgQgAygCMCIHa0EMbUkNAAsMAgsQzwIACxDPAgALIAchBQsgBQRAIAQgB0cEQANAIARBdGohBSAEQX9qLAAAQX9MBEAgBSgCABA8CyAHIAUiBEcNAAsgAygCMCEFCyADIAc2AjQgBRA8CyADLABLQX9MBEAgAygCQBA8CyADLABbQX9MBEAgAygCUBA8CyANQQFqIg0gAigCBCACKAIAIgRrQQxtSQ0ACyADQdAAaiADQeAAakEKEKkHIAAgA0HQAGpHBEAgACADKAJQIAMoAlQQiAgLIAMoAlAiBgRAAn8gBiAGIAMoAlQiBUYNABoDQCAFQXRqIQQgBUF/aiwAAEF/TARAIAQoAgAQPAsgBCEFIAQgBkcNAAsgAygCUAshBCADIAY2AlQgBBA8CyAAELYHIAMsAGtBf0oNACADKAJgEDwLIANB8ABqIgAjAkkEQBATCyAAJAALcQECfyAAQT4QYCEBIABBxKAIEK4BIgBFBEBBAA8LIAAgAU8EQEEADwsCQANAIABBf2otAAAiAkEKRg0BIAJBIEYNAUHEoAgQXiAAakHEoAgQrgEiAEUEQEEADwsgACABSQ0AC0EADwtBxKAIEF4gAGoLYQEBfwJAIAFFDQAgASgCACIARQ0AQQEhAyACQQFOBH8gACgCABA8IAJBAUcEQANAIAEoAgAgA0ECdGooAgAQPCADQQFqIgMgAkcNAAsLIAEoAgAFIAALEDwgAUEANgIACwusAwEEfyMAQSBrIgQiAyMCSQRAEBMLIAMkACAEQQA2AgggBEIANwMAIAIQXiIDQXBJBEACQAJAIANBC08EQCADQRBqQXBxIgYQXSEFIAQgBkGAgICAeHI2AgggBCAFNgIAIAQgAzYCBAwBCyAEIAM6AAsgBCEFIANFDQELIAUgAiADEBoaCyADIAVqQQA6AAAgBEEQaiAAKAIAIAQQmAggBCwAC0F/TARAIAQoAgAQPAsCQCAEKAIQIgIgBCgCFCIDRgRAQQAhACABQQA2AgAMAQsgASADIAJrQQxtQQJ0EDsiADYCAEEAIQUgAEUEQEEAIQAMAQsDQCACIAVBDGxqIgMsAAtBf0wEfyADKAIABSADCxCnByEDIAEoAgAgBUECdGogAzYCACAFQQFqIgUgBCgCFCIDIAQoAhAiAmtBDG0iAEkNAAsLIAIEQCACIANGBH8gAgUDQCADQXRqIQUgA0F/aiwAAEF/TARAIAUoAgAQPAsgBSIDIAJHDQALIAQoAhALIQMgBCACNgIUIAMQPAsgBEEgaiIBIwJJBEAQEwsgASQAIAAPCxDPAgALIQECf0EEEF0hAkHMABBdIgMgACABEIYIIAIgAzYCACACCx4BAX8gAARAIAAoAgAiAQRAIAEQiggQPAsgABA8CwuSAQEDfyMAQRBrIgMiAiMCSQRAEBMLIAIkAAJ/QQEgACgCACIAKAIgIgRFDQAaQeQAEF0iAiABIAQQswEgAyACNgIMAkAgACgCFCIBIAAoAhhHBEAgASACNgIAIAAgACgCFEEEajYCFAwBCyAAQRBqIANBDGoQhwgLQQALIQAgA0EQaiIBIwJJBEAQEwsgASQAIAALygEBBH8jAEEQayICIgQjAkkEQBATCyAEJAAgAkEANgIIIAJCADcDACABEF4iA0FwSQRAAkACQCADQQtPBEAgA0EQakFwcSIFEF0hBCACIAVBgICAgHhyNgIIIAIgBDYCACACIAM2AgQMAQsgAiADOgALIAIhBCADRQ0BCyAEIAEgAxAaGgsgAyAEakEAOgAAIAAoAgAgAkEAEJQIIQMgAiwAC0F/TARAIAIoAgAQPAsgAkEQaiIAIwJJBEAQEwsgACQAIAMPCxDPAgAL4QEBBH8jAEEQayICIgQjAkkEQBATCyAEJAAgAkEANgIIIAJCADcDACABEF4iA0FwSQRAAkACQCADQQtPBEAgA0EQakFwcSIFEF0hBCACIAVBgICAgHhyNgIIIAIgBDYCACACIAM2AgQMAQsgAiADOgALIAIhBCADRQ0BCyAEIAEgAxAaGgtBACEBIAMgBGpBADoAACAAKAIAIgMoAhAiBCADKAIURwRAIAQoAgAgAhDCASEBCyACLAALQX9MBEAgAigCABA8CyACQRBqIgAjAkkEQBATCyAAJAAgAQ8LEM8CAAv4AgEEfyMAQSBrIgMiBSMCSQRAEBMLIAUkACADQQA2AhggA0IANwMQAkAgARBeIgRBcEkEQAJAAkAgBEELTwRAIARBEGpBcHEiBhBdIQUgAyAGQYCAgIB4cjYCGCADIAU2AhAgAyAENgIUDAELIAMgBDoAGyADQRBqIQUgBEUNAQsgBSABIAQQGhoLIAQgBWpBADoAACADQQA2AgggA0IANwMAIAIQXiIEQXBPDQECQAJAIARBC08EQCAEQRBqQXBxIgEQXSEFIAMgAUGAgICAeHI2AgggAyAFNgIAIAMgBDYCBAwBCyADIAQ6AAsgAyEFIARFDQELIAUgAiAEEBoaC0EAIQIgBCAFakEAOgAAIAAoAgAiBCgCECIFIAQoAhRHBEAgBSgCACADQRBqIAMQwwEhAgsgAywAC0F/TARAIAMoAgAQPAsgAywAG0F/TARAIAMoAhAQPAsgA0EgaiIAIwJJBEAQEwsgACQAIAIPCxDPAgALEM8CAAvhAQEEfyMAQRBrIgIiBCMCSQRAEBMLIAQkACACQQA2AgggAkIANwMAIAEQXiIDQXBJBEACQAJAIANBC08EQCADQRBqQXBxIgUQXSEEIAIgBUGAgICAeHI2AgggAiAENgIAIAIgAzYCBAwBCyACIAM6AAsgAiEEIANFDQELIAQgASADEBoaC0EAIQEgAyAEakEAOgAAIAAoAgAiAygCECIEIAMoAhRHBEAgBCgCACACEMABIQELIAIsAAtBf0wEQCACKAIAEDwLIAJBEGoiACMCSQRAEBMLIAAkACABDwsQzwIACx8AQcilCSgCAEUEQEHMpQkgATYCAEHIpQkgADYCAAsLBgAgACQCCwQAIwALHgEBfyMAIABrQXBxIgAiASMCSQRAEBMLIAEkACAACxAAIAAjAkkEQBATCyAAJAALBgAgAEAACwkAIAEgABEAAAsNACABIAIgAyAAEQMACxMAIAEgAiADIAQgBSAGIAARHwALCwAgASACIAARAQALCQAgASAAEQQACxMAIAEgAiADIAQgBSAGIAARDAALEQAgASACIAMgBCAFIAARCQALDwAgASACIAMgBCAAEQcACwsAIAEgAiAAEQIACwcAIAARCwALDwAgASACIAMgBCAAEQoACxEAIAEgAiADIAQgBSAAEQUACxcAIAEgAiADIAQgBSAGIAcgCCAAEQ0ACxMAIAEgAiADIAQgBSAGIAARCAALEQAgASACIAMgBCAFIAARHgALFQAgASACIAMgBCAFIAYgByAAEQ4ACyIBAX4gASACrSADrUIghoQgBCAAERQAIgVCIIinEBQgBacLGQAgASACIAOtIAStQiCGhCAFIAYgABESAAsZACABIAIgAyAEIAWtIAatQiCGhCAAERMACyMAIAEgAiADIAQgBa0gBq1CIIaEIAetIAitQiCGhCAAER0ACyUAIAEgAiADIAQgBSAGrSAHrUIghoQgCK0gCa1CIIaEIAARHAALC5TvCDEAQYAICxTQEAIALSsgICAwWDB4AChudWxsKQBBoAgLGBEACgAREREAAAAABQAAAAAAAAkAAAAACwBBwAgLIREADwoREREDCgcAARMJCwsAAAkGCwAACwAGEQAAABEREQBB8QgLAQsAQfoICxgRAAoKERERAAoAAAIACQsAAAAJAAsAAAsAQasJCwEMAEG3CQsVDAAAAAAMAAAAAAkMAAAAAAAMAAAMAEHlCQsBDgBB8QkLFQ0AAAAEDQAAAAAJDgAAAAAADgAADgBBnwoLARAAQasKCx4PAAAAAA8AAAAACRAAAAAAABAAABAAABIAAAASEhIAQeIKCw4SAAAAEhISAAAAAAAACQBBkwsLAQsAQZ8LCxUKAAAAAAoAAAAACQsAAAAAAAsAAAsAQc0LCwEMAEHZCwtLDAAAAAAMAAAAAAkMAAAAAAAMAAAMAAAwMTIzNDU2Nzg5QUJDREVGLTBYKzBYIDBYLTB4KzB4IDB4AGluZgBJTkYAbmFuAE5BTgAuAEGsDAuAC2wGAAAGAAAABwAAAAgAAABzdGQ6OmJhZF9jYXN0AFN0OXR5cGVfaW5mbwAA/AYAAEoGAABTdDhiYWRfY2FzdAAkBwAAYAYAAAgIAABQdXJlIHZpcnR1YWwgZnVuY3Rpb24gY2FsbGVkIQBOMTBfX2N4eGFiaXYxMTZfX3NoaW1fdHlwZV9pbmZvRQAAJAcAAJYGAABYBgAATjEwX19jeHhhYml2MTE3X19jbGFzc190eXBlX2luZm9FAAAAJAcAAMQGAAC4BgAAAAAAAOgGAAAJAAAACgAAAAsAAAAMAAAADQAAAA4AAAAPAAAAEAAAAAAAAABsBwAACQAAABEAAAALAAAADAAAAA0AAAASAAAAEwAAABQAAABOMTBfX2N4eGFiaXYxMjBfX3NpX2NsYXNzX3R5cGVfaW5mb0UAAAAAJAcAAEQHAADoBgAAAAAAAMgHAAAJAAAAFQAAAAsAAAAMAAAADQAAABYAAAAXAAAAGAAAAE4xMF9fY3h4YWJpdjEyMV9fdm1pX2NsYXNzX3R5cGVfaW5mb0UAAAAkBwAAoAcAAOgGAABzdGQ6OmV4Y2VwdGlvbgAAAAAAAAgIAAAZAAAAGgAAABsAAABTdDlleGNlcHRpb24AAAAA/AYAAPgHAAByd2EAcndhAHZlY3RvcgAAAAAAAEQIAAAdAAAAHgAAAB8AAABTdDExbG9naWNfZXJyb3IAJAcAADQIAAAICAAAAAAAAHgIAAAdAAAAIAAAAB8AAABTdDEybGVuZ3RoX2Vycm9yAAAAACQHAABkCAAARAgAAGh6MABoejEAZXJyb3I6ICVzOiBub3QgaW4gaHppcCBmb3JtYXQKAGVycm9yOiAlczogbWlzc2luZyBvciBiYWQgcGFzc3dvcmQKAGFsbG9jYXRvcjxUPjo6YWxsb2NhdGUoc2l6ZV90IG4pICduJyBleGNlZWRzIG1heGltdW0gc3VwcG9ydGVkIHNpemUALmh6AGVycm9yOiAlczogY2Fubm90IG9wZW4KAABsAAAAAAAAAMAJAAAiAAAAIwAAAJT///+U////wAkAACQAAAAlAAAAPAkAAHQJAACICQAAUAkAAGwAAAAAAAAAlDwAACYAAAAnAAAAlP///5T///+UPAAAKAAAACkAAABOU3QzX18yMTRiYXNpY19pZnN0cmVhbUljTlNfMTFjaGFyX3RyYWl0c0ljRUVFRQAkBwAAkAkAAJQ8AAAAAAAAPAoAACoAAAArAAAALAAAAC0AAAAuAAAALwAAADAAAAAxAAAAMgAAADMAAAA0AAAANQAAADYAAAA3AAAATlN0M19fMjEzYmFzaWNfZmlsZWJ1ZkljTlNfMTFjaGFyX3RyYWl0c0ljRUVFRQAAJAcAAAwKAABcPAAAcGg6AO+7vwAoTlVMTCkARkxBRwBudW0AVVRGLTgARk9SQklEREVOV09SRABTRVQATEFORwBJR05PUkUAQUYAQU0AQ09NUExFWFBSRUZJWEVTAFNGWABQRlgASVNPODg1OS0xADgAAAAAAAAAVAsAADgAAAA5AAAAyP///8j///9UCwAAOgAAADsAAAC4CgAA8AoAAAQLAADMCgAAOAAAAAAAAADcPAAAPAAAAD0AAADI////yP///9w8AAA+AAAAPwAAAE5TdDNfXzIxOWJhc2ljX29zdHJpbmdzdHJlYW1JY05TXzExY2hhcl90cmFpdHNJY0VFTlNfOWFsbG9jYXRvckljRUVFRQAAACQHAAAMCwAA3DwAAGFsbG9jYXRvcjxUPjo6YWxsb2NhdGUoc2l6ZV90IG4pICduJyBleGNlZWRzIG1heGltdW0gc3VwcG9ydGVkIHNpemUAKC08XiQAXl4AQbQXC6gH+AsAAEAAAABBAAAAAAAAAAwMAABAAAAAQgAAACAAc3Q6AGZsOgAKAAAAAAAkDAAAQwAAAEQAAAA4QWZmRW50cnkAAAD8BgAA7AsAADhQZnhFbnRyeQAAACQHAAAADAAA+AsAADhTZnhFbnRyeQAAACQHAAAYDAAA+AsAAADvu78AS0VZAFRSWQBTRVQAVVRGLTgAQ09NUExFWFBSRUZJWEVTAENPTVBPVU5ERkxBRwBDT01QT1VOREJFR0lOAENPTVBPVU5ETUlERExFAENPTVBPVU5ERU5EAENPTVBPVU5EV09SRE1BWABDT01QT1VORFJPT1QAQ09NUE9VTkRQRVJNSVRGTEFHAENPTVBPVU5ERk9SQklERkxBRwBDT01QT1VORE1PUkVTVUZGSVhFUwBDSEVDS0NPTVBPVU5ERFVQAENIRUNLQ09NUE9VTkRSRVAAQ0hFQ0tDT01QT1VORFRSSVBMRQBTSU1QTElGSUVEVFJJUExFAENIRUNLQ09NUE9VTkRDQVNFAE5PU1VHR0VTVABOT05HUkFNU1VHR0VTVABGT1JCSURERU5XT1JEAExFTU1BX1BSRVNFTlQAQ0lSQ1VNRklYAE9OTFlJTkNPTVBPVU5EAFBTRVVET1JPT1QATkVFREFGRklYAENPTVBPVU5ETUlOAENPTVBPVU5EU1lMTEFCTEUAU1lMTEFCTEVOVU0AQ0hFQ0tOVU0AV09SRENIQVJTAElHTk9SRQBSRVAASUNPTlYAT0NPTlYAUEhPTkUAQ0hFQ0tDT01QT1VORFBBVFRFUk4AQ09NUE9VTkRSVUxFAE1BUABCUkVBSwBMQU5HAFZFUlNJT04ATUFYTkdSQU1TVUdTAE9OTFlNQVhESUZGAE1BWERJRkYATUFYQ1BEU1VHUwBOT1NQTElUU1VHUwBGVUxMU1RSSVAAU1VHU1dJVEhET1RTAEtFRVBDQVNFAEZPUkNFVUNBU0UAV0FSTgBGT1JCSURXQVJOAFNVQlNUQU5EQVJEAENIRUNLU0hBUlBTAFBGWABTRlgAIABmbDoALgBwYToAc3Q6AAoAaXM6AGRzOgBJU084ODU5LTEAcXdlcnR5dWlvcHxhc2RmZ2hqa2x8enhjdmJubQBBRUlPVWFlaW91AAAwAHRzOgBhbGxvY2F0b3I8VD46OmFsbG9jYXRlKHNpemVfdCBuKSAnbicgZXhjZWVkcyBtYXhpbXVtIHN1cHBvcnRlZCBzaXplAEGEHwsBRQBBqx8LBf//////AEHwHwsj3hIElQAAAAD////////////////wDwAAFAAAAEMuVVRGLTgAQbggCwIEEABB0CAL5gMCAADAAwAAwAQAAMAFAADABgAAwAcAAMAIAADACQAAwAoAAMALAADADAAAwA0AAMAOAADADwAAwBAAAMARAADAEgAAwBMAAMAUAADAFQAAwBYAAMAXAADAGAAAwBkAAMAaAADAGwAAwBwAAMAdAADAHgAAwB8AAMAAAACzAQAAwwIAAMMDAADDBAAAwwUAAMMGAADDBwAAwwgAAMMJAADDCgAAwwsAAMMMAADDDQAA0w4AAMMPAADDAAAMuwEADMMCAAzDAwAMwwQADNMAAAAA/////////////////////////////////////////////////////////////////wABAgMEBQYHCAn/////////CgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiP///////8KCwwNDg8QERITFBUWFxgZGhscHR4fICEiI/////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////8AAQIEBwMGBQBpbmZpbml0eQBuYW4AQcAkC2jRdJ4AV529KoBwUg///z4nCgAAAGQAAADoAwAAECcAAKCGAQBAQg8AgJaYAADh9QUYAAAANQAAAHEAAABr////zvv//5K///9iYXNpY19zdHJpbmcAc3RyaW5nX3ZpZXc6OnN1YnN0cgBBsCULrgHcEgAARgAAAEcAAABIAAAATlN0M19fMjE0X19zaGFyZWRfY291bnRFAAAAAPwGAADAEgAATENfQUxMAAAAAAAATENfQ1RZUEUAAAAATENfTlVNRVJJQwAATENfVElNRQAAAAAATENfQ09MTEFURQAATENfTU9ORVRBUlkATENfTUVTU0FHRVMATEFORwBDLlVURi04AFBPU0lYAE1VU0xfTE9DUEFUSAAAAAAAYBQAQeAoC/8BAgACAAIAAgACAAIAAgACAAIAAyACIAIgAiACIAIAAgACAAIAAgACAAIAAgACAAIAAgACAAIAAgACAAIAAgACAAFgBMAEwATABMAEwATABMAEwATABMAEwATABMAEwATACNgI2AjYCNgI2AjYCNgI2AjYCNgEwATABMAEwATABMAEwAjVCNUI1QjVCNUI1QjFCMUIxQjFCMUIxQjFCMUIxQjFCMUIxQjFCMUIxQjFCMUIxQjFCMUEwATABMAEwATABMAI1gjWCNYI1gjWCNYIxgjGCMYIxgjGCMYIxgjGCMYIxgjGCMYIxgjGCMYIxgjGCMYIxgjGBMAEwATABMACAEHgLAsCcBgAQfQwC/kDAQAAAAIAAAADAAAABAAAAAUAAAAGAAAABwAAAAgAAAAJAAAACgAAAAsAAAAMAAAADQAAAA4AAAAPAAAAEAAAABEAAAASAAAAEwAAABQAAAAVAAAAFgAAABcAAAAYAAAAGQAAABoAAAAbAAAAHAAAAB0AAAAeAAAAHwAAACAAAAAhAAAAIgAAACMAAAAkAAAAJQAAACYAAAAnAAAAKAAAACkAAAAqAAAAKwAAACwAAAAtAAAALgAAAC8AAAAwAAAAMQAAADIAAAAzAAAANAAAADUAAAA2AAAANwAAADgAAAA5AAAAOgAAADsAAAA8AAAAPQAAAD4AAAA/AAAAQAAAAEEAAABCAAAAQwAAAEQAAABFAAAARgAAAEcAAABIAAAASQAAAEoAAABLAAAATAAAAE0AAABOAAAATwAAAFAAAABRAAAAUgAAAFMAAABUAAAAVQAAAFYAAABXAAAAWAAAAFkAAABaAAAAWwAAAFwAAABdAAAAXgAAAF8AAABgAAAAQQAAAEIAAABDAAAARAAAAEUAAABGAAAARwAAAEgAAABJAAAASgAAAEsAAABMAAAATQAAAE4AAABPAAAAUAAAAFEAAABSAAAAUwAAAFQAAABVAAAAVgAAAFcAAABYAAAAWQAAAFoAAAB7AAAAfAAAAH0AAAB+AAAAfwBB8DgLAoAeAEGEPQv5AwEAAAACAAAAAwAAAAQAAAAFAAAABgAAAAcAAAAIAAAACQAAAAoAAAALAAAADAAAAA0AAAAOAAAADwAAABAAAAARAAAAEgAAABMAAAAUAAAAFQAAABYAAAAXAAAAGAAAABkAAAAaAAAAGwAAABwAAAAdAAAAHgAAAB8AAAAgAAAAIQAAACIAAAAjAAAAJAAAACUAAAAmAAAAJwAAACgAAAApAAAAKgAAACsAAAAsAAAALQAAAC4AAAAvAAAAMAAAADEAAAAyAAAAMwAAADQAAAA1AAAANgAAADcAAAA4AAAAOQAAADoAAAA7AAAAPAAAAD0AAAA+AAAAPwAAAEAAAABhAAAAYgAAAGMAAABkAAAAZQAAAGYAAABnAAAAaAAAAGkAAABqAAAAawAAAGwAAABtAAAAbgAAAG8AAABwAAAAcQAAAHIAAABzAAAAdAAAAHUAAAB2AAAAdwAAAHgAAAB5AAAAegAAAFsAAABcAAAAXQAAAF4AAABfAAAAYAAAAGEAAABiAAAAYwAAAGQAAABlAAAAZgAAAGcAAABoAAAAaQAAAGoAAABrAAAAbAAAAG0AAABuAAAAbwAAAHAAAABxAAAAcgAAAHMAAAB0AAAAdQAAAHYAAAB3AAAAeAAAAHkAAAB6AAAAewAAAHwAAAB9AAAAfgAAAH8AQYDFAAtIMDEyMzQ1Njc4OWFiY2RlZkFCQ0RFRnhYKy1wUGlJbk4AJXAAbABsbAAATAAlAAAAAAAlcAAAAAAlSTolTTolUyAlcCVIOiVNAEHQxQALgQElAAAAbQAAAC8AAAAlAAAAZAAAAC8AAAAlAAAAeQAAACUAAABZAAAALQAAACUAAABtAAAALQAAACUAAABkAAAAJQAAAEkAAAA6AAAAJQAAAE0AAAA6AAAAJQAAAFMAAAAgAAAAJQAAAHAAAAAAAAAAJQAAAEgAAAA6AAAAJQAAAE0AQeDGAAu9BCUAAABIAAAAOgAAACUAAABNAAAAOgAAACUAAABTAAAAJUxmADAxMjM0NTY3ODkAJS4wTGYAQwAAAAAAAAgpAABcAAAAXQAAAF4AAAAAAAAAaCkAAF8AAABgAAAAXgAAAGEAAABiAAAAYwAAAGQAAABlAAAAZgAAAGcAAABoAAAAAAAAANAoAABpAAAAagAAAF4AAABrAAAAbAAAAG0AAABuAAAAbwAAAHAAAABxAAAAAAAAAKApAAByAAAAcwAAAF4AAAB0AAAAdQAAAHYAAAB3AAAAeAAAAAAAAADEKQAAeQAAAHoAAABeAAAAewAAAHwAAAB9AAAAfgAAAH8AAAB0cnVlAAAAAHQAAAByAAAAdQAAAGUAAAAAAAAAZmFsc2UAAABmAAAAYQAAAGwAAABzAAAAZQAAAAAAAAAlbS8lZC8leQAAAAAlAAAAbQAAAC8AAAAlAAAAZAAAAC8AAAAlAAAAeQAAAAAAAAAlSDolTTolUwAAAAAlAAAASAAAADoAAAAlAAAATQAAADoAAAAlAAAAUwAAAAAAAAAlYSAlYiAlZCAlSDolTTolUyAlWQAAAAAlAAAAYQAAACAAAAAlAAAAYgAAACAAAAAlAAAAZAAAACAAAAAlAAAASAAAADoAAAAlAAAATQAAADoAAAAlAAAAUwAAACAAAAAlAAAAWQAAAAAAAAAlSTolTTolUyAlcAAlAAAASQAAADoAAAAlAAAATQAAADoAAAAlAAAAUwAAACAAAAAlAAAAcABBqMsAC9YK0CUAAIAAAACBAAAAXgAAAE5TdDNfXzI2bG9jYWxlNWZhY2V0RQAAACQHAAC4JQAA3BIAAAAAAABQJgAAgAAAAIIAAABeAAAAgwAAAIQAAACFAAAAhgAAAIcAAACIAAAAiQAAAIoAAACLAAAAjAAAAI0AAACOAAAATlN0M19fMjVjdHlwZUl3RUUATlN0M19fMjEwY3R5cGVfYmFzZUUAAPwGAAAyJgAAgAcAACAmAAAAAAAAAgAAANAlAAACAAAASCYAAAIAAAAAAAAA5CYAAIAAAACPAAAAXgAAAJAAAACRAAAAkgAAAJMAAACUAAAAlQAAAJYAAABOU3QzX18yN2NvZGVjdnRJY2MxMV9fbWJzdGF0ZV90RUUATlN0M19fMjEyY29kZWN2dF9iYXNlRQAAAAD8BgAAwiYAAIAHAACgJgAAAAAAAAIAAADQJQAAAgAAANwmAAACAAAAAAAAAFgnAACAAAAAlwAAAF4AAACYAAAAmQAAAJoAAACbAAAAnAAAAJ0AAACeAAAATlN0M19fMjdjb2RlY3Z0SURzYzExX19tYnN0YXRlX3RFRQAAgAcAADQnAAAAAAAAAgAAANAlAAACAAAA3CYAAAIAAAAAAAAAzCcAAIAAAACfAAAAXgAAAKAAAAChAAAAogAAAKMAAACkAAAApQAAAKYAAABOU3QzX18yN2NvZGVjdnRJRGljMTFfX21ic3RhdGVfdEVFAACABwAAqCcAAAAAAAACAAAA0CUAAAIAAADcJgAAAgAAAAAAAABAKAAAgAAAAKcAAABeAAAAoAAAAKEAAACiAAAAowAAAKQAAAClAAAApgAAAE5TdDNfXzIxNl9fbmFycm93X3RvX3V0ZjhJTG0zMkVFRQAAACQHAAAcKAAAzCcAAAAAAACgKAAAgAAAAKgAAABeAAAAoAAAAKEAAACiAAAAowAAAKQAAAClAAAApgAAAE5TdDNfXzIxN19fd2lkZW5fZnJvbV91dGY4SUxtMzJFRUUAACQHAAB8KAAAzCcAAE5TdDNfXzI3Y29kZWN2dEl3YzExX19tYnN0YXRlX3RFRQAAAIAHAACsKAAAAAAAAAIAAADQJQAAAgAAANwmAAACAAAATlN0M19fMjZsb2NhbGU1X19pbXBFAAAAJAcAAPAoAADQJQAATlN0M19fMjdjb2xsYXRlSWNFRQAkBwAAFCkAANAlAABOU3QzX18yN2NvbGxhdGVJd0VFACQHAAA0KQAA0CUAAE5TdDNfXzI1Y3R5cGVJY0VFAAAAgAcAAFQpAAAAAAAAAgAAANAlAAACAAAASCYAAAIAAABOU3QzX18yOG51bXB1bmN0SWNFRQAAAAAkBwAAiCkAANAlAABOU3QzX18yOG51bXB1bmN0SXdFRQAAAAAkBwAArCkAANAlAAAAAAAAKCkAAKkAAACqAAAAXgAAAKsAAACsAAAArQAAAAAAAABIKQAArgAAAK8AAABeAAAAsAAAALEAAACyAAAAAAAAAOQqAACAAAAAswAAAF4AAAC0AAAAtQAAALYAAAC3AAAAuAAAALkAAAC6AAAAuwAAALwAAAC9AAAAvgAAAE5TdDNfXzI3bnVtX2dldEljTlNfMTlpc3RyZWFtYnVmX2l0ZXJhdG9ySWNOU18xMWNoYXJfdHJhaXRzSWNFRUVFRUUATlN0M19fMjlfX251bV9nZXRJY0VFAE5TdDNfXzIxNF9fbnVtX2dldF9iYXNlRQAA/AYAAKoqAACABwAAlCoAAAAAAAABAAAAxCoAAAAAAACABwAAUCoAAAAAAAACAAAA0CUAAAIAAADMKgBBiNYAC8oBuCsAAIAAAAC/AAAAXgAAAMAAAADBAAAAwgAAAMMAAADEAAAAxQAAAMYAAADHAAAAyAAAAMkAAADKAAAATlN0M19fMjdudW1fZ2V0SXdOU18xOWlzdHJlYW1idWZfaXRlcmF0b3JJd05TXzExY2hhcl90cmFpdHNJd0VFRUVFRQBOU3QzX18yOV9fbnVtX2dldEl3RUUAAACABwAAiCsAAAAAAAABAAAAxCoAAAAAAACABwAARCsAAAAAAAACAAAA0CUAAAIAAACgKwBB3NcAC94BoCwAAIAAAADLAAAAXgAAAMwAAADNAAAAzgAAAM8AAADQAAAA0QAAANIAAADTAAAATlN0M19fMjdudW1fcHV0SWNOU18xOW9zdHJlYW1idWZfaXRlcmF0b3JJY05TXzExY2hhcl90cmFpdHNJY0VFRUVFRQBOU3QzX18yOV9fbnVtX3B1dEljRUUATlN0M19fMjE0X19udW1fcHV0X2Jhc2VFAAD8BgAAZiwAAIAHAABQLAAAAAAAAAEAAACALAAAAAAAAIAHAAAMLAAAAAAAAAIAAADQJQAAAgAAAIgsAEHE2QALvgFoLQAAgAAAANQAAABeAAAA1QAAANYAAADXAAAA2AAAANkAAADaAAAA2wAAANwAAABOU3QzX18yN251bV9wdXRJd05TXzE5b3N0cmVhbWJ1Zl9pdGVyYXRvckl3TlNfMTFjaGFyX3RyYWl0c0l3RUVFRUVFAE5TdDNfXzI5X19udW1fcHV0SXdFRQAAAIAHAAA4LQAAAAAAAAEAAACALAAAAAAAAIAHAAD0LAAAAAAAAAIAAADQJQAAAgAAAFAtAEGM2wALmgtoLgAA3QAAAN4AAABeAAAA3wAAAOAAAADhAAAA4gAAAOMAAADkAAAA5QAAAPj///9oLgAA5gAAAOcAAADoAAAA6QAAAOoAAADrAAAA7AAAAE5TdDNfXzI4dGltZV9nZXRJY05TXzE5aXN0cmVhbWJ1Zl9pdGVyYXRvckljTlNfMTFjaGFyX3RyYWl0c0ljRUVFRUVFAE5TdDNfXzI5dGltZV9iYXNlRQD8BgAAIS4AAE5TdDNfXzIyMF9fdGltZV9nZXRfY19zdG9yYWdlSWNFRQAAAPwGAAA8LgAAgAcAANwtAAAAAAAAAwAAANAlAAACAAAANC4AAAIAAABgLgAAAAgAAAAAAABULwAA7QAAAO4AAABeAAAA7wAAAPAAAADxAAAA8gAAAPMAAAD0AAAA9QAAAPj///9ULwAA9gAAAPcAAAD4AAAA+QAAAPoAAAD7AAAA/AAAAE5TdDNfXzI4dGltZV9nZXRJd05TXzE5aXN0cmVhbWJ1Zl9pdGVyYXRvckl3TlNfMTFjaGFyX3RyYWl0c0l3RUVFRUVFAE5TdDNfXzIyMF9fdGltZV9nZXRfY19zdG9yYWdlSXdFRQAA/AYAACkvAACABwAA5C4AAAAAAAADAAAA0CUAAAIAAAA0LgAAAgAAAEwvAAAACAAAAAAAAPgvAAD9AAAA/gAAAF4AAAD/AAAATlN0M19fMjh0aW1lX3B1dEljTlNfMTlvc3RyZWFtYnVmX2l0ZXJhdG9ySWNOU18xMWNoYXJfdHJhaXRzSWNFRUVFRUUATlN0M19fMjEwX190aW1lX3B1dEUAAAD8BgAA2S8AAIAHAACULwAAAAAAAAIAAADQJQAAAgAAAPAvAAAACAAAAAAAAHgwAAAAAQAAAQEAAF4AAAACAQAATlN0M19fMjh0aW1lX3B1dEl3TlNfMTlvc3RyZWFtYnVmX2l0ZXJhdG9ySXdOU18xMWNoYXJfdHJhaXRzSXdFRUVFRUUAAAAAgAcAADAwAAAAAAAAAgAAANAlAAACAAAA8C8AAAAIAAAAAAAADDEAAIAAAAADAQAAXgAAAAQBAAAFAQAABgEAAAcBAAAIAQAACQEAAAoBAAALAQAADAEAAE5TdDNfXzIxMG1vbmV5cHVuY3RJY0xiMEVFRQBOU3QzX18yMTBtb25leV9iYXNlRQAAAAD8BgAA7DAAAIAHAADQMAAAAAAAAAIAAADQJQAAAgAAAAQxAAACAAAAAAAAAIAxAACAAAAADQEAAF4AAAAOAQAADwEAABABAAARAQAAEgEAABMBAAAUAQAAFQEAABYBAABOU3QzX18yMTBtb25leXB1bmN0SWNMYjFFRUUAgAcAAGQxAAAAAAAAAgAAANAlAAACAAAABDEAAAIAAAAAAAAA9DEAAIAAAAAXAQAAXgAAABgBAAAZAQAAGgEAABsBAAAcAQAAHQEAAB4BAAAfAQAAIAEAAE5TdDNfXzIxMG1vbmV5cHVuY3RJd0xiMEVFRQCABwAA2DEAAAAAAAACAAAA0CUAAAIAAAAEMQAAAgAAAAAAAABoMgAAgAAAACEBAABeAAAAIgEAACMBAAAkAQAAJQEAACYBAAAnAQAAKAEAACkBAAAqAQAATlN0M19fMjEwbW9uZXlwdW5jdEl3TGIxRUVFAIAHAABMMgAAAAAAAAIAAADQJQAAAgAAAAQxAAACAAAAAAAAAAwzAACAAAAAKwEAAF4AAAAsAQAALQEAAE5TdDNfXzI5bW9uZXlfZ2V0SWNOU18xOWlzdHJlYW1idWZfaXRlcmF0b3JJY05TXzExY2hhcl90cmFpdHNJY0VFRUVFRQBOU3QzX18yMTFfX21vbmV5X2dldEljRUUAAPwGAADqMgAAgAcAAKQyAAAAAAAAAgAAANAlAAACAAAABDMAQbDmAAuaAbAzAACAAAAALgEAAF4AAAAvAQAAMAEAAE5TdDNfXzI5bW9uZXlfZ2V0SXdOU18xOWlzdHJlYW1idWZfaXRlcmF0b3JJd05TXzExY2hhcl90cmFpdHNJd0VFRUVFRQBOU3QzX18yMTFfX21vbmV5X2dldEl3RUUAAPwGAACOMwAAgAcAAEgzAAAAAAAAAgAAANAlAAACAAAAqDMAQdTnAAuaAVQ0AACAAAAAMQEAAF4AAAAyAQAAMwEAAE5TdDNfXzI5bW9uZXlfcHV0SWNOU18xOW9zdHJlYW1idWZfaXRlcmF0b3JJY05TXzExY2hhcl90cmFpdHNJY0VFRUVFRQBOU3QzX18yMTFfX21vbmV5X3B1dEljRUUAAPwGAAAyNAAAgAcAAOwzAAAAAAAAAgAAANAlAAACAAAATDQAQfjoAAuaAfg0AACAAAAANAEAAF4AAAA1AQAANgEAAE5TdDNfXzI5bW9uZXlfcHV0SXdOU18xOW9zdHJlYW1idWZfaXRlcmF0b3JJd05TXzExY2hhcl90cmFpdHNJd0VFRUVFRQBOU3QzX18yMTFfX21vbmV5X3B1dEl3RUUAAPwGAADWNAAAgAcAAJA0AAAAAAAAAgAAANAlAAACAAAA8DQAQZzqAAultwdwNQAAgAAAADcBAABeAAAAOAEAADkBAAA6AQAATlN0M19fMjhtZXNzYWdlc0ljRUUATlN0M19fMjEzbWVzc2FnZXNfYmFzZUUAAAAA/AYAAE01AACABwAAODUAAAAAAAACAAAA0CUAAAIAAABoNQAAAgAAAAAAAADINQAAgAAAADsBAABeAAAAPAEAAD0BAAA+AQAATlN0M19fMjhtZXNzYWdlc0l3RUUAAAAAgAcAALA1AAAAAAAAAgAAANAlAAACAAAAaDUAAAIAAABTdW5kYXkATW9uZGF5AFR1ZXNkYXkAV2VkbmVzZGF5AFRodXJzZGF5AEZyaWRheQBTYXR1cmRheQBTdW4ATW9uAFR1ZQBXZWQAVGh1AEZyaQBTYXQAAAAAUwAAAHUAAABuAAAAZAAAAGEAAAB5AAAAAAAAAE0AAABvAAAAbgAAAGQAAABhAAAAeQAAAAAAAABUAAAAdQAAAGUAAABzAAAAZAAAAGEAAAB5AAAAAAAAAFcAAABlAAAAZAAAAG4AAABlAAAAcwAAAGQAAABhAAAAeQAAAAAAAABUAAAAaAAAAHUAAAByAAAAcwAAAGQAAABhAAAAeQAAAAAAAABGAAAAcgAAAGkAAABkAAAAYQAAAHkAAAAAAAAAUwAAAGEAAAB0AAAAdQAAAHIAAABkAAAAYQAAAHkAAAAAAAAAUwAAAHUAAABuAAAAAAAAAE0AAABvAAAAbgAAAAAAAABUAAAAdQAAAGUAAAAAAAAAVwAAAGUAAABkAAAAAAAAAFQAAABoAAAAdQAAAAAAAABGAAAAcgAAAGkAAAAAAAAAUwAAAGEAAAB0AAAAAAAAAEphbnVhcnkARmVicnVhcnkATWFyY2gAQXByaWwATWF5AEp1bmUASnVseQBBdWd1c3QAU2VwdGVtYmVyAE9jdG9iZXIATm92ZW1iZXIARGVjZW1iZXIASmFuAEZlYgBNYXIAQXByAEp1bgBKdWwAQXVnAFNlcABPY3QATm92AERlYwAAAEoAAABhAAAAbgAAAHUAAABhAAAAcgAAAHkAAAAAAAAARgAAAGUAAABiAAAAcgAAAHUAAABhAAAAcgAAAHkAAAAAAAAATQAAAGEAAAByAAAAYwAAAGgAAAAAAAAAQQAAAHAAAAByAAAAaQAAAGwAAAAAAAAATQAAAGEAAAB5AAAAAAAAAEoAAAB1AAAAbgAAAGUAAAAAAAAASgAAAHUAAABsAAAAeQAAAAAAAABBAAAAdQAAAGcAAAB1AAAAcwAAAHQAAAAAAAAAUwAAAGUAAABwAAAAdAAAAGUAAABtAAAAYgAAAGUAAAByAAAAAAAAAE8AAABjAAAAdAAAAG8AAABiAAAAZQAAAHIAAAAAAAAATgAAAG8AAAB2AAAAZQAAAG0AAABiAAAAZQAAAHIAAAAAAAAARAAAAGUAAABjAAAAZQAAAG0AAABiAAAAZQAAAHIAAAAAAAAASgAAAGEAAABuAAAAAAAAAEYAAABlAAAAYgAAAAAAAABNAAAAYQAAAHIAAAAAAAAAQQAAAHAAAAByAAAAAAAAAEoAAAB1AAAAbgAAAAAAAABKAAAAdQAAAGwAAAAAAAAAQQAAAHUAAABnAAAAAAAAAFMAAABlAAAAcAAAAAAAAABPAAAAYwAAAHQAAAAAAAAATgAAAG8AAAB2AAAAAAAAAEQAAABlAAAAYwAAAAAAAABBTQBQTQAAAEEAAABNAAAAAAAAAFAAAABNAAAAAAAAAGFsbG9jYXRvcjxUPjo6YWxsb2NhdGUoc2l6ZV90IG4pICduJyBleGNlZWRzIG1heGltdW0gc3VwcG9ydGVkIHNpemUAAAAAAGAuAADmAAAA5wAAAOgAAADpAAAA6gAAAOsAAADsAAAAAAAAAEwvAAD2AAAA9wAAAPgAAAD5AAAA+gAAAPsAAAD8AAAAAAAAAFw8AAA/AQAAQAEAAEEBAABCAQAAQwEAAEQBAABFAQAAMQAAADIAAABGAQAANAAAAEcBAAA2AAAASAEAAAgAAAAAAAAAlDwAACYAAAAnAAAA+P////j///+UPAAAKAAAACkAAAAYOwAALDsAAAQAAAAAAAAA3DwAADwAAAA9AAAA/P////z////cPAAAPgAAAD8AAABIOwAAXDsAAAwAAAAAAAAAdD0AAEkBAABKAQAABAAAAPj///90PQAASwEAAEwBAAD0////9P///3Q9AABNAQAATgEAAHg7AAAAPQAAFD0AACg9AAA8PQAAoDsAAIw7AAAAAAAA6DsAAE8BAABQAQAATlN0M19fMjhpb3NfYmFzZUUAAAD8BgAA1DsAAE5TdDNfXzI5YmFzaWNfaW9zSWNOU18xMWNoYXJfdHJhaXRzSWNFRUVFAAAAJAcAAPA7AADoOwAATlN0M19fMjE1YmFzaWNfc3RyZWFtYnVmSWNOU18xMWNoYXJfdHJhaXRzSWNFRUVFAAAAAPwGAAAoPAAATlN0M19fMjEzYmFzaWNfaXN0cmVhbUljTlNfMTFjaGFyX3RyYWl0c0ljRUVFRQAAgAcAAGQ8AAAAAAAAAQAAABw8AAAD9P//TlN0M19fMjEzYmFzaWNfb3N0cmVhbUljTlNfMTFjaGFyX3RyYWl0c0ljRUVFRQAAgAcAAKw8AAAAAAAAAQAAABw8AAAD9P//DAAAAAAAAACUPAAAJgAAACcAAAD0////9P///5Q8AAAoAAAAKQAAAAQAAAAAAAAA3DwAADwAAAA9AAAA/P////z////cPAAAPgAAAD8AAABOU3QzX18yMTRiYXNpY19pb3N0cmVhbUljTlNfMTFjaGFyX3RyYWl0c0ljRUVFRQCABwAARD0AAAMAAAACAAAAlDwAAAIAAADcPAAAAggAACAoIAAgfCAAAAAAABQOAgBQEgIAHQ4CAFAVAgAmDgIAUBgCAC8OAgBQGwIAOA4CAFAeAgBBDgIAUCECAEoOAgBQJAIAUw4CAFAnAgBcDgIAUCoCAGUOAgBQLQIAbw4CAFAwAgB2DgIAUDACAIEOAgBQMAIAiw4CAFAzAgCVDgIAUDYCAJ8OAgBQOQIAqQ4CAFA8AgCvDgIAUD8CALUOAgBQQgIAvA4CAFBCAgDMDgIAUEUCANUOAgBQRQIA5Q4CAGAAAADoDgIAZAAAAOsOAgBkAAAA8Q4CACkAAAD0DgIAJQAAAPcOAgAqAAAA+g4CAC0AAAD9DgIAMQAAAAAPAgAeAAAAAw8CAAEAAAAGDwIAIgAAAAkPAgAKAAAADA8CACYAAAAPDwIAAgAAABIPAgBOAAAAFQ8CACQAAAAYDwIAJAAAAB4PAgAnAAAAIQ8CAGMAAAAkDwIAZQAAACcPAgAfAAAAKg8CADAAAAAtDwIAAwAAADAPAgAyAAAAMw8CAFoAAAA2DwIAWgAAADwPAgAHAAAAPw8CAFAAAABBAEEAYQBCAEIAYgBDAEMAYwBEAEQAZABFAEUAZQBGAEYAZgBHAEcAZwBIAEgAaABJAEkAaQBKAEoAagBLAEsAawBMAEwAbABNAE0AbQBOAE4AbgBPAE8AbwBQAFAAcABRAFEAcQBSAFIAcgBTAFMAcwBUAFQAdABVAFUAdQBWAFYAdgBXAFcAdwBYAFgAeABZAFkAeQBaAFoAegBhAEEAYQBiAEIAYgBjAEMAYwBkAEQAZABlAEUAZQBmAEYAZgBnAEcAZwBoAEgAaABpAEkAaQBqAEoAagBrAEsAawBsAEwAbABtAE0AbQBuAE4AbgBvAE8AbwBwAFAAcABxAFEAcQByAFIAcgBzAFMAcwB0AFQAdAB1AFUAdQB2AFYAdgB3AFcAdwB4AFgAeAB5AFkAeQB6AFoAegCqAKoAqgC1AJwDtQC6ALoAugDAAMAA4ADBAMEA4QDCAMIA4gDDAMMA4wDEAMQA5ADFAMUA5QDGAMYA5gDHAMcA5wDIAMgA6ADJAMkA6QDKAMoA6gDLAMsA6wDMAMwA7ADNAM0A7QDOAM4A7gDPAM8A7wDQANAA8ADRANEA8QDSANIA8gDTANMA8wDUANQA9ADVANUA9QDWANYA9gDYANgA+ADZANkA+QDaANoA+gDbANsA+wDcANwA/ADdAN0A/QDeAN4A/gDfAN8A3wDgAMAA4ADhAMEA4QDiAMIA4gDjAMMA4wDkAMQA5ADlAMUA5QDmAMYA5gDnAMcA5wDoAMgA6ADpAMkA6QDqAMoA6gDrAMsA6wDsAMwA7ADtAM0A7QDuAM4A7gDvAM8A7wDwANAA8ADxANEA8QDyANIA8gDzANMA8wD0ANQA9AD1ANUA9QD2ANYA9gD4ANgA+AD5ANkA+QD6ANoA+gD7ANsA+wD8ANwA/AD9AN0A/QD+AN4A/gD/AHgB/wAAAQABAQEBAQABAQECAQIBAwEDAQIBAwEEAQQBBQEFAQQBBQEGAQYBBwEHAQYBBwEIAQgBCQEJAQgBCQEKAQoBCwELAQoBCwEMAQwBDQENAQwBDQEOAQ4BDwEPAQ4BDwEQARABEQERARABEQESARIBEwETARIBEwEUARQBFQEVARQBFQEWARYBFwEXARYBFwEYARgBGQEZARgBGQEaARoBGwEbARoBGwEcARwBHQEdARwBHQEeAR4BHwEfAR4BHwEgASABIQEhASABIQEiASIBIwEjASIBIwEkASQBJQElASQBJQEmASYBJwEnASYBJwEoASgBKQEpASgBKQEqASoBKwErASoBKwEsASwBLQEtASwBLQEuAS4BLwEvAS4BLwEwATABaQAxAUkAMQEyATIBMwEzATIBMwE0ATQBNQE1ATQBNQE2ATYBNwE3ATYBNwE4ATgBOAE5ATkBOgE6ATkBOgE7ATsBPAE8ATsBPAE9AT0BPgE+AT0BPgE/AT8BQAFAAT8BQAFBAUEBQgFCAUEBQgFDAUMBRAFEAUMBRAFFAUUBRgFGAUUBRgFHAUcBSAFIAUcBSAFJAUkBSQFKAUoBSwFLAUoBSwFMAUwBTQFNAUwBTQFOAU4BTwFPAU4BTwFQAVABUQFRAVABUQFSAVIBUwFTAVIBUwFUAVQBVQFVAVQBVQFWAVYBVwFXAVYBVwFYAVgBWQFZAVgBWQFaAVoBWwFbAVoBWwFcAVwBXQFdAVwBXQFeAV4BXwFfAV4BXwFgAWABYQFhAWABYQFiAWIBYwFjAWIBYwFkAWQBZQFlAWQBZQFmAWYBZwFnAWYBZwFoAWgBaQFpAWgBaQFqAWoBawFrAWoBawFsAWwBbQFtAWwBbQFuAW4BbwFvAW4BbwFwAXABcQFxAXABcQFyAXIBcwFzAXIBcwF0AXQBdQF1AXQBdQF2AXYBdwF3AXYBdwF4AXgB/wB5AXkBegF6AXkBegF7AXsBfAF8AXsBfAF9AX0BfgF+AX0BfgF/AVMAfwGAAYABgAGBAYEBUwKCAYIBgwGDAYIBgwGEAYQBhQGFAYQBhQGGAYYBVAKHAYcBiAGIAYcBiAGJAYkBVgKKAYoBVwKLAYsBjAGMAYsBjAGNAY0BjQGOAY4B3QGPAY8BWQKQAZABWwKRAZEBkgGSAZEBkgGTAZMBYAKUAZQBYwKVAfYBlQGWAZYBaQKXAZcBaAKYAZgBmQGZAZgBmQGaAT0CmgGbAZsBmwGcAZwBbwKdAZ0BcgKeASACngGfAZ8BdQKgAaABoQGhAaABoQGiAaIBowGjAaIBowGkAaQBpQGlAaQBpQGmAaYBgAKnAacBqAGoAacBqAGpAakBgwKqAaoBqgGrAasBqwGsAawBrQGtAawBrQGuAa4BiAKvAa8BsAGwAa8BsAGxAbEBigKyAbIBiwKzAbMBtAG0AbMBtAG1AbUBtgG2AbUBtgG3AbcBkgK4AbgBuQG5AbgBuQG6AboBugG7AbsBuwG8AbwBvQG9AbwBvQG+Ab4BvgG/AfcBvwHAAcABwAHBAcEBwQHCAcIBwgHDAcMBwwHEAcQBxgHFAcQBxgHGAcQBxgHHAccByQHIAccByQHJAccByQHKAcoBzAHLAcoBzAHMAcoBzAHNAc0BzgHOAc0BzgHPAc8B0AHQAc8B0AHRAdEB0gHSAdEB0gHTAdMB1AHUAdMB1AHVAdUB1gHWAdUB1gHXAdcB2AHYAdcB2AHZAdkB2gHaAdkB2gHbAdsB3AHcAdsB3AHdAY4B3QHeAd4B3wHfAd4B3wHgAeAB4QHhAeAB4QHiAeIB4wHjAeIB4wHkAeQB5QHlAeQB5QHmAeYB5wHnAeYB5wHoAegB6QHpAegB6QHqAeoB6wHrAeoB6wHsAewB7QHtAewB7QHuAe4B7wHvAe4B7wHwAfAB8AHxAfEB8wHyAfEB8wHzAfEB8wH0AfQB9QH1AfQB9QH2AfYBlQH3AfcBvwH4AfgB+QH5AfgB+QH6AfoB+wH7AfoB+wH8AfwB/QH9AfwB/QH+Af4B/wH/Af4B/wEAAgACAQIBAgACAQICAgICAwIDAgICAwIEAgQCBQIFAgQCBQIGAgYCBwIHAgYCBwIIAggCCQIJAggCCQIKAgoCCwILAgoCCwIMAgwCDQINAgwCDQIOAg4CDwIPAg4CDwIQAhACEQIRAhACEQISAhICEwITAhICEwIUAhQCFQIVAhQCFQIWAhYCFwIXAhYCFwIYAhgCGQIZAhgCGQIaAhoCGwIbAhoCGwIcAhwCHQIdAhwCHQIeAh4CHwIfAh4CHwIgAiACngEhAiECIQIiAiICIwIjAiICIwIkAiQCJQIlAiQCJQImAiYCJwInAiYCJwIoAigCKQIpAigCKQIqAioCKwIrAioCKwIsAiwCLQItAiwCLQIuAi4CLwIvAi4CLwIwAjACMQIxAjACMQIyAjICMwIzAjICMwI0AjQCNAI1AjUCNQI2AjYCNgI3AjcCNwI4AjgCOAI5AjkCOQI6AjoCOgI7AjsCPAI8AjsCPAI9Aj0CmgE+Aj4CPgI/Aj8CPwJAAkACQAJBAkEClAJQAlACUAJRAlECUQJSAlICUgJTAoEBUwJUAoYBVAJVAlUCVQJWAokBVgJXAooBVwJYAlgCWAJZAo8BWQJaAloCWgJbApABWwJcAlwCXAJdAl0CXQJeAl4CXgJfAl8CXwJgApMBYAJhAmECYQJiAmICYgJjApQBYwJkAmQCZAJlAmUCZQJmAmYCZgJnAmcCZwJoApcBaAJpApYBaQJqAmoCagJrAmsCawJsAmwCbAJtAm0CbQJuAm4CbgJvApwBbwJwAnACcAJxAnECcQJyAp0BcgJzAnMCcwJ0AnQCdAJ1Ap8BdQJ2AnYCdgJ3AncCdwJ4AngCeAJ5AnkCeQJ6AnoCegJ7AnsCewJ8AnwCfAJ9An0CfQJ+An4CfgJ/An8CfwKAAqYBgAKBAoECgQKCAoICggKDAqkBgwKEAoQChAKFAoUChQKGAoYChgKHAocChwKIAq4BiAKJAokCiQKKArEBigKLArIBiwKMAowCjAKNAo0CjQKOAo4CjgKPAo8CjwKQApACkAKRApECkQKSArcBkgKTApMCkwKUAkEClAKVApUClQKWApYClgKXApcClwKYApgCmAKZApkCmQKaApoCmgKbApsCmwKcApwCnAKdAp0CnQKeAp4CngKfAp8CnwKgAqACoAKhAqECoQKiAqICogKjAqMCowKkAqQCpAKlAqUCpQKmAqYCpgKnAqcCpwKoAqgCqAKpAqkCqQKqAqoCqgKrAqsCqwKsAqwCrAKtAq0CrQKuAq4CrgKvAq8CrwKwArACsAKxArECsQKyArICsgKzArMCswK0ArQCtAK1ArUCtQK2ArYCtgK3ArcCtwK4ArgCuAK5ArkCuQK6AroCugK7ArsCuwK8ArwCvAK9Ar0CvQK+Ar4CvgK/Ar8CvwLAAsACwALBAsECwQLGAsYCxgLHAscCxwLIAsgCyALJAskCyQLKAsoCygLLAssCywLMAswCzALNAs0CzQLOAs4CzgLPAs8CzwLQAtAC0ALRAtEC0QLgAuAC4ALhAuEC4QLiAuIC4gLjAuMC4wLkAuQC5ALuAu4C7gIAAwADAAMBAwEDAQMCAwIDAgMDAwMDAwMEAwQDBAMFAwUDBQMGAwYDBgMHAwcDBwMIAwgDCAMJAwkDCQMKAwoDCgMLAwsDCwMMAwwDDAMNAw0DDQMOAw4DDgMPAw8DDwMQAxADEAMRAxEDEQMSAxIDEgMTAxMDEwMUAxQDFAMVAxUDFQMWAxYDFgMXAxcDFwMYAxgDGAMZAxkDGQMaAxoDGgMbAxsDGwMcAxwDHAMdAx0DHQMeAx4DHgMfAx8DHwMgAyADIAMhAyEDIQMiAyIDIgMjAyMDIwMkAyQDJAMlAyUDJQMmAyYDJgMnAycDJwMoAygDKAMpAykDKQMqAyoDKgMrAysDKwMsAywDLAMtAy0DLQMuAy4DLgMvAy8DLwMwAzADMAMxAzEDMQMyAzIDMgMzAzMDMwM0AzQDNAM1AzUDNQM2AzYDNgM3AzcDNwM4AzgDOAM5AzkDOQM6AzoDOgM7AzsDOwM8AzwDPAM9Az0DPQM+Az4DPgM/Az8DPwNAA0ADQANBA0EDQQNCA0IDQgNDA0MDQwNEA0QDRANFA5kDRQNGA0YDRgNHA0cDRwNIA0gDSANJA0kDSQNKA0oDSgNLA0sDSwNMA0wDTANNA00DTQNOA04DTgNPA08DTwNQA1ADUANRA1EDUQNSA1IDUgNTA1MDUwNUA1QDVANVA1UDVQNWA1YDVgNXA1cDVwNYA1gDWANZA1kDWQNaA1oDWgNbA1sDWwNcA1wDXANdA10DXQNeA14DXgNfA18DXwNgA2ADYANhA2EDYQNiA2IDYgNjA2MDYwNkA2QDZANlA2UDZQNmA2YDZgNnA2cDZwNoA2gDaANpA2kDaQNqA2oDagNrA2sDawNsA2wDbANtA20DbQNuA24DbgNvA28DbwN6A3oDegOGA4YDrAOIA4gDrQOJA4kDrgOKA4oDrwOMA4wDzAOOA44DzQOPA48DzgOQA5ADkAORA5EDsQOSA5IDsgOTA5MDswOUA5QDtAOVA5UDtQOWA5YDtgOXA5cDtwOYA5gDuAOZA5kDuQOaA5oDugObA5sDuwOcA5wDvAOdA50DvQOeA54DvgOfA58DvwOgA6ADwAOhA6EDwQOjA6MDwwOkA6QDxAOlA6UDxQOmA6YDxgOnA6cDxwOoA6gDyAOpA6kDyQOqA6oDygOrA6sDywOsA4YDrAOtA4gDrQOuA4kDrgOvA4oDrwOwA7ADsAOxA5EDsQOyA5IDsgOzA5MDswO0A5QDtAO1A5UDtQO2A5YDtgO3A5cDtwO4A5gDuAO5A5kDuQO6A5oDugO7A5sDuwO8A5wDvAO9A50DvQO+A54DvgO/A58DvwPAA6ADwAPBA6EDwQPCA6MDwgPDA6MDwwPEA6QDxAPFA6UDxQPGA6YDxgPHA6cDxwPIA6gDyAPJA6kDyQPKA6oDygPLA6sDywPMA4wDzAPNA44DzQPOA48DzgPQA5ID0APRA5gD0QPSA9ID0gPTA9MD0wPUA9QD1APVA6YD1QPWA6AD1gPXA9cD1wPYA9gD2QPZA9gD2QPaA9oD2wPbA9oD2wPcA9wD3QPdA9wD3QPeA94D3wPfA94D3wPgA+AD4QPhA+AD4QPiA+ID4wPjA+ID4wPkA+QD5QPlA+QD5QPmA+YD5wPnA+YD5wPoA+gD6QPpA+gD6QPqA+oD6wPrA+oD6wPsA+wD7QPtA+wD7QPuA+4D7wPvA+4D7wPwA5oD8APxA6ED8QPyA/kD8gPzA/MD8wP0A/QDuAP1A5UD9QP3A/cD+AP4A/cD+AP5A/kD8gP6A/oD+wP7A/oD+wP8A/wD/AP9A/0D/QP+A/4D/gP/A/8D/wMABAAEUAQBBAEEUQQCBAIEUgQDBAMEUwQEBAQEVAQFBAUEVQQGBAYEVgQHBAcEVwQIBAgEWAQJBAkEWQQKBAoEWgQLBAsEWwQMBAwEXAQNBA0EXQQOBA4EXgQPBA8EXwQQBBAEMAQRBBEEMQQSBBIEMgQTBBMEMwQUBBQENAQVBBUENQQWBBYENgQXBBcENwQYBBgEOAQZBBkEOQQaBBoEOgQbBBsEOwQcBBwEPAQdBB0EPQQeBB4EPgQfBB8EPwQgBCAEQAQhBCEEQQQiBCIEQgQjBCMEQwQkBCQERAQlBCUERQQmBCYERgQnBCcERwQoBCgESAQpBCkESQQqBCoESgQrBCsESwQsBCwETAQtBC0ETQQuBC4ETgQvBC8ETwQwBBAEMAQxBBEEMQQyBBIEMgQzBBMEMwQ0BBQENAQ1BBUENQQ2BBYENgQ3BBcENwQ4BBgEOAQ5BBkEOQQ6BBoEOgQ7BBsEOwQ8BBwEPAQ9BB0EPQQ+BB4EPgQ/BB8EPwRABCAEQARBBCEEQQRCBCIEQgRDBCMEQwREBCQERARFBCUERQRGBCYERgRHBCcERwRIBCgESARJBCkESQRKBCoESgRLBCsESwRMBCwETARNBC0ETQROBC4ETgRPBC8ETwRQBAAEUARRBAEEUQRSBAIEUgRTBAMEUwRUBAQEVARVBAUEVQRWBAYEVgRXBAcEVwRYBAgEWARZBAkEWQRaBAoEWgRbBAsEWwRcBAwEXARdBA0EXQReBA4EXgRfBA8EXwRgBGAEYQRhBGAEYQRiBGIEYwRjBGIEYwRkBGQEZQRlBGQEZQRmBGYEZwRnBGYEZwRoBGgEaQRpBGgEaQRqBGoEawRrBGoEawRsBGwEbQRtBGwEbQRuBG4EbwRvBG4EbwRwBHAEcQRxBHAEcQRyBHIEcwRzBHIEcwR0BHQEdQR1BHQEdQR2BHYEdwR3BHYEdwR4BHgEeQR5BHgEeQR6BHoEewR7BHoEewR8BHwEfQR9BHwEfQR+BH4EfwR/BH4EfwSABIAEgQSBBIAEgQSDBIMEgwSEBIQEhASFBIUEhQSGBIYEhgSKBIoEiwSLBIoEiwSMBIwEjQSNBIwEjQSOBI4EjwSPBI4EjwSQBJAEkQSRBJAEkQSSBJIEkwSTBJIEkwSUBJQElQSVBJQElQSWBJYElwSXBJYElwSYBJgEmQSZBJgEmQSaBJoEmwSbBJoEmwScBJwEnQSdBJwEnQSeBJ4EnwSfBJ4EnwSgBKAEoQShBKAEoQSiBKIEowSjBKIEowSkBKQEpQSlBKQEpQSmBKYEpwSnBKYEpwSoBKgEqQSpBKgEqQSqBKoEqwSrBKoEqwSsBKwErQStBKwErQSuBK4ErwSvBK4ErwSwBLAEsQSxBLAEsQSyBLIEswSzBLIEswS0BLQEtQS1BLQEtQS2BLYEtwS3BLYEtwS4BLgEuQS5BLgEuQS6BLoEuwS7BLoEuwS8BLwEvQS9BLwEvQS+BL4EvwS/BL4EvwTABMAEwATBBMEEwgTCBMEEwgTDBMMExATEBMMExATFBMUExgTGBMUExgTHBMcEyATIBMcEyATJBMkEygTKBMkEygTLBMsEzATMBMsEzATNBM0EzgTOBM0EzgTQBNAE0QTRBNAE0QTSBNIE0wTTBNIE0wTUBNQE1QTVBNQE1QTWBNYE1wTXBNYE1wTYBNgE2QTZBNgE2QTaBNoE2wTbBNoE2wTcBNwE3QTdBNwE3QTeBN4E3wTfBN4E3wTgBOAE4QThBOAE4QTiBOIE4wTjBOIE4wTkBOQE5QTlBOQE5QTmBOYE5wTnBOYE5wToBOgE6QTpBOgE6QTqBOoE6wTrBOoE6wTsBOwE7QTtBOwE7QTuBO4E7wTvBO4E7wTwBPAE8QTxBPAE8QTyBPIE8wTzBPIE8wT0BPQE9QT1BPQE9QT2BPYE9wT3BPYE9wT4BPgE+QT5BPgE+QQABQAFAQUBBQAFAQUCBQIFAwUDBQIFAwUEBQQFBQUFBQQFBQUGBQYFBwUHBQYFBwUIBQgFCQUJBQgFCQUKBQoFCwULBQoFCwUMBQwFDQUNBQwFDQUOBQ4FDwUPBQ4FDwUxBTEFYQUyBTIFYgUzBTMFYwU0BTQFZAU1BTUFZQU2BTYFZgU3BTcFZwU4BTgFaAU5BTkFaQU6BToFagU7BTsFawU8BTwFbAU9BT0FbQU+BT4FbgU/BT8FbwVABUAFcAVBBUEFcQVCBUIFcgVDBUMFcwVEBUQFdAVFBUUFdQVGBUYFdgVHBUcFdwVIBUgFeAVJBUkFeQVKBUoFegVLBUsFewVMBUwFfAVNBU0FfQVOBU4FfgVPBU8FfwVQBVAFgAVRBVEFgQVSBVIFggVTBVMFgwVUBVQFhAVVBVUFhQVWBVYFhgVZBVkFWQVhBTEFYQViBTIFYgVjBTMFYwVkBTQFZAVlBTUFZQVmBTYFZgVnBTcFZwVoBTgFaAVpBTkFaQVqBToFagVrBTsFawVsBTwFbAVtBT0FbQVuBT4FbgVvBT8FbwVwBUAFcAVxBUEFcQVyBUIFcgVzBUMFcwV0BUQFdAV1BUUFdQV2BUYFdgV3BUcFdwV4BUgFeAV5BUkFeQV6BUoFegV7BUsFewV8BUwFfAV9BU0FfQV+BU4FfgV/BU8FfwWABVAFgAWBBVEFgQWCBVIFggWDBVMFgwWEBVQFhAWFBVUFhQWGBVYFhgWHBYcFhwWRBZEFkQWSBZIFkgWTBZMFkwWUBZQFlAWVBZUFlQWWBZYFlgWXBZcFlwWYBZgFmAWZBZkFmQWaBZoFmgWbBZsFmwWcBZwFnAWdBZ0FnQWeBZ4FngWfBZ8FnwWgBaAFoAWhBaEFoQWiBaIFogWjBaMFowWkBaQFpAWlBaUFpQWmBaYFpgWnBacFpwWoBagFqAWpBakFqQWqBaoFqgWrBasFqwWsBawFrAWtBa0FrQWuBa4FrgWvBa8FrwWwBbAFsAWxBbEFsQWyBbIFsgWzBbMFswW0BbQFtAW1BbUFtQW2BbYFtgW3BbcFtwW4BbgFuAW5BbkFuQW7BbsFuwW8BbwFvAW9Bb0FvQW/Bb8FvwXBBcEFwQXCBcIFwgXEBcQFxAXFBcUFxQXHBccFxwXQBdAF0AXRBdEF0QXSBdIF0gXTBdMF0wXUBdQF1AXVBdUF1QXWBdYF1gXXBdcF1wXYBdgF2AXZBdkF2QXaBdoF2gXbBdsF2wXcBdwF3AXdBd0F3QXeBd4F3gXfBd8F3wXgBeAF4AXhBeEF4QXiBeIF4gXjBeMF4wXkBeQF5AXlBeUF5QXmBeYF5gXnBecF5wXoBegF6AXpBekF6QXqBeoF6gXwBfAF8AXxBfEF8QXyBfIF8gUQBhAGEAYRBhEGEQYSBhIGEgYTBhMGEwYUBhQGFAYVBhUGFQYhBiEGIQYiBiIGIgYjBiMGIwYkBiQGJAYlBiUGJQYmBiYGJgYnBicGJwYoBigGKAYpBikGKQYqBioGKgYrBisGKwYsBiwGLAYtBi0GLQYuBi4GLgYvBi8GLwYwBjAGMAYxBjEGMQYyBjIGMgYzBjMGMwY0BjQGNAY1BjUGNQY2BjYGNgY3BjcGNwY4BjgGOAY5BjkGOQY6BjoGOgZABkAGQAZBBkEGQQZCBkIGQgZDBkMGQwZEBkQGRAZFBkUGRQZGBkYGRgZHBkcGRwZIBkgGSAZJBkkGSQZKBkoGSgZLBksGSwZMBkwGTAZNBk0GTQZOBk4GTgZPBk8GTwZQBlAGUAZRBlEGUQZSBlIGUgZTBlMGUwZUBlQGVAZVBlUGVQZWBlYGVgZXBlcGVwZYBlgGWAZZBlkGWQZaBloGWgZbBlsGWwZcBlwGXAZdBl0GXQZeBl4GXgZuBm4GbgZvBm8GbwZwBnAGcAZxBnEGcQZyBnIGcgZzBnMGcwZ0BnQGdAZ1BnUGdQZ2BnYGdgZ3BncGdwZ4BngGeAZ5BnkGeQZ6BnoGegZ7BnsGewZ8BnwGfAZ9Bn0GfQZ+Bn4GfgZ/Bn8GfwaABoAGgAaBBoEGgQaCBoIGggaDBoMGgwaEBoQGhAaFBoUGhQaGBoYGhgaHBocGhwaIBogGiAaJBokGiQaKBooGigaLBosGiwaMBowGjAaNBo0GjQaOBo4GjgaPBo8GjwaQBpAGkAaRBpEGkQaSBpIGkgaTBpMGkwaUBpQGlAaVBpUGlQaWBpYGlgaXBpcGlwaYBpgGmAaZBpkGmQaaBpoGmgabBpsGmwacBpwGnAadBp0GnQaeBp4GngafBp8GnwagBqAGoAahBqEGoQaiBqIGogajBqMGowakBqQGpAalBqUGpQamBqYGpganBqcGpwaoBqgGqAapBqkGqQaqBqoGqgarBqsGqwasBqwGrAatBq0GrQauBq4GrgavBq8GrwawBrAGsAaxBrEGsQayBrIGsgazBrMGswa0BrQGtAa1BrUGtQa2BrYGtga3BrcGtwa4BrgGuAa5BrkGuQa6BroGuga7BrsGuwa8BrwGvAa9Br0GvQa+Br4Gvga/Br8GvwbABsAGwAbBBsEGwQbCBsIGwgbDBsMGwwbEBsQGxAbFBsUGxQbGBsYGxgbHBscGxwbIBsgGyAbJBskGyQbKBsoGygbLBssGywbMBswGzAbNBs0GzQbOBs4GzgbPBs8GzwbQBtAG0AbRBtEG0QbSBtIG0gbTBtMG0wbVBtUG1QbWBtYG1gbXBtcG1wbYBtgG2AbZBtkG2QbaBtoG2gbbBtsG2wbcBtwG3AbfBt8G3wbgBuAG4AbhBuEG4QbiBuIG4gbjBuMG4wbkBuQG5AblBuUG5QbmBuYG5gbnBucG5wboBugG6AbqBuoG6gbrBusG6wbsBuwG7AbtBu0G7QbuBu4G7gbvBu8G7wb6BvoG+gb7BvsG+wb8BvwG/Ab/Bv8G/wYQBxAHEAcRBxEHEQcSBxIHEgcTBxMHEwcUBxQHFAcVBxUHFQcWBxYHFgcXBxcHFwcYBxgHGAcZBxkHGQcaBxoHGgcbBxsHGwccBxwHHAcdBx0HHQceBx4HHgcfBx8HHwcgByAHIAchByEHIQciByIHIgcjByMHIwckByQHJAclByUHJQcmByYHJgcnBycHJwcoBygHKAcpBykHKQcqByoHKgcrBysHKwcsBywHLActBy0HLQcuBy4HLgcvBy8HLwcwBzAHMAcxBzEHMQcyBzIHMgczBzMHMwc0BzQHNAc1BzUHNQc2BzYHNgc3BzcHNwc4BzgHOAc5BzkHOQc6BzoHOgc7BzsHOwc8BzwHPAc9Bz0HPQc+Bz4HPgc/Bz8HPwdAB0AHQAdBB0EHQQdCB0IHQgdDB0MHQwdEB0QHRAdFB0UHRQdGB0YHRgdHB0cHRwdIB0gHSAdJB0kHSQdKB0oHSgdNB00HTQdOB04HTgdPB08HTwdQB1AHUAdRB1EHUQdSB1IHUgdTB1MHUwdUB1QHVAdVB1UHVQdWB1YHVgdXB1cHVwdYB1gHWAdZB1kHWQdaB1oHWgdbB1sHWwdcB1wHXAddB10HXQdeB14HXgdfB18HXwdgB2AHYAdhB2EHYQdiB2IHYgdjB2MHYwdkB2QHZAdlB2UHZQdmB2YHZgdnB2cHZwdoB2gHaAdpB2kHaQdqB2oHagdrB2sHawdsB2wHbAdtB20HbQeAB4AHgAeBB4EHgQeCB4IHggeDB4MHgweEB4QHhAeFB4UHhQeGB4YHhgeHB4cHhweIB4gHiAeJB4kHiQeKB4oHigeLB4sHiweMB4wHjAeNB40HjQeOB44HjgePB48HjweQB5AHkAeRB5EHkQeSB5IHkgeTB5MHkweUB5QHlAeVB5UHlQeWB5YHlgeXB5cHlweYB5gHmAeZB5kHmQeaB5oHmgebB5sHmwecB5wHnAedB50HnQeeB54HngefB58HnwegB6AHoAehB6EHoQeiB6IHogejB6MHowekB6QHpAelB6UHpQemB6YHpgenB6cHpweoB6gHqAepB6kHqQeqB6oHqgerB6sHqwesB6wHrAetB60HrQeuB64HrgevB68HrwewB7AHsAexB7EHsQcBCQEJAQkCCQIJAgkECQQJBAkFCQUJBQkGCQYJBgkHCQcJBwkICQgJCAkJCQkJCQkKCQoJCgkLCQsJCwkMCQwJDAkNCQ0JDQkOCQ4JDgkPCQ8JDwkQCRAJEAkRCREJEQkSCRIJEgkTCRMJEwkUCRQJFAkVCRUJFQkWCRYJFgkXCRcJFwkYCRgJGAkZCRkJGQkaCRoJGgkbCRsJGwkcCRwJHAkdCR0JHQkeCR4JHgkfCR8JHwkgCSAJIAkhCSEJIQkiCSIJIgkjCSMJIwkkCSQJJAklCSUJJQkmCSYJJgknCScJJwkoCSgJKAkpCSkJKQkqCSoJKgkrCSsJKwksCSwJLAktCS0JLQkuCS4JLgkvCS8JLwkwCTAJMAkxCTEJMQkyCTIJMgkzCTMJMwk0CTQJNAk1CTUJNQk2CTYJNgk3CTcJNwk4CTgJOAk5CTkJOQk8CTwJPAk9CT0JPQlBCUEJQQlCCUIJQglDCUMJQwlECUQJRAlFCUUJRQlGCUYJRglHCUcJRwlICUgJSAlNCU0JTQlQCVAJUAlRCVEJUQlSCVIJUglTCVMJUwlUCVQJVAlYCVgJWAlZCVkJWQlaCVoJWglbCVsJWwlcCVwJXAldCV0JXQleCV4JXglfCV8JXwlgCWAJYAlhCWEJYQliCWIJYgljCWMJYwl9CX0JfQmBCYEJgQmFCYUJhQmGCYYJhgmHCYcJhwmICYgJiAmJCYkJiQmKCYoJigmLCYsJiwmMCYwJjAmPCY8JjwmQCZAJkAmTCZMJkwmUCZQJlAmVCZUJlQmWCZYJlgmXCZcJlwmYCZgJmAmZCZkJmQmaCZoJmgmbCZsJmwmcCZwJnAmdCZ0JnQmeCZ4JngmfCZ8JnwmgCaAJoAmhCaEJoQmiCaIJogmjCaMJowmkCaQJpAmlCaUJpQmmCaYJpgmnCacJpwmoCagJqAmqCaoJqgmrCasJqwmsCawJrAmtCa0JrQmuCa4JrgmvCa8JrwmwCbAJsAmyCbIJsgm2CbYJtgm3CbcJtwm4CbgJuAm5CbkJuQm8CbwJvAm9Cb0JvQnBCcEJwQnCCcIJwgnDCcMJwwnECcQJxAnNCc0JzQnOCc4JzgncCdwJ3AndCd0J3QnfCd8J3wngCeAJ4AnhCeEJ4QniCeIJ4gnjCeMJ4wnwCfAJ8AnxCfEJ8QkBCgEKAQoCCgIKAgoFCgUKBQoGCgYKBgoHCgcKBwoICggKCAoJCgkKCQoKCgoKCgoPCg8KDwoQChAKEAoTChMKEwoUChQKFAoVChUKFQoWChYKFgoXChcKFwoYChgKGAoZChkKGQoaChoKGgobChsKGwocChwKHAodCh0KHQoeCh4KHgofCh8KHwogCiAKIAohCiEKIQoiCiIKIgojCiMKIwokCiQKJAolCiUKJQomCiYKJgonCicKJwooCigKKAoqCioKKgorCisKKwosCiwKLAotCi0KLQouCi4KLgovCi8KLwowCjAKMAoyCjIKMgozCjMKMwo1CjUKNQo2CjYKNgo4CjgKOAo5CjkKOQo8CjwKPApBCkEKQQpCCkIKQgpHCkcKRwpICkgKSApLCksKSwpMCkwKTApNCk0KTQpZClkKWQpaCloKWgpbClsKWwpcClwKXApeCl4KXgpwCnAKcApxCnEKcQpyCnIKcgpzCnMKcwp0CnQKdAqBCoEKgQqCCoIKggqFCoUKhQqGCoYKhgqHCocKhwqICogKiAqJCokKiQqKCooKigqLCosKiwqMCowKjAqNCo0KjQqPCo8KjwqQCpAKkAqRCpEKkQqTCpMKkwqUCpQKlAqVCpUKlQqWCpYKlgqXCpcKlwqYCpgKmAqZCpkKmQqaCpoKmgqbCpsKmwqcCpwKnAqdCp0KnQqeCp4KngqfCp8KnwqgCqAKoAqhCqEKoQqiCqIKogqjCqMKowqkCqQKpAqlCqUKpQqmCqYKpgqnCqcKpwqoCqgKqAqqCqoKqgqrCqsKqwqsCqwKrAqtCq0KrQquCq4KrgqvCq8KrwqwCrAKsAqyCrIKsgqzCrMKswq1CrUKtQq2CrYKtgq3CrcKtwq4CrgKuAq5CrkKuQq8CrwKvAq9Cr0KvQrBCsEKwQrCCsIKwgrDCsMKwwrECsQKxArFCsUKxQrHCscKxwrICsgKyArNCs0KzQrQCtAK0ArgCuAK4ArhCuEK4QriCuIK4grjCuMK4woBCwELAQsFCwULBQsGCwYLBgsHCwcLBwsICwgLCAsJCwkLCQsKCwoLCgsLCwsLCwsMCwwLDAsPCw8LDwsQCxALEAsTCxMLEwsUCxQLFAsVCxULFQsWCxYLFgsXCxcLFwsYCxgLGAsZCxkLGQsaCxoLGgsbCxsLGwscCxwLHAsdCx0LHQseCx4LHgsfCx8LHwsgCyALIAshCyELIQsiCyILIgsjCyMLIwskCyQLJAslCyULJQsmCyYLJgsnCycLJwsoCygLKAsqCyoLKgsrCysLKwssCywLLAstCy0LLQsuCy4LLgsvCy8LLwswCzALMAsyCzILMgszCzMLMws1CzULNQs2CzYLNgs3CzcLNws4CzgLOAs5CzkLOQs8CzwLPAs9Cz0LPQs/Cz8LPwtBC0ELQQtCC0ILQgtDC0MLQwtNC00LTQtWC1YLVgtcC1wLXAtdC10LXQtfC18LXwtgC2ALYAthC2ELYQtxC3ELcQuCC4ILgguDC4MLgwuFC4ULhQuGC4YLhguHC4cLhwuIC4gLiAuJC4kLiQuKC4oLiguOC44LjguPC48LjwuQC5ALkAuSC5ILkguTC5MLkwuUC5QLlAuVC5ULlQuZC5kLmQuaC5oLmgucC5wLnAueC54LngufC58LnwujC6MLowukC6QLpAuoC6gLqAupC6kLqQuqC6oLqguuC64LrguvC68LrwuwC7ALsAuxC7ELsQuyC7ILsguzC7MLswu0C7QLtAu1C7ULtQu2C7YLtgu3C7cLtwu4C7gLuAu5C7kLuQvAC8ALwAvNC80LzQsFDAUMBQwGDAYMBgwHDAcMBwwIDAgMCAwJDAkMCQwKDAoMCgwLDAsMCwwMDAwMDAwODA4MDgwPDA8MDwwQDBAMEAwSDBIMEgwTDBMMEwwUDBQMFAwVDBUMFQwWDBYMFgwXDBcMFwwYDBgMGAwZDBkMGQwaDBoMGgwbDBsMGwwcDBwMHAwdDB0MHQweDB4MHgwfDB8MHwwgDCAMIAwhDCEMIQwiDCIMIgwjDCMMIwwkDCQMJAwlDCUMJQwmDCYMJgwnDCcMJwwoDCgMKAwqDCoMKgwrDCsMKwwsDCwMLAwtDC0MLQwuDC4MLgwvDC8MLwwwDDAMMAwxDDEMMQwyDDIMMgwzDDMMMww1DDUMNQw2DDYMNgw3DDcMNww4DDgMOAw5DDkMOQw+DD4MPgw/DD8MPwxADEAMQAxGDEYMRgxHDEcMRwxIDEgMSAxKDEoMSgxLDEsMSwxMDEwMTAxNDE0MTQxVDFUMVQxWDFYMVgxgDGAMYAxhDGEMYQyFDIUMhQyGDIYMhgyHDIcMhwyIDIgMiAyJDIkMiQyKDIoMigyLDIsMiwyMDIwMjAyODI4MjgyPDI8MjwyQDJAMkAySDJIMkgyTDJMMkwyUDJQMlAyVDJUMlQyWDJYMlgyXDJcMlwyYDJgMmAyZDJkMmQyaDJoMmgybDJsMmwycDJwMnAydDJ0MnQyeDJ4MngyfDJ8MnwygDKAMoAyhDKEMoQyiDKIMogyjDKMMowykDKQMpAylDKUMpQymDKYMpgynDKcMpwyoDKgMqAyqDKoMqgyrDKsMqwysDKwMrAytDK0MrQyuDK4MrgyvDK8MrwywDLAMsAyxDLEMsQyyDLIMsgyzDLMMswy1DLUMtQy2DLYMtgy3DLcMtwy4DLgMuAy5DLkMuQy8DLwMvAy9DL0MvQy/DL8MvwzGDMYMxgzMDMwMzAzNDM0MzQzeDN4M3gzgDOAM4AzhDOEM4QwFDQUNBQ0GDQYNBg0HDQcNBw0IDQgNCA0JDQkNCQ0KDQoNCg0LDQsNCw0MDQwNDA0ODQ4NDg0PDQ8NDw0QDRANEA0SDRINEg0TDRMNEw0UDRQNFA0VDRUNFQ0WDRYNFg0XDRcNFw0YDRgNGA0ZDRkNGQ0aDRoNGg0bDRsNGw0cDRwNHA0dDR0NHQ0eDR4NHg0fDR8NHw0gDSANIA0hDSENIQ0iDSINIg0jDSMNIw0kDSQNJA0lDSUNJQ0mDSYNJg0nDScNJw0oDSgNKA0qDSoNKg0rDSsNKw0sDSwNLA0tDS0NLQ0uDS4NLg0vDS8NLw0wDTANMA0xDTENMQ0yDTINMg0zDTMNMw00DTQNNA01DTUNNQ02DTYNNg03DTcNNw04DTgNOA05DTkNOQ1BDUENQQ1CDUINQg1DDUMNQw1NDU0NTQ1gDWANYA1hDWENYQ2FDYUNhQ2GDYYNhg2HDYcNhw2IDYgNiA2JDYkNiQ2KDYoNig2LDYsNiw2MDYwNjA2NDY0NjQ2ODY4Njg2PDY8Njw2QDZANkA2RDZENkQ2SDZINkg2TDZMNkw2UDZQNlA2VDZUNlQ2WDZYNlg2aDZoNmg2bDZsNmw2cDZwNnA2dDZ0NnQ2eDZ4Nng2fDZ8Nnw2gDaANoA2hDaENoQ2iDaINog2jDaMNow2kDaQNpA2lDaUNpQ2mDaYNpg2nDacNpw2oDagNqA2pDakNqQ2qDaoNqg2rDasNqw2sDawNrA2tDa0NrQ2uDa4Nrg2vDa8Nrw2wDbANsA2xDbENsQ2zDbMNsw20DbQNtA21DbUNtQ22DbYNtg23DbcNtw24DbgNuA25DbkNuQ26DboNug27DbsNuw29Db0NvQ3ADcANwA3BDcENwQ3CDcINwg3DDcMNww3EDcQNxA3FDcUNxQ3GDcYNxg3KDcoNyg3SDdIN0g3TDdMN0w3UDdQN1A3WDdYN1g0BDgEOAQ4CDgIOAg4DDgMOAw4EDgQOBA4FDgUOBQ4GDgYOBg4HDgcOBw4IDggOCA4JDgkOCQ4KDgoOCg4LDgsOCw4MDgwODA4NDg0ODQ4ODg4ODg4PDg8ODw4QDhAOEA4RDhEOEQ4SDhIOEg4TDhMOEw4UDhQOFA4VDhUOFQ4WDhYOFg4XDhcOFw4YDhgOGA4ZDhkOGQ4aDhoOGg4bDhsOGw4cDhwOHA4dDh0OHQ4eDh4OHg4fDh8OHw4gDiAOIA4hDiEOIQ4iDiIOIg4jDiMOIw4kDiQOJA4lDiUOJQ4mDiYOJg4nDicOJw4oDigOKA4pDikOKQ4qDioOKg4rDisOKw4sDiwOLA4tDi0OLQ4uDi4OLg4vDi8OLw4wDjAOMA4xDjEOMQ4yDjIOMg4zDjMOMw40DjQONA41DjUONQ42DjYONg43DjcONw44DjgOOA45DjkOOQ46DjoOOg5ADkAOQA5BDkEOQQ5CDkIOQg5DDkMOQw5EDkQORA5FDkUORQ5GDkYORg5HDkcORw5IDkgOSA5JDkkOSQ5KDkoOSg5LDksOSw5MDkwOTA5NDk0OTQ5ODk4OTg6BDoEOgQ6CDoIOgg6EDoQOhA6HDocOhw6IDogOiA6KDooOig6NDo0OjQ6UDpQOlA6VDpUOlQ6WDpYOlg6XDpcOlw6ZDpkOmQ6aDpoOmg6bDpsOmw6cDpwOnA6dDp0OnQ6eDp4Ong6fDp8Onw6hDqEOoQ6iDqIOog6jDqMOow6lDqUOpQ6nDqcOpw6qDqoOqg6rDqsOqw6tDq0OrQ6uDq4Org6vDq8Orw6wDrAOsA6xDrEOsQ6yDrIOsg6zDrMOsw60DrQOtA61DrUOtQ62DrYOtg63DrcOtw64DrgOuA65DrkOuQ67DrsOuw68DrwOvA69Dr0OvQ7ADsAOwA7BDsEOwQ7CDsIOwg7DDsMOww7EDsQOxA7GDsYOxg7IDsgOyA7JDskOyQ7KDsoOyg7LDssOyw7MDswOzA7NDs0OzQ7cDtwO3A7dDt0O3Q4ADwAPAA8YDxgPGA8ZDxkPGQ81DzUPNQ83DzcPNw85DzkPOQ9AD0APQA9BD0EPQQ9CD0IPQg9DD0MPQw9ED0QPRA9FD0UPRQ9GD0YPRg9HD0cPRw9JD0kPSQ9KD0oPSg9LD0sPSw9MD0wPTA9ND00PTQ9OD04PTg9PD08PTw9QD1APUA9RD1EPUQ9SD1IPUg9TD1MPUw9UD1QPVA9VD1UPVQ9WD1YPVg9XD1cPVw9YD1gPWA9ZD1kPWQ9aD1oPWg9bD1sPWw9cD1wPXA9dD10PXQ9eD14PXg9fD18PXw9gD2APYA9hD2EPYQ9iD2IPYg9jD2MPYw9kD2QPZA9lD2UPZQ9mD2YPZg9nD2cPZw9oD2gPaA9pD2kPaQ9qD2oPag9xD3EPcQ9yD3IPcg9zD3MPcw90D3QPdA91D3UPdQ92D3YPdg93D3cPdw94D3gPeA95D3kPeQ96D3oPeg97D3sPew98D3wPfA99D30PfQ9+D34Pfg+AD4APgA+BD4EPgQ+CD4IPgg+DD4MPgw+ED4QPhA+GD4YPhg+HD4cPhw+ID4gPiA+JD4kPiQ+KD4oPig+LD4sPiw+QD5APkA+RD5EPkQ+SD5IPkg+TD5MPkw+UD5QPlA+VD5UPlQ+WD5YPlg+XD5cPlw+ZD5kPmQ+aD5oPmg+bD5sPmw+cD5wPnA+dD50PnQ+eD54Png+fD58Pnw+gD6APoA+hD6EPoQ+iD6IPog+jD6MPow+kD6QPpA+lD6UPpQ+mD6YPpg+nD6cPpw+oD6gPqA+pD6kPqQ+qD6oPqg+rD6sPqw+sD6wPrA+tD60PrQ+uD64Prg+vD68Prw+wD7APsA+xD7EPsQ+yD7IPsg+zD7MPsw+0D7QPtA+1D7UPtQ+2D7YPtg+3D7cPtw+4D7gPuA+5D7kPuQ+6D7oPug+7D7sPuw+8D7wPvA/GD8YPxg8AEAAQABABEAEQARACEAIQAhADEAMQAxAEEAQQBBAFEAUQBRAGEAYQBhAHEAcQBxAIEAgQCBAJEAkQCRAKEAoQChALEAsQCxAMEAwQDBANEA0QDRAOEA4QDhAPEA8QDxAQEBAQEBAREBEQERASEBIQEhATEBMQExAUEBQQFBAVEBUQFRAWEBYQFhAXEBcQFxAYEBgQGBAZEBkQGRAaEBoQGhAbEBsQGxAcEBwQHBAdEB0QHRAeEB4QHhAfEB8QHxAgECAQIBAhECEQIRAjECMQIxAkECQQJBAlECUQJRAmECYQJhAnECcQJxApECkQKRAqECoQKhAtEC0QLRAuEC4QLhAvEC8QLxAwEDAQMBAyEDIQMhA2EDYQNhA3EDcQNxA5EDkQORBQEFAQUBBREFEQURBSEFIQUhBTEFMQUxBUEFQQVBBVEFUQVRBYEFgQWBBZEFkQWRCgEKAQAC2hEKEQAS2iEKIQAi2jEKMQAy2kEKQQBC2lEKUQBS2mEKYQBi2nEKcQBy2oEKgQCC2pEKkQCS2qEKoQCi2rEKsQCy2sEKwQDC2tEK0QDS2uEK4QDi2vEK8QDy2wELAQEC2xELEQES2yELIQEi2zELMQEy20ELQQFC21ELUQFS22ELYQFi23ELcQFy24ELgQGC25ELkQGS26ELoQGi27ELsQGy28ELwQHC29EL0QHS2+EL4QHi2/EL8QHy3AEMAQIC3BEMEQIS3CEMIQIi3DEMMQIy3EEMQQJC3FEMUQJS3QENAQ0BDRENEQ0RDSENIQ0hDTENMQ0xDUENQQ1BDVENUQ1RDWENYQ1hDXENcQ1xDYENgQ2BDZENkQ2RDaENoQ2hDbENsQ2xDcENwQ3BDdEN0Q3RDeEN4Q3hDfEN8Q3xDgEOAQ4BDhEOEQ4RDiEOIQ4hDjEOMQ4xDkEOQQ5BDlEOUQ5RDmEOYQ5hDnEOcQ5xDoEOgQ6BDpEOkQ6RDqEOoQ6hDrEOsQ6xDsEOwQ7BDtEO0Q7RDuEO4Q7hDvEO8Q7xDwEPAQ8BDxEPEQ8RDyEPIQ8hDzEPMQ8xD0EPQQ9BD1EPUQ9RD2EPYQ9hD3EPcQ9xD4EPgQ+BD5EPkQ+RD6EPoQ+hD8EPwQ/BAAEQARABEBEQERARECEQIRAhEDEQMRAxEEEQQRBBEFEQURBREGEQYRBhEHEQcRBxEIEQgRCBEJEQkRCREKEQoRChELEQsRCxEMEQwRDBENEQ0RDREOEQ4RDhEPEQ8RDxEQERAREBERERERERESERIREhETERMRExEUERQRFBEVERURFREWERYRFhEXERcRFxEYERgRGBEZERkRGREaERoRGhEbERsRGxEcERwRHBEdER0RHREeER4RHhEfER8RHxEgESARIBEhESERIREiESIRIhEjESMRIxEkESQRJBElESURJREmESYRJhEnEScRJxEoESgRKBEpESkRKREqESoRKhErESsRKxEsESwRLBEtES0RLREuES4RLhEvES8RLxEwETARMBExETERMREyETIRMhEzETMRMxE0ETQRNBE1ETURNRE2ETYRNhE3ETcRNxE4ETgROBE5ETkRORE6EToROhE7ETsROxE8ETwRPBE9ET0RPRE+ET4RPhE/ET8RPxFAEUARQBFBEUERQRFCEUIRQhFDEUMRQxFEEUQRRBFFEUURRRFGEUYRRhFHEUcRRxFIEUgRSBFJEUkRSRFKEUoRShFLEUsRSxFMEUwRTBFNEU0RTRFOEU4RThFPEU8RTxFQEVARUBFREVERURFSEVIRUhFTEVMRUxFUEVQRVBFVEVURVRFWEVYRVhFXEVcRVxFYEVgRWBFZEVkRWRFfEV8RXxFgEWARYBFhEWERYRFiEWIRYhFjEWMRYxFkEWQRZBFlEWURZRFmEWYRZhFnEWcRZxFoEWgRaBFpEWkRaRFqEWoRahFrEWsRaxFsEWwRbBFtEW0RbRFuEW4RbhFvEW8RbxFwEXARcBFxEXERcRFyEXIRchFzEXMRcxF0EXQRdBF1EXURdRF2EXYRdhF3EXcRdxF4EXgReBF5EXkReRF6EXoRehF7EXsRexF8EXwRfBF9EX0RfRF+EX4RfhF/EX8RfxGAEYARgBGBEYERgRGCEYIRghGDEYMRgxGEEYQRhBGFEYURhRGGEYYRhhGHEYcRhxGIEYgRiBGJEYkRiRGKEYoRihGLEYsRixGMEYwRjBGNEY0RjRGOEY4RjhGPEY8RjxGQEZARkBGREZERkRGSEZIRkhGTEZMRkxGUEZQRlBGVEZURlRGWEZYRlhGXEZcRlxGYEZgRmBGZEZkRmRGaEZoRmhGbEZsRmxGcEZwRnBGdEZ0RnRGeEZ4RnhGfEZ8RnxGgEaARoBGhEaERoRGiEaIRohGoEagRqBGpEakRqRGqEaoRqhGrEasRqxGsEawRrBGtEa0RrRGuEa4RrhGvEa8RrxGwEbARsBGxEbERsRGyEbIRshGzEbMRsxG0EbQRtBG1EbURtRG2EbYRthG3EbcRtxG4EbgRuBG5EbkRuRG6EboRuhG7EbsRuxG8EbwRvBG9Eb0RvRG+Eb4RvhG/Eb8RvxHAEcARwBHBEcERwRHCEcIRwhHDEcMRwxHEEcQRxBHFEcURxRHGEcYRxhHHEccRxxHIEcgRyBHJEckRyRHKEcoRyhHLEcsRyxHMEcwRzBHNEc0RzRHOEc4RzhHPEc8RzxHQEdAR0BHREdER0RHSEdIR0hHTEdMR0xHUEdQR1BHVEdUR1RHWEdYR1hHXEdcR1xHYEdgR2BHZEdkR2RHaEdoR2hHbEdsR2xHcEdwR3BHdEd0R3RHeEd4R3hHfEd8R3xHgEeAR4BHhEeER4RHiEeIR4hHjEeMR4xHkEeQR5BHlEeUR5RHmEeYR5hHnEecR5xHoEegR6BHpEekR6RHqEeoR6hHrEesR6xHsEewR7BHtEe0R7RHuEe4R7hHvEe8R7xHwEfAR8BHxEfER8RHyEfIR8hHzEfMR8xH0EfQR9BH1EfUR9RH2EfYR9hH3EfcR9xH4EfgR+BH5EfkR+REAEgASABIBEgESARICEgISAhIDEgMSAxIEEgQSBBIFEgUSBRIGEgYSBhIHEgcSBxIIEggSCBIJEgkSCRIKEgoSChILEgsSCxIMEgwSDBINEg0SDRIOEg4SDhIPEg8SDxIQEhASEBIREhESERISEhISEhITEhMSExIUEhQSFBIVEhUSFRIWEhYSFhIXEhcSFxIYEhgSGBIZEhkSGRIaEhoSGhIbEhsSGxIcEhwSHBIdEh0SHRIeEh4SHhIfEh8SHxIgEiASIBIhEiESIRIiEiISIhIjEiMSIxIkEiQSJBIlEiUSJRImEiYSJhInEicSJxIoEigSKBIpEikSKRIqEioSKhIrEisSKxIsEiwSLBItEi0SLRIuEi4SLhIvEi8SLxIwEjASMBIxEjESMRIyEjISMhIzEjMSMxI0EjQSNBI1EjUSNRI2EjYSNhI3EjcSNxI4EjgSOBI5EjkSORI6EjoSOhI7EjsSOxI8EjwSPBI9Ej0SPRI+Ej4SPhI/Ej8SPxJAEkASQBJBEkESQRJCEkISQhJDEkMSQxJEEkQSRBJFEkUSRRJGEkYSRhJHEkcSRxJIEkgSSBJKEkoSShJLEksSSxJMEkwSTBJNEk0STRJQElASUBJRElESURJSElISUhJTElMSUxJUElQSVBJVElUSVRJWElYSVhJYElgSWBJaEloSWhJbElsSWxJcElwSXBJdEl0SXRJgEmASYBJhEmESYRJiEmISYhJjEmMSYxJkEmQSZBJlEmUSZRJmEmYSZhJnEmcSZxJoEmgSaBJpEmkSaRJqEmoSahJrEmsSaxJsEmwSbBJtEm0SbRJuEm4SbhJvEm8SbxJwEnAScBJxEnEScRJyEnISchJzEnMScxJ0EnQSdBJ1EnUSdRJ2EnYSdhJ3EncSdxJ4EngSeBJ5EnkSeRJ6EnoSehJ7EnsSexJ8EnwSfBJ9En0SfRJ+En4SfhJ/En8SfxKAEoASgBKBEoESgRKCEoISghKDEoMSgxKEEoQShBKFEoUShRKGEoYShhKHEocShxKIEogSiBKKEooSihKLEosSixKMEowSjBKNEo0SjRKQEpASkBKREpESkRKSEpISkhKTEpMSkxKUEpQSlBKVEpUSlRKWEpYSlhKXEpcSlxKYEpgSmBKZEpkSmRKaEpoSmhKbEpsSmxKcEpwSnBKdEp0SnRKeEp4SnhKfEp8SnxKgEqASoBKhEqESoRKiEqISohKjEqMSoxKkEqQSpBKlEqUSpRKmEqYSphKnEqcSpxKoEqgSqBKpEqkSqRKqEqoSqhKrEqsSqxKsEqwSrBKtEq0SrRKuEq4SrhKvEq8SrxKwErASsBKyErISshKzErMSsxK0ErQStBK1ErUStRK4ErgSuBK5ErkSuRK6EroSuhK7ErsSuxK8ErwSvBK9Er0SvRK+Er4SvhLAEsASwBLCEsISwhLDEsMSwxLEEsQSxBLFEsUSxRLIEsgSyBLJEskSyRLKEsoSyhLLEssSyxLMEswSzBLNEs0SzRLOEs4SzhLPEs8SzxLQEtAS0BLREtES0RLSEtIS0hLTEtMS0xLUEtQS1BLVEtUS1RLWEtYS1hLYEtgS2BLZEtkS2RLaEtoS2hLbEtsS2xLcEtwS3BLdEt0S3RLeEt4S3hLfEt8S3xLgEuAS4BLhEuES4RLiEuIS4hLjEuMS4xLkEuQS5BLlEuUS5RLmEuYS5hLnEucS5xLoEugS6BLpEukS6RLqEuoS6hLrEusS6xLsEuwS7BLtEu0S7RLuEu4S7hLvEu8S7xLwEvAS8BLxEvES8RLyEvIS8hLzEvMS8xL0EvQS9BL1EvUS9RL2EvYS9hL3EvcS9xL4EvgS+BL5EvkS+RL6EvoS+hL7EvsS+xL8EvwS/BL9Ev0S/RL+Ev4S/hL/Ev8S/xIAEwATABMBEwETARMCEwITAhMDEwMTAxMEEwQTBBMFEwUTBRMGEwYTBhMHEwcTBxMIEwgTCBMJEwkTCRMKEwoTChMLEwsTCxMMEwwTDBMNEw0TDRMOEw4TDhMPEw8TDxMQExATEBMSExITEhMTExMTExMUExQTFBMVExUTFRMYExgTGBMZExkTGRMaExoTGhMbExsTGxMcExwTHBMdEx0THRMeEx4THhMfEx8THxMgEyATIBMhEyETIRMiEyITIhMjEyMTIxMkEyQTJBMlEyUTJRMmEyYTJhMnEycTJxMoEygTKBMpEykTKRMqEyoTKhMrEysTKxMsEywTLBMtEy0TLRMuEy4TLhMvEy8TLxMwEzATMBMxEzETMRMyEzITMhMzEzMTMxM0EzQTNBM1EzUTNRM2EzYTNhM3EzcTNxM4EzgTOBM5EzkTORM6EzoTOhM7EzsTOxM8EzwTPBM9Ez0TPRM+Ez4TPhM/Ez8TPxNAE0ATQBNBE0ETQRNCE0ITQhNDE0MTQxNEE0QTRBNFE0UTRRNGE0YTRhNHE0cTRxNIE0gTSBNJE0kTSRNKE0oTShNLE0sTSxNME0wTTBNNE00TTRNOE04TThNPE08TTxNQE1ATUBNRE1ETURNSE1ITUhNTE1MTUxNUE1QTVBNVE1UTVRNWE1YTVhNXE1cTVxNYE1gTWBNZE1kTWRNaE1oTWhNfE18TXxOAE4ATgBOBE4ETgROCE4ITghODE4MTgxOEE4QThBOFE4UThROGE4YThhOHE4cThxOIE4gTiBOJE4kTiROKE4oTihOLE4sTixOME4wTjBONE40TjROOE44TjhOPE48TjxOgE6AToBOhE6EToROiE6ITohOjE6MToxOkE6QTpBOlE6UTpROmE6YTphOnE6cTpxOoE6gTqBOpE6kTqROqE6oTqhOrE6sTqxOsE6wTrBOtE60TrROuE64TrhOvE68TrxOwE7ATsBOxE7ETsROyE7ITshOzE7MTsxO0E7QTtBO1E7UTtRO2E7YTthO3E7cTtxO4E7gTuBO5E7kTuRO6E7oTuhO7E7sTuxO8E7wTvBO9E70TvRO+E74TvhO/E78TvxPAE8ATwBPBE8ETwRPCE8ITwhPDE8MTwxPEE8QTxBPFE8UTxRPGE8YTxhPHE8cTxxPIE8gTyBPJE8kTyRPKE8oTyhPLE8sTyxPME8wTzBPNE80TzRPOE84TzhPPE88TzxPQE9AT0BPRE9ET0RPSE9IT0hPTE9MT0xPUE9QT1BPVE9UT1RPWE9YT1hPXE9cT1xPYE9gT2BPZE9kT2RPaE9oT2hPbE9sT2xPcE9wT3BPdE90T3RPeE94T3hPfE98T3xPgE+AT4BPhE+ET4RPiE+IT4hPjE+MT4xPkE+QT5BPlE+UT5RPmE+YT5hPnE+cT5xPoE+gT6BPpE+kT6RPqE+oT6hPrE+sT6xPsE+wT7BPtE+0T7RPuE+4T7hPvE+8T7xPwE/AT8BPxE/ET8RPyE/IT8hPzE/MT8xP0E/QT9BMBFAEUARQCFAIUAhQDFAMUAxQEFAQUBBQFFAUUBRQGFAYUBhQHFAcUBxQIFAgUCBQJFAkUCRQKFAoUChQLFAsUCxQMFAwUDBQNFA0UDRQOFA4UDhQPFA8UDxQQFBAUEBQRFBEUERQSFBIUEhQTFBMUExQUFBQUFBQVFBUUFRQWFBYUFhQXFBcUFxQYFBgUGBQZFBkUGRQaFBoUGhQbFBsUGxQcFBwUHBQdFB0UHRQeFB4UHhQfFB8UHxQgFCAUIBQhFCEUIRQiFCIUIhQjFCMUIxQkFCQUJBQlFCUUJRQmFCYUJhQnFCcUJxQoFCgUKBQpFCkUKRQqFCoUKhQrFCsUKxQsFCwULBQtFC0ULRQuFC4ULhQvFC8ULxQwFDAUMBQxFDEUMRQyFDIUMhQzFDMUMxQ0FDQUNBQ1FDUUNRQ2FDYUNhQ3FDcUNxQ4FDgUOBQ5FDkUORQ6FDoUOhQ7FDsUOxQ8FDwUPBQ9FD0UPRQ+FD4UPhQ/FD8UPxRAFEAUQBRBFEEUQRRCFEIUQhRDFEMUQxREFEQURBRFFEUURRRGFEYURhRHFEcURxRIFEgUSBRJFEkUSRRKFEoUShRLFEsUSxRMFEwUTBRNFE0UTRROFE4UThRPFE8UTxRQFFAUUBRRFFEUURRSFFIUUhRTFFMUUxRUFFQUVBRVFFUUVRRWFFYUVhRXFFcUVxRYFFgUWBRZFFkUWRRaFFoUWhRbFFsUWxRcFFwUXBRdFF0UXRReFF4UXhRfFF8UXxRgFGAUYBRhFGEUYRRiFGIUYhRjFGMUYxRkFGQUZBRlFGUUZRRmFGYUZhRnFGcUZxRoFGgUaBRpFGkUaRRqFGoUahRrFGsUaxRsFGwUbBRtFG0UbRRuFG4UbhRvFG8UbxRwFHAUcBRxFHEUcRRyFHIUchRzFHMUcxR0FHQUdBR1FHUUdRR2FHYUdhR3FHcUdxR4FHgUeBR5FHkUeRR6FHoUehR7FHsUexR8FHwUfBR9FH0UfRR+FH4UfhR/FH8UfxSAFIAUgBSBFIEUgRSCFIIUghSDFIMUgxSEFIQUhBSFFIUUhRSGFIYUhhSHFIcUhxSIFIgUiBSJFIkUiRSKFIoUihSLFIsUixSMFIwUjBSNFI0UjRSOFI4UjhSPFI8UjxSQFJAUkBSRFJEUkRSSFJIUkhSTFJMUkxSUFJQUlBSVFJUUlRSWFJYUlhSXFJcUlxSYFJgUmBSZFJkUmRSaFJoUmhSbFJsUmxScFJwUnBSdFJ0UnRSeFJ4UnhSfFJ8UnxSgFKAUoBShFKEUoRSiFKIUohSjFKMUoxSkFKQUpBSlFKUUpRSmFKYUphSnFKcUpxSoFKgUqBSpFKkUqRSqFKoUqhSrFKsUqxSsFKwUrBStFK0UrRSuFK4UrhSvFK8UrxSwFLAUsBSxFLEUsRSyFLIUshSzFLMUsxS0FLQUtBS1FLUUtRS2FLYUthS3FLcUtxS4FLgUuBS5FLkUuRS6FLoUuhS7FLsUuxS8FLwUvBS9FL0UvRS+FL4UvhS/FL8UvxTAFMAUwBTBFMEUwRTCFMIUwhTDFMMUwxTEFMQUxBTFFMUUxRTGFMYUxhTHFMcUxxTIFMgUyBTJFMkUyRTKFMoUyhTLFMsUyxTMFMwUzBTNFM0UzRTOFM4UzhTPFM8UzxTQFNAU0BTRFNEU0RTSFNIU0hTTFNMU0xTUFNQU1BTVFNUU1RTWFNYU1hTXFNcU1xTYFNgU2BTZFNkU2RTaFNoU2hTbFNsU2xTcFNwU3BTdFN0U3RTeFN4U3hTfFN8U3xTgFOAU4BThFOEU4RTiFOIU4hTjFOMU4xTkFOQU5BTlFOUU5RTmFOYU5hTnFOcU5xToFOgU6BTpFOkU6RTqFOoU6hTrFOsU6xTsFOwU7BTtFO0U7RTuFO4U7hTvFO8U7xTwFPAU8BTxFPEU8RTyFPIU8hTzFPMU8xT0FPQU9BT1FPUU9RT2FPYU9hT3FPcU9xT4FPgU+BT5FPkU+RT6FPoU+hT7FPsU+xT8FPwU/BT9FP0U/RT+FP4U/hT/FP8U/xQAFQAVABUBFQEVARUCFQIVAhUDFQMVAxUEFQQVBBUFFQUVBRUGFQYVBhUHFQcVBxUIFQgVCBUJFQkVCRUKFQoVChULFQsVCxUMFQwVDBUNFQ0VDRUOFQ4VDhUPFQ8VDxUQFRAVEBURFREVERUSFRIVEhUTFRMVExUUFRQVFBUVFRUVFRUWFRYVFhUXFRcVFxUYFRgVGBUZFRkVGRUaFRoVGhUbFRsVGxUcFRwVHBUdFR0VHRUeFR4VHhUfFR8VHxUgFSAVIBUhFSEVIRUiFSIVIhUjFSMVIxUkFSQVJBUlFSUVJRUmFSYVJhUnFScVJxUoFSgVKBUpFSkVKRUqFSoVKhUrFSsVKxUsFSwVLBUtFS0VLRUuFS4VLhUvFS8VLxUwFTAVMBUxFTEVMRUyFTIVMhUzFTMVMxU0FTQVNBU1FTUVNRU2FTYVNhU3FTcVNxU4FTgVOBU5FTkVORU6FToVOhU7FTsVOxU8FTwVPBU9FT0VPRU+FT4VPhU/FT8VPxVAFUAVQBVBFUEVQRVCFUIVQhVDFUMVQxVEFUQVRBVFFUUVRRVGFUYVRhVHFUcVRxVIFUgVSBVJFUkVSRVKFUoVShVLFUsVSxVMFUwVTBVNFU0VTRVOFU4VThVPFU8VTxVQFVAVUBVRFVEVURVSFVIVUhVTFVMVUxVUFVQVVBVVFVUVVRVWFVYVVhVXFVcVVxVYFVgVWBVZFVkVWRVaFVoVWhVbFVsVWxVcFVwVXBVdFV0VXRVeFV4VXhVfFV8VXxVgFWAVYBVhFWEVYRViFWIVYhVjFWMVYxVkFWQVZBVlFWUVZRVmFWYVZhVnFWcVZxVoFWgVaBVpFWkVaRVqFWoVahVrFWsVaxVsFWwVbBVtFW0VbRVuFW4VbhVvFW8VbxVwFXAVcBVxFXEVcRVyFXIVchVzFXMVcxV0FXQVdBV1FXUVdRV2FXYVdhV3FXcVdxV4FXgVeBV5FXkVeRV6FXoVehV7FXsVexV8FXwVfBV9FX0VfRV+FX4VfhV/FX8VfxWAFYAVgBWBFYEVgRWCFYIVghWDFYMVgxWEFYQVhBWFFYUVhRWGFYYVhhWHFYcVhxWIFYgViBWJFYkViRWKFYoVihWLFYsVixWMFYwVjBWNFY0VjRWOFY4VjhWPFY8VjxWQFZAVkBWRFZEVkRWSFZIVkhWTFZMVkxWUFZQVlBWVFZUVlRWWFZYVlhWXFZcVlxWYFZgVmBWZFZkVmRWaFZoVmhWbFZsVmxWcFZwVnBWdFZ0VnRWeFZ4VnhWfFZ8VnxWgFaAVoBWhFaEVoRWiFaIVohWjFaMVoxWkFaQVpBWlFaUVpRWmFaYVphWnFacVpxWoFagVqBWpFakVqRWqFaoVqhWrFasVqxWsFawVrBWtFa0VrRWuFa4VrhWvFa8VrxWwFbAVsBWxFbEVsRWyFbIVshWzFbMVsxW0FbQVtBW1FbUVtRW2FbYVthW3FbcVtxW4FbgVuBW5FbkVuRW6FboVuhW7FbsVuxW8FbwVvBW9Fb0VvRW+Fb4VvhW/Fb8VvxXAFcAVwBXBFcEVwRXCFcIVwhXDFcMVwxXEFcQVxBXFFcUVxRXGFcYVxhXHFccVxxXIFcgVyBXJFckVyRXKFcoVyhXLFcsVyxXMFcwVzBXNFc0VzRXOFc4VzhXPFc8VzxXQFdAV0BXRFdEV0RXSFdIV0hXTFdMV0xXUFdQV1BXVFdUV1RXWFdYV1hXXFdcV1xXYFdgV2BXZFdkV2RXaFdoV2hXbFdsV2xXcFdwV3BXdFd0V3RXeFd4V3hXfFd8V3xXgFeAV4BXhFeEV4RXiFeIV4hXjFeMV4xXkFeQV5BXlFeUV5RXmFeYV5hXnFecV5xXoFegV6BXpFekV6RXqFeoV6hXrFesV6xXsFewV7BXtFe0V7RXuFe4V7hXvFe8V7xXwFfAV8BXxFfEV8RXyFfIV8hXzFfMV8xX0FfQV9BX1FfUV9RX2FfYV9hX3FfcV9xX4FfgV+BX5FfkV+RX6FfoV+hX7FfsV+xX8FfwV/BX9Ff0V/RX+Ff4V/hX/Ff8V/xUAFgAWABYBFgEWARYCFgIWAhYDFgMWAxYEFgQWBBYFFgUWBRYGFgYWBhYHFgcWBxYIFggWCBYJFgkWCRYKFgoWChYLFgsWCxYMFgwWDBYNFg0WDRYOFg4WDhYPFg8WDxYQFhAWEBYRFhEWERYSFhIWEhYTFhMWExYUFhQWFBYVFhUWFRYWFhYWFhYXFhcWFxYYFhgWGBYZFhkWGRYaFhoWGhYbFhsWGxYcFhwWHBYdFh0WHRYeFh4WHhYfFh8WHxYgFiAWIBYhFiEWIRYiFiIWIhYjFiMWIxYkFiQWJBYlFiUWJRYmFiYWJhYnFicWJxYoFigWKBYpFikWKRYqFioWKhYrFisWKxYsFiwWLBYtFi0WLRYuFi4WLhYvFi8WLxYwFjAWMBYxFjEWMRYyFjIWMhYzFjMWMxY0FjQWNBY1FjUWNRY2FjYWNhY3FjcWNxY4FjgWOBY5FjkWORY6FjoWOhY7FjsWOxY8FjwWPBY9Fj0WPRY+Fj4WPhY/Fj8WPxZAFkAWQBZBFkEWQRZCFkIWQhZDFkMWQxZEFkQWRBZFFkUWRRZGFkYWRhZHFkcWRxZIFkgWSBZJFkkWSRZKFkoWShZLFksWSxZMFkwWTBZNFk0WTRZOFk4WThZPFk8WTxZQFlAWUBZRFlEWURZSFlIWUhZTFlMWUxZUFlQWVBZVFlUWVRZWFlYWVhZXFlcWVxZYFlgWWBZZFlkWWRZaFloWWhZbFlsWWxZcFlwWXBZdFl0WXRZeFl4WXhZfFl8WXxZgFmAWYBZhFmEWYRZiFmIWYhZjFmMWYxZkFmQWZBZlFmUWZRZmFmYWZhZnFmcWZxZoFmgWaBZpFmkWaRZqFmoWahZrFmsWaxZsFmwWbBZvFm8WbxZwFnAWcBZxFnEWcRZyFnIWchZzFnMWcxZ0FnQWdBZ1FnUWdRZ2FnYWdhaBFoEWgRaCFoIWghaDFoMWgxaEFoQWhBaFFoUWhRaGFoYWhhaHFocWhxaIFogWiBaJFokWiRaKFooWihaLFosWixaMFowWjBaNFo0WjRaOFo4WjhaPFo8WjxaQFpAWkBaRFpEWkRaSFpIWkhaTFpMWkxaUFpQWlBaVFpUWlRaWFpYWlhaXFpcWlxaYFpgWmBaZFpkWmRaaFpoWmhagFqAWoBahFqEWoRaiFqIWohajFqMWoxakFqQWpBalFqUWpRamFqYWphanFqcWpxaoFqgWqBapFqkWqRaqFqoWqharFqsWqxasFqwWrBatFq0WrRauFq4WrhavFq8WrxawFrAWsBaxFrEWsRayFrIWshazFrMWsxa0FrQWtBa1FrUWtRa2FrYWtha3FrcWtxa4FrgWuBa5FrkWuRa6FroWuha7FrsWuxa8FrwWvBa9Fr0WvRa+Fr4Wvha/Fr8WvxbAFsAWwBbBFsEWwRbCFsIWwhbDFsMWwxbEFsQWxBbFFsUWxRbGFsYWxhbHFscWxxbIFsgWyBbJFskWyRbKFsoWyhbLFssWyxbMFswWzBbNFs0WzRbOFs4WzhbPFs8WzxbQFtAW0BbRFtEW0RbSFtIW0hbTFtMW0xbUFtQW1BbVFtUW1RbWFtYW1hbXFtcW1xbYFtgW2BbZFtkW2RbaFtoW2hbbFtsW2xbcFtwW3BbdFt0W3RbeFt4W3hbfFt8W3xbgFuAW4BbhFuEW4RbiFuIW4hbjFuMW4xbkFuQW5BblFuUW5RbmFuYW5hbnFucW5xboFugW6BbpFukW6RbqFuoW6hYAFwAXABcBFwEXARcCFwIXAhcDFwMXAxcEFwQXBBcFFwUXBRcGFwYXBhcHFwcXBxcIFwgXCBcJFwkXCRcKFwoXChcLFwsXCxcMFwwXDBcOFw4XDhcPFw8XDxcQFxAXEBcRFxEXERcSFxIXEhcTFxMXExcUFxQXFBcgFyAXIBchFyEXIRciFyIXIhcjFyMXIxckFyQXJBclFyUXJRcmFyYXJhcnFycXJxcoFygXKBcpFykXKRcqFyoXKhcrFysXKxcsFywXLBctFy0XLRcuFy4XLhcvFy8XLxcwFzAXMBcxFzEXMRcyFzIXMhczFzMXMxc0FzQXNBdAF0AXQBdBF0EXQRdCF0IXQhdDF0MXQxdEF0QXRBdFF0UXRRdGF0YXRhdHF0cXRxdIF0gXSBdJF0kXSRdKF0oXShdLF0sXSxdMF0wXTBdNF00XTRdOF04XThdPF08XTxdQF1AXUBdRF1EXURdSF1IXUhdTF1MXUxdgF2AXYBdhF2EXYRdiF2IXYhdjF2MXYxdkF2QXZBdlF2UXZRdmF2YXZhdnF2cXZxdoF2gXaBdpF2kXaRdqF2oXahdrF2sXaxdsF2wXbBduF24XbhdvF28XbxdwF3AXcBdyF3IXchdzF3MXcxeAF4AXgBeBF4EXgReCF4IXgheDF4MXgxeEF4QXhBeFF4UXhReGF4YXhheHF4cXhxeIF4gXiBeJF4kXiReKF4oXiheLF4sXixeMF4wXjBeNF40XjReOF44XjhePF48XjxeQF5AXkBeRF5EXkReSF5IXkheTF5MXkxeUF5QXlBeVF5UXlReWF5YXlheXF5cXlxeYF5gXmBeZF5kXmReaF5oXmhebF5sXmxecF5wXnBedF50XnReeF54XnhefF58XnxegF6AXoBehF6EXoReiF6IXohejF6MXoxekF6QXpBelF6UXpRemF6YXphenF6cXpxeoF6gXqBepF6kXqReqF6oXqherF6sXqxesF6wXrBetF60XrReuF64XrhevF68XrxewF7AXsBexF7EXsReyF7IXshezF7MXsxe3F7cXtxe4F7gXuBe5F7kXuRe6F7oXuhe7F7sXuxe8F7wXvBe9F70XvRfGF8YXxhfJF8kXyRfKF8oXyhfLF8sXyxfMF8wXzBfNF80XzRfOF84XzhfPF88XzxfQF9AX0BfRF9EX0RfSF9IX0hfTF9MX0xfXF9cX1xfcF9wX3BfdF90X3RcLGAsYCxgMGAwYDBgNGA0YDRggGCAYIBghGCEYIRgiGCIYIhgjGCMYIxgkGCQYJBglGCUYJRgmGCYYJhgnGCcYJxgoGCgYKBgpGCkYKRgqGCoYKhgrGCsYKxgsGCwYLBgtGC0YLRguGC4YLhgvGC8YLxgwGDAYMBgxGDEYMRgyGDIYMhgzGDMYMxg0GDQYNBg1GDUYNRg2GDYYNhg3GDcYNxg4GDgYOBg5GDkYORg6GDoYOhg7GDsYOxg8GDwYPBg9GD0YPRg+GD4YPhg/GD8YPxhAGEAYQBhBGEEYQRhCGEIYQhhDGEMYQxhEGEQYRBhFGEUYRRhGGEYYRhhHGEcYRxhIGEgYSBhJGEkYSRhKGEoYShhLGEsYSxhMGEwYTBhNGE0YTRhOGE4YThhPGE8YTxhQGFAYUBhRGFEYURhSGFIYUhhTGFMYUxhUGFQYVBhVGFUYVRhWGFYYVhhXGFcYVxhYGFgYWBhZGFkYWRhaGFoYWhhbGFsYWxhcGFwYXBhdGF0YXRheGF4YXhhfGF8YXxhgGGAYYBhhGGEYYRhiGGIYYhhjGGMYYxhkGGQYZBhlGGUYZRhmGGYYZhhnGGcYZxhoGGgYaBhpGGkYaRhqGGoYahhrGGsYaxhsGGwYbBhtGG0YbRhuGG4YbhhvGG8YbxhwGHAYcBhxGHEYcRhyGHIYchhzGHMYcxh0GHQYdBh1GHUYdRh2GHYYdhh3GHcYdxiAGIAYgBiBGIEYgRiCGIIYghiDGIMYgxiEGIQYhBiFGIUYhRiGGIYYhhiHGIcYhxiIGIgYiBiJGIkYiRiKGIoYihiLGIsYixiMGIwYjBiNGI0YjRiOGI4YjhiPGI8YjxiQGJAYkBiRGJEYkRiSGJIYkhiTGJMYkxiUGJQYlBiVGJUYlRiWGJYYlhiXGJcYlxiYGJgYmBiZGJkYmRiaGJoYmhibGJsYmxicGJwYnBidGJ0YnRieGJ4YnhifGJ8YnxigGKAYoBihGKEYoRiiGKIYohijGKMYoxikGKQYpBilGKUYpRimGKYYphinGKcYpxioGKgYqBipGKkYqRgAGQAZABkBGQEZARkCGQIZAhkDGQMZAxkEGQQZBBkFGQUZBRkGGQYZBhkHGQcZBxkIGQgZCBkJGQkZCRkKGQoZChkLGQsZCxkMGQwZDBkNGQ0ZDRkOGQ4ZDhkPGQ8ZDxkQGRAZEBkRGREZERkSGRIZEhkTGRMZExkUGRQZFBkVGRUZFRkWGRYZFhkXGRcZFxkYGRgZGBkZGRkZGRkaGRoZGhkbGRsZGxkcGRwZHBkgGSAZIBkhGSEZIRkiGSIZIhknGScZJxkoGSgZKBkyGTIZMhk5GTkZORk6GToZOhk7GTsZOxlQGVAZUBlRGVEZURlSGVIZUhlTGVMZUxlUGVQZVBlVGVUZVRlWGVYZVhlXGVcZVxlYGVgZWBlZGVkZWRlaGVoZWhlbGVsZWxlcGVwZXBldGV0ZXRleGV4ZXhlfGV8ZXxlgGWAZYBlhGWEZYRliGWIZYhljGWMZYxlkGWQZZBllGWUZZRlmGWYZZhlnGWcZZxloGWgZaBlpGWkZaRlqGWoZahlrGWsZaxlsGWwZbBltGW0ZbRlwGXAZcBlxGXEZcRlyGXIZchlzGXMZcxl0GXQZdBmAGYAZgBmBGYEZgRmCGYIZghmDGYMZgxmEGYQZhBmFGYUZhRmGGYYZhhmHGYcZhxmIGYgZiBmJGYkZiRmKGYoZihmLGYsZixmMGYwZjBmNGY0ZjRmOGY4ZjhmPGY8ZjxmQGZAZkBmRGZEZkRmSGZIZkhmTGZMZkxmUGZQZlBmVGZUZlRmWGZYZlhmXGZcZlxmYGZgZmBmZGZkZmRmaGZoZmhmbGZsZmxmcGZwZnBmdGZ0ZnRmeGZ4ZnhmfGZ8ZnxmgGaAZoBmhGaEZoRmiGaIZohmjGaMZoxmkGaQZpBmlGaUZpRmmGaYZphmnGacZpxmoGagZqBmpGakZqRnBGcEZwRnCGcIZwhnDGcMZwxnEGcQZxBnFGcUZxRnGGcYZxhnHGccZxxkAGgAaABoBGgEaARoCGgIaAhoDGgMaAxoEGgQaBBoFGgUaBRoGGgYaBhoHGgcaBxoIGggaCBoJGgkaCRoKGgoaChoLGgsaCxoMGgwaDBoNGg0aDRoOGg4aDhoPGg8aDxoQGhAaEBoRGhEaERoSGhIaEhoTGhMaExoUGhQaFBoVGhUaFRoWGhYaFhoXGhcaFxoYGhgaGBoAHQAdAB0BHQEdAR0CHQIdAh0DHQMdAx0EHQQdBB0FHQUdBR0GHQYdBh0HHQcdBx0IHQgdCB0JHQkdCR0KHQodCh0LHQsdCx0MHQwdDB0NHQ0dDR0OHQ4dDh0PHQ8dDx0QHRAdEB0RHREdER0SHRIdEh0THRMdEx0UHRQdFB0VHRUdFR0WHRYdFh0XHRcdFx0YHRgdGB0ZHRkdGR0aHRodGh0bHRsdGx0cHRwdHB0dHR0dHR0eHR4dHh0fHR8dHx0gHSAdIB0hHSEdIR0iHSIdIh0jHSMdIx0kHSQdJB0lHSUdJR0mHSYdJh0nHScdJx0oHSgdKB0pHSkdKR0qHSodKh0rHSsdKx0sHSwdLB0tHS0dLR0uHS4dLh0vHS8dLx0wHTAdMB0xHTEdMR0yHTIdMh0zHTMdMx00HTQdNB01HTUdNR02HTYdNh03HTcdNx04HTgdOB05HTkdOR06HTodOh07HTsdOx08HTwdPB09HT0dPR0+HT4dPh0/HT8dPx1AHUAdQB1BHUEdQR1CHUIdQh1DHUMdQx1EHUQdRB1FHUUdRR1GHUYdRh1HHUcdRx1IHUgdSB1JHUkdSR1KHUodSh1LHUsdSx1MHUwdTB1NHU0dTR1OHU4dTh1PHU8dTx1QHVAdUB1RHVEdUR1SHVIdUh1THVMdUx1UHVQdVB1VHVUdVR1WHVYdVh1XHVcdVx1YHVgdWB1ZHVkdWR1aHVodWh1bHVsdWx1cHVwdXB1dHV0dXR1eHV4dXh1fHV8dXx1gHWAdYB1hHWEdYR1iHWIdYh1jHWMdYx1kHWQdZB1lHWUdZR1mHWYdZh1nHWcdZx1oHWgdaB1pHWkdaR1qHWodah1rHWsdax1sHWwdbB1tHW0dbR1uHW4dbh1vHW8dbx1wHXAdcB1xHXEdcR1yHXIdch1zHXMdcx10HXQddB11HXUddR12HXYddh13HXcddx14HXgdeB15HXkdeR16HXodeh17HXsdex18HXwdfB19HX0dfR1+HX4dfh1/HX8dfx2AHYAdgB2BHYEdgR2CHYIdgh2DHYMdgx2EHYQdhB2FHYUdhR2GHYYdhh2HHYcdhx2IHYgdiB2JHYkdiR2KHYodih2LHYsdix2MHYwdjB2NHY0djR2OHY4djh2PHY8djx2QHZAdkB2RHZEdkR2SHZIdkh2THZMdkx2UHZQdlB2VHZUdlR2WHZYdlh2XHZcdlx2YHZgdmB2ZHZkdmR2aHZodmh2bHZsdmx2cHZwdnB2dHZ0dnR2eHZ4dnh2fHZ8dnx2gHaAdoB2hHaEdoR2iHaIdoh2jHaMdox2kHaQdpB2lHaUdpR2mHaYdph2nHacdpx2oHagdqB2pHakdqR2qHaodqh2rHasdqx2sHawdrB2tHa0drR2uHa4drh2vHa8drx2wHbAdsB2xHbEdsR2yHbIdsh2zHbMdsx20HbQdtB21HbUdtR22HbYdth23Hbcdtx24HbgduB25HbkduR26Hboduh27Hbsdux28HbwdvB29Hb0dvR2+Hb4dvh2/Hb8dvx3AHcAdwB3BHcEdwR3CHcIdwh3DHcMdwx0AHgAeAR4BHgAeAR4CHgIeAx4DHgIeAx4EHgQeBR4FHgQeBR4GHgYeBx4HHgYeBx4IHggeCR4JHggeCR4KHgoeCx4LHgoeCx4MHgweDR4NHgweDR4OHg4eDx4PHg4eDx4QHhAeER4RHhAeER4SHhIeEx4THhIeEx4UHhQeFR4VHhQeFR4WHhYeFx4XHhYeFx4YHhgeGR4ZHhgeGR4aHhoeGx4bHhoeGx4cHhweHR4dHhweHR4eHh4eHx4fHh4eHx4gHiAeIR4hHiAeIR4iHiIeIx4jHiIeIx4kHiQeJR4lHiQeJR4mHiYeJx4nHiYeJx4oHigeKR4pHigeKR4qHioeKx4rHioeKx4sHiweLR4tHiweLR4uHi4eLx4vHi4eLx4wHjAeMR4xHjAeMR4yHjIeMx4zHjIeMx40HjQeNR41HjQeNR42HjYeNx43HjYeNx44HjgeOR45HjgeOR46HjoeOx47HjoeOx48HjwePR49HjwePR4+Hj4ePx4/Hj4ePx5AHkAeQR5BHkAeQR5CHkIeQx5DHkIeQx5EHkQeRR5FHkQeRR5GHkYeRx5HHkYeRx5IHkgeSR5JHkgeSR5KHkoeSx5LHkoeSx5MHkweTR5NHkweTR5OHk4eTx5PHk4eTx5QHlAeUR5RHlAeUR5SHlIeUx5THlIeUx5UHlQeVR5VHlQeVR5WHlYeVx5XHlYeVx5YHlgeWR5ZHlgeWR5aHloeWx5bHloeWx5cHlweXR5dHlweXR5eHl4eXx5fHl4eXx5gHmAeYR5hHmAeYR5iHmIeYx5jHmIeYx5kHmQeZR5lHmQeZR5mHmYeZx5nHmYeZx5oHmgeaR5pHmgeaR5qHmoeax5rHmoeax5sHmwebR5tHmwebR5uHm4ebx5vHm4ebx5wHnAecR5xHnAecR5yHnIecx5zHnIecx50HnQedR51HnQedR52HnYedx53HnYedx54HngeeR55HngeeR56Hnoeex57Hnoeex58HnwefR59HnwefR5+Hn4efx5/Hn4efx6AHoAegR6BHoAegR6CHoIegx6DHoIegx6EHoQehR6FHoQehR6GHoYehx6HHoYehx6IHogeiR6JHogeiR6KHooeix6LHooeix6MHowejR6NHowejR6OHo4ejx6PHo4ejx6QHpAekR6RHpAekR6SHpIekx6THpIekx6UHpQelR6VHpQelR6WHpYelh6XHpcelx6YHpgemB6ZHpkemR6aHpoemh6bHmAemx6gHqAeoR6hHqAeoR6iHqIeox6jHqIeox6kHqQepR6lHqQepR6mHqYepx6nHqYepx6oHqgeqR6pHqgeqR6qHqoeqx6rHqoeqx6sHqwerR6tHqwerR6uHq4erx6vHq4erx6wHrAesR6xHrAesR6yHrIesx6zHrIesx60HrQetR61HrQetR62HrYetx63HrYetx64HrgeuR65HrgeuR66Hroeux67Hroeux68HrwevR69HrwevR6+Hr4evx6/Hr4evx7AHsAewR7BHsAewR7CHsIewx7DHsIewx7EHsQexR7FHsQexR7GHsYexx7HHsYexx7IHsgeyR7JHsgeyR7KHsoeyx7LHsoeyx7MHswezR7NHswezR7OHs4ezx7PHs4ezx7QHtAe0R7RHtAe0R7SHtIe0x7THtIe0x7UHtQe1R7VHtQe1R7WHtYe1x7XHtYe1x7YHtge2R7ZHtge2R7aHtoe2x7bHtoe2x7cHtwe3R7dHtwe3R7eHt4e3x7fHt4e3x7gHuAe4R7hHuAe4R7iHuIe4x7jHuIe4x7kHuQe5R7lHuQe5R7mHuYe5x7nHuYe5x7oHuge6R7pHuge6R7qHuoe6x7rHuoe6x7sHuwe7R7tHuwe7R7uHu4e7x7vHu4e7x7wHvAe8R7xHvAe8R7yHvIe8x7zHvIe8x70HvQe9R71HvQe9R72HvYe9x73HvYe9x74Hvge+R75Hvge+R4AHwgfAB8BHwkfAR8CHwofAh8DHwsfAx8EHwwfBB8FHw0fBR8GHw4fBh8HHw8fBx8IHwgfAB8JHwkfAR8KHwofAh8LHwsfAx8MHwwfBB8NHw0fBR8OHw4fBh8PHw8fBx8QHxgfEB8RHxkfER8SHxofEh8THxsfEx8UHxwfFB8VHx0fFR8YHxgfEB8ZHxkfER8aHxofEh8bHxsfEx8cHxwfFB8dHx0fFR8gHygfIB8hHykfIR8iHyofIh8jHysfIx8kHywfJB8lHy0fJR8mHy4fJh8nHy8fJx8oHygfIB8pHykfIR8qHyofIh8rHysfIx8sHywfJB8tHy0fJR8uHy4fJh8vHy8fJx8wHzgfMB8xHzkfMR8yHzofMh8zHzsfMx80HzwfNB81Hz0fNR82Hz4fNh83Hz8fNx84HzgfMB85HzkfMR86HzofMh87HzsfMx88HzwfNB89Hz0fNR8+Hz4fNh8/Hz8fNx9AH0gfQB9BH0kfQR9CH0ofQh9DH0sfQx9EH0wfRB9FH00fRR9IH0gfQB9JH0kfQR9KH0ofQh9LH0sfQx9MH0wfRB9NH00fRR9QH1AfUB9RH1kfUR9SH1IfUh9TH1sfUx9UH1QfVB9VH10fVR9WH1YfVh9XH18fVx9ZH1kfUR9bH1sfUx9dH10fVR9fH18fVx9gH2gfYB9hH2kfYR9iH2ofYh9jH2sfYx9kH2wfZB9lH20fZR9mH24fZh9nH28fZx9oH2gfYB9pH2kfYR9qH2ofYh9rH2sfYx9sH2wfZB9tH20fZR9uH24fZh9vH28fZx9wH7ofcB9xH7sfcR9yH8gfch9zH8kfcx90H8ofdB91H8sfdR92H9ofdh93H9sfdx94H/gfeB95H/kfeR96H+ofeh97H+sfex98H/offB99H/sffR+AH4gfgB+BH4kfgR+CH4ofgh+DH4sfgx+EH4wfhB+FH40fhR+GH44fhh+HH48fhx+IH4gfgB+JH4kfgR+KH4ofgh+LH4sfgx+MH4wfhB+NH40fhR+OH44fhh+PH48fhx+QH5gfkB+RH5kfkR+SH5ofkh+TH5sfkx+UH5wflB+VH50flR+WH54flh+XH58flx+YH5gfkB+ZH5kfkR+aH5ofkh+bH5sfkx+cH5wflB+dH50flR+eH54flh+fH58flx+gH6gfoB+hH6kfoR+iH6ofoh+jH6sfox+kH6wfpB+lH60fpR+mH64fph+nH68fpx+oH6gfoB+pH6kfoR+qH6ofoh+rH6sfox+sH6wfpB+tH60fpR+uH64fph+vH68fpx+wH7gfsB+xH7kfsR+yH7Ifsh+zH7wfsx+0H7QftB+2H7Yfth+3H7cftx+4H7gfsB+5H7kfsR+6H7ofcB+7H7sfcR+8H7wfsx++H5kDvh/CH8Ifwh/DH8wfwx/EH8QfxB/GH8Yfxh/HH8cfxx/IH8gfch/JH8kfcx/KH8ofdB/LH8sfdR/MH8wfwx/QH9gf0B/RH9kf0R/SH9If0h/TH9Mf0x/WH9Yf1h/XH9cf1x/YH9gf0B/ZH9kf0R/aH9ofdh/bH9sfdx/gH+gf4B/hH+kf4R/iH+If4h/jH+Mf4x/kH+Qf5B/lH+wf5R/mH+Yf5h/nH+cf5x/oH+gf4B/pH+kf4R/qH+ofeh/rH+sfex/sH+wf5R/yH/If8h/zH/wf8x/0H/Qf9B/2H/Yf9h/3H/cf9x/4H/gfeB/5H/kfeR/6H/offB/7H/sffR/8H/wf8x9xIHEgcSB/IH8gfyCQIJAgkCCRIJEgkSCSIJIgkiCTIJMgkyCUIJQglCDQINAg0CDRINEg0SDSINIg0iDTINMg0yDUINQg1CDVINUg1SDWINYg1iDXINcg1yDYINgg2CDZINkg2SDaINog2iDbINsg2yDcINwg3CDhIOEg4SDlIOUg5SDmIOYg5iDnIOcg5yDoIOgg6CDpIOkg6SDqIOog6iDrIOsg6yACIQIhAiEHIQchByEKIQohCiELIQshCyEMIQwhDCENIQ0hDSEOIQ4hDiEPIQ8hDyEQIRAhECERIREhESESIRIhEiETIRMhEyEVIRUhFSEZIRkhGSEaIRohGiEbIRshGyEcIRwhHCEdIR0hHSEkISQhJCEmISYhyQMoISghKCEqISohawArISsh5QAsISwhLCEtIS0hLSEvIS8hLyEwITAhMCExITEhMSEzITMhMyE0ITQhNCE1ITUhNSE2ITYhNiE3ITchNyE4ITghOCE5ITkhOSE8ITwhPCE9IT0hPSE+IT4hPiE/IT8hPyFFIUUhRSFGIUYhRiFHIUchRyFIIUghSCFJIUkhSSEALAAsMCwBLAEsMSwCLAIsMiwDLAMsMywELAQsNCwFLAUsNSwGLAYsNiwHLAcsNywILAgsOCwJLAksOSwKLAosOiwLLAssOywMLAwsPCwNLA0sPSwOLA4sPiwPLA8sPywQLBAsQCwRLBEsQSwSLBIsQiwTLBMsQywULBQsRCwVLBUsRSwWLBYsRiwXLBcsRywYLBgsSCwZLBksSSwaLBosSiwbLBssSywcLBwsTCwdLB0sTSweLB4sTiwfLB8sTywgLCAsUCwhLCEsUSwiLCIsUiwjLCMsUywkLCQsVCwlLCUsVSwmLCYsViwnLCcsVywoLCgsWCwpLCksWSwqLCosWiwrLCssWywsLCwsXCwtLC0sXSwuLC4sXiwwLAAsMCwxLAEsMSwyLAIsMiwzLAMsMyw0LAQsNCw1LAUsNSw2LAYsNiw3LAcsNyw4LAgsOCw5LAksOSw6LAosOiw7LAssOyw8LAwsPCw9LA0sPSw+LA4sPiw/LA8sPyxALBAsQCxBLBEsQSxCLBIsQixDLBMsQyxELBQsRCxFLBUsRSxGLBYsRixHLBcsRyxILBgsSCxJLBksSSxKLBosSixLLBssSyxMLBwsTCxNLB0sTSxOLB4sTixPLB8sTyxQLCAsUCxRLCEsUSxSLCIsUixTLCMsUyxULCQsVCxVLCUsVSxWLCYsVixXLCcsVyxYLCgsWCxZLCksWSxaLCosWixbLCssWyxcLCwsXCxdLC0sXSxeLC4sXiyALIAsgSyBLIAsgSyCLIIsgyyDLIIsgyyELIQshSyFLIQshSyGLIYshyyHLIYshyyILIgsiSyJLIgsiSyKLIosiyyLLIosiyyMLIwsjSyNLIwsjSyOLI4sjyyPLI4sjyyQLJAskSyRLJAskSySLJIskyyTLJIskyyULJQslSyVLJQslSyWLJYslyyXLJYslyyYLJgsmSyZLJgsmSyaLJosmyybLJosmyycLJwsnSydLJwsnSyeLJ4snyyfLJ4snyygLKAsoSyhLKAsoSyiLKIsoyyjLKIsoyykLKQspSylLKQspSymLKYspyynLKYspyyoLKgsqSypLKgsqSyqLKosqyyrLKosqyysLKwsrSytLKwsrSyuLK4sryyvLK4sryywLLAssSyxLLAssSyyLLIssyyzLLIssyy0LLQstSy1LLQstSy2LLYstyy3LLYstyy4LLgsuSy5LLgsuSy6LLosuyy7LLosuyy8LLwsvSy9LLwsvSy+LL4svyy/LL4svyzALMAswSzBLMAswSzCLMIswyzDLMIswyzELMQsxSzFLMQsxSzGLMYsxyzHLMYsxyzILMgsySzJLMgsySzKLMosyyzLLMosyyzMLMwszSzNLMwszSzOLM4szyzPLM4szyzQLNAs0SzRLNAs0SzSLNIs0yzTLNIs0yzULNQs1SzVLNQs1SzWLNYs1yzXLNYs1yzYLNgs2SzZLNgs2SzaLNos2yzbLNos2yzcLNws3SzdLNws3SzeLN4s3yzfLN4s3yzgLOAs4SzhLOAs4SziLOIs4yzjLOIs4yzkLOQs5CwALaAQAC0BLaEQAS0CLaIQAi0DLaMQAy0ELaQQBC0FLaUQBS0GLaYQBi0HLacQBy0ILagQCC0JLakQCS0KLaoQCi0LLasQCy0MLawQDC0NLa0QDS0OLa4QDi0PLa8QDy0QLbAQEC0RLbEQES0SLbIQEi0TLbMQEy0ULbQQFC0VLbUQFS0WLbYQFi0XLbcQFy0YLbgQGC0ZLbkQGS0aLboQGi0bLbsQGy0cLbwQHC0dLb0QHS0eLb4QHi0fLb8QHy0gLcAQIC0hLcEQIS0iLcIQIi0jLcMQIy0kLcQQJC0lLcUQJS0wLTAtMC0xLTEtMS0yLTItMi0zLTMtMy00LTQtNC01LTUtNS02LTYtNi03LTctNy04LTgtOC05LTktOS06LTotOi07LTstOy08LTwtPC09LT0tPS0+LT4tPi0/LT8tPy1ALUAtQC1BLUEtQS1CLUItQi1DLUMtQy1ELUQtRC1FLUUtRS1GLUYtRi1HLUctRy1ILUgtSC1JLUktSS1KLUotSi1LLUstSy1MLUwtTC1NLU0tTS1OLU4tTi1PLU8tTy1QLVAtUC1RLVEtUS1SLVItUi1TLVMtUy1ULVQtVC1VLVUtVS1WLVYtVi1XLVctVy1YLVgtWC1ZLVktWS1aLVotWi1bLVstWy1cLVwtXC1dLV0tXS1eLV4tXi1fLV8tXy1gLWAtYC1hLWEtYS1iLWItYi1jLWMtYy1kLWQtZC1lLWUtZS1vLW8tby2ALYAtgC2BLYEtgS2CLYItgi2DLYMtgy2ELYQthC2FLYUthS2GLYYthi2HLYcthy2ILYgtiC2JLYktiS2KLYotii2LLYstiy2MLYwtjC2NLY0tjS2OLY4tji2PLY8tjy2QLZAtkC2RLZEtkS2SLZItki2TLZMtky2ULZQtlC2VLZUtlS2WLZYtli2gLaAtoC2hLaEtoS2iLaItoi2jLaMtoy2kLaQtpC2lLaUtpS2mLaYtpi2oLagtqC2pLaktqS2qLaotqi2rLastqy2sLawtrC2tLa0trS2uLa4tri2wLbAtsC2xLbEtsS2yLbItsi2zLbMtsy20LbQttC21LbUttS22LbYtti24LbgtuC25LbktuS26Lbotui27Lbstuy28LbwtvC29Lb0tvS2+Lb4tvi3ALcAtwC3BLcEtwS3CLcItwi3DLcMtwy3ELcQtxC3FLcUtxS3GLcYtxi3ILcgtyC3JLcktyS3KLcotyi3LLcstyy3MLcwtzC3NLc0tzS3OLc4tzi3QLdAt0C3RLdEt0S3SLdIt0i3TLdMt0y3ULdQt1C3VLdUt1S3WLdYt1i3YLdgt2C3ZLdkt2S3aLdot2i3bLdst2y3cLdwt3C3dLd0t3S3eLd4t3i0FMAUwBTAGMAYwBjAqMCowKjArMCswKzAsMCwwLDAtMC0wLTAuMC4wLjAvMC8wLzAxMDEwMTAyMDIwMjAzMDMwMzA0MDQwNDA1MDUwNTA7MDswOzA8MDwwPDBBMEEwQTBCMEIwQjBDMEMwQzBEMEQwRDBFMEUwRTBGMEYwRjBHMEcwRzBIMEgwSDBJMEkwSTBKMEowSjBLMEswSzBMMEwwTDBNME0wTTBOME4wTjBPME8wTzBQMFAwUDBRMFEwUTBSMFIwUjBTMFMwUzBUMFQwVDBVMFUwVTBWMFYwVjBXMFcwVzBYMFgwWDBZMFkwWTBaMFowWjBbMFswWzBcMFwwXDBdMF0wXTBeMF4wXjBfMF8wXzBgMGAwYDBhMGEwYTBiMGIwYjBjMGMwYzBkMGQwZDBlMGUwZTBmMGYwZjBnMGcwZzBoMGgwaDBpMGkwaTBqMGowajBrMGswazBsMGwwbDBtMG0wbTBuMG4wbjBvMG8wbzBwMHAwcDBxMHEwcTByMHIwcjBzMHMwczB0MHQwdDB1MHUwdTB2MHYwdjB3MHcwdzB4MHgweDB5MHkweTB6MHowejB7MHswezB8MHwwfDB9MH0wfTB+MH4wfjB/MH8wfzCAMIAwgDCBMIEwgTCCMIIwgjCDMIMwgzCEMIQwhDCFMIUwhTCGMIYwhjCHMIcwhzCIMIgwiDCJMIkwiTCKMIowijCLMIswizCMMIwwjDCNMI0wjTCOMI4wjjCPMI8wjzCQMJAwkDCRMJEwkTCSMJIwkjCTMJMwkzCUMJQwlDCVMJUwlTCWMJYwljCZMJkwmTCaMJowmjCdMJ0wnTCeMJ4wnjCfMJ8wnzChMKEwoTCiMKIwojCjMKMwozCkMKQwpDClMKUwpTCmMKYwpjCnMKcwpzCoMKgwqDCpMKkwqTCqMKowqjCrMKswqzCsMKwwrDCtMK0wrTCuMK4wrjCvMK8wrzCwMLAwsDCxMLEwsTCyMLIwsjCzMLMwszC0MLQwtDC1MLUwtTC2MLYwtjC3MLcwtzC4MLgwuDC5MLkwuTC6MLowujC7MLswuzC8MLwwvDC9ML0wvTC+ML4wvjC/ML8wvzDAMMAwwDDBMMEwwTDCMMIwwjDDMMMwwzDEMMQwxDDFMMUwxTDGMMYwxjDHMMcwxzDIMMgwyDDJMMkwyTDKMMowyjDLMMswyzDMMMwwzDDNMM0wzTDOMM4wzjDPMM8wzzDQMNAw0DDRMNEw0TDSMNIw0jDTMNMw0zDUMNQw1DDVMNUw1TDWMNYw1jDXMNcw1zDYMNgw2DDZMNkw2TDaMNow2jDbMNsw2zDcMNww3DDdMN0w3TDeMN4w3jDfMN8w3zDgMOAw4DDhMOEw4TDiMOIw4jDjMOMw4zDkMOQw5DDlMOUw5TDmMOYw5jDnMOcw5zDoMOgw6DDpMOkw6TDqMOow6jDrMOsw6zDsMOww7DDtMO0w7TDuMO4w7jDvMO8w7zDwMPAw8DDxMPEw8TDyMPIw8jDzMPMw8zD0MPQw9DD1MPUw9TD2MPYw9jD3MPcw9zD4MPgw+DD5MPkw+TD6MPow+jD8MPww/DD9MP0w/TD+MP4w/jD/MP8w/zAFMQUxBTEGMQYxBjEHMQcxBzEIMQgxCDEJMQkxCTEKMQoxCjELMQsxCzEMMQwxDDENMQ0xDTEOMQ4xDjEPMQ8xDzEQMRAxEDERMRExETESMRIxEjETMRMxEzEUMRQxFDEVMRUxFTEWMRYxFjEXMRcxFzEYMRgxGDEZMRkxGTEaMRoxGjEbMRsxGzEcMRwxHDEdMR0xHTEeMR4xHjEfMR8xHzEgMSAxIDEhMSExITEiMSIxIjEjMSMxIzEkMSQxJDElMSUxJTEmMSYxJjEnMScxJzEoMSgxKDEpMSkxKTEqMSoxKjErMSsxKzEsMSwxLDExMTExMTEyMTIxMjEzMTMxMzE0MTQxNDE1MTUxNTE2MTYxNjE3MTcxNzE4MTgxODE5MTkxOTE6MToxOjE7MTsxOzE8MTwxPDE9MT0xPTE+MT4xPjE/MT8xPzFAMUAxQDFBMUExQTFCMUIxQjFDMUMxQzFEMUQxRDFFMUUxRTFGMUYxRjFHMUcxRzFIMUgxSDFJMUkxSTFKMUoxSjFLMUsxSzFMMUwxTDFNMU0xTTFOMU4xTjFPMU8xTzFQMVAxUDFRMVExUTFSMVIxUjFTMVMxUzFUMVQxVDFVMVUxVTFWMVYxVjFXMVcxVzFYMVgxWDFZMVkxWTFaMVoxWjFbMVsxWzFcMVwxXDFdMV0xXTFeMV4xXjFfMV8xXzFgMWAxYDFhMWExYTFiMWIxYjFjMWMxYzFkMWQxZDFlMWUxZTFmMWYxZjFnMWcxZzFoMWgxaDFpMWkxaTFqMWoxajFrMWsxazFsMWwxbDFtMW0xbTFuMW4xbjFvMW8xbzFwMXAxcDFxMXExcTFyMXIxcjFzMXMxczF0MXQxdDF1MXUxdTF2MXYxdjF3MXcxdzF4MXgxeDF5MXkxeTF6MXoxejF7MXsxezF8MXwxfDF9MX0xfTF+MX4xfjF/MX8xfzGAMYAxgDGBMYExgTGCMYIxgjGDMYMxgzGEMYQxhDGFMYUxhTGGMYYxhjGHMYcxhzGIMYgxiDGJMYkxiTGKMYoxijGLMYsxizGMMYwxjDGNMY0xjTGOMY4xjjGgMaAxoDGhMaExoTGiMaIxojGjMaMxozGkMaQxpDGlMaUxpTGmMaYxpjGnMacxpzGoMagxqDGpMakxqTGqMaoxqjGrMasxqzGsMawxrDGtMa0xrTGuMa4xrjGvMa8xrzGwMbAxsDGxMbExsTGyMbIxsjGzMbMxszG0MbQxtDG1MbUxtTG2MbYxtjG3MbcxtzHwMfAx8DHxMfEx8THyMfIx8jHzMfMx8zH0MfQx9DH1MfUx9TH2MfYx9jH3Mfcx9zH4Mfgx+DH5Mfkx+TH6Mfox+jH7Mfsx+zH8Mfwx/DH9Mf0x/TH+Mf4x/jH/Mf8x/zEANAA0ADS1TbVNtU0ATgBOAE67n7ufu58AoACgAKABoAGgAaACoAKgAqADoAOgA6AEoASgBKAFoAWgBaAGoAagBqAHoAegB6AIoAigCKAJoAmgCaAKoAqgCqALoAugC6AMoAygDKANoA2gDaAOoA6gDqAPoA+gD6AQoBCgEKARoBGgEaASoBKgEqAToBOgE6AUoBSgFKAVoBWgFaAWoBagFqAXoBegF6AYoBigGKAZoBmgGaAaoBqgGqAboBugG6AcoBygHKAdoB2gHaAeoB6gHqAfoB+gH6AgoCCgIKAhoCGgIaAioCKgIqAjoCOgI6AkoCSgJKAloCWgJaAmoCagJqAnoCegJ6AooCigKKApoCmgKaAqoCqgKqAroCugK6AsoCygLKAtoC2gLaAuoC6gLqAvoC+gL6AwoDCgMKAxoDGgMaAyoDKgMqAzoDOgM6A0oDSgNKA1oDWgNaA2oDagNqA3oDegN6A4oDigOKA5oDmgOaA6oDqgOqA7oDugO6A8oDygPKA9oD2gPaA+oD6gPqA/oD+gP6BAoECgQKBBoEGgQaBCoEKgQqBDoEOgQ6BEoESgRKBFoEWgRaBGoEagRqBHoEegR6BIoEigSKBJoEmgSaBKoEqgSqBLoEugS6BMoEygTKBNoE2gTaBOoE6gTqBPoE+gT6BQoFCgUKBRoFGgUaBSoFKgUqBToFOgU6BUoFSgVKBVoFWgVaBWoFagVqBXoFegV6BYoFigWKBZoFmgWaBaoFqgWqBboFugW6BcoFygXKBdoF2gXaBeoF6gXqBfoF+gX6BgoGCgYKBhoGGgYaBioGKgYqBjoGOgY6BkoGSgZKBloGWgZaBmoGagZqBnoGegZ6BooGigaKBpoGmgaaBqoGqgaqBroGuga6BsoGygbKBtoG2gbaBuoG6gbqBvoG+gb6BwoHCgcKBxoHGgcaByoHKgcqBzoHOgc6B0oHSgdKB1oHWgdaB2oHagdqB3oHegd6B4oHigeKB5oHmgeaB6oHqgeqB7oHuge6B8oHygfKB9oH2gfaB+oH6gfqB/oH+gf6CAoICggKCBoIGggaCCoIKggqCDoIOgg6CEoISghKCFoIWghaCGoIaghqCHoIegh6CIoIigiKCJoImgiaCKoIqgiqCLoIugi6CMoIygjKCNoI2gjaCOoI6gjqCPoI+gj6CQoJCgkKCRoJGgkaCSoJKgkqCToJOgk6CUoJSglKCVoJWglaCWoJaglqCXoJegl6CYoJigmKCZoJmgmaCaoJqgmqCboJugm6CcoJygnKCdoJ2gnaCeoJ6gnqCfoJ+gn6CgoKCgoKChoKGgoaCioKKgoqCjoKOgo6CkoKSgpKCloKWgpaCmoKagpqCnoKegp6CooKigqKCpoKmgqaCqoKqgqqCroKugq6CsoKygrKCtoK2graCuoK6grqCvoK+gr6CwoLCgsKCxoLGgsaCyoLKgsqCzoLOgs6C0oLSgtKC1oLWgtaC2oLagtqC3oLegt6C4oLiguKC5oLmguaC6oLqguqC7oLugu6C8oLygvKC9oL2gvaC+oL6gvqC/oL+gv6DAoMCgwKDBoMGgwaDCoMKgwqDDoMOgw6DEoMSgxKDFoMWgxaDGoMagxqDHoMegx6DIoMigyKDJoMmgyaDKoMqgyqDLoMugy6DMoMygzKDNoM2gzaDOoM6gzqDPoM+gz6DQoNCg0KDRoNGg0aDSoNKg0qDToNOg06DUoNSg1KDVoNWg1aDWoNag1qDXoNeg16DYoNig2KDZoNmg2aDaoNqg2qDboNug26DcoNyg3KDdoN2g3aDeoN6g3qDfoN+g36DgoOCg4KDhoOGg4aDioOKg4qDjoOOg46DkoOSg5KDloOWg5aDmoOag5qDnoOeg56DooOig6KDpoOmg6aDqoOqg6qDroOug66DsoOyg7KDtoO2g7aDuoO6g7qDvoO+g76DwoPCg8KDxoPGg8aDyoPKg8qDzoPOg86D0oPSg9KD1oPWg9aD2oPag9qD3oPeg96D4oPig+KD5oPmg+aD6oPqg+qD7oPug+6D8oPyg/KD9oP2g/aD+oP6g/qD/oP+g/6AAoQChAKEBoQGhAaECoQKhAqEDoQOhA6EEoQShBKEFoQWhBaEGoQahBqEHoQehB6EIoQihCKEJoQmhCaEKoQqhCqELoQuhC6EMoQyhDKENoQ2hDaEOoQ6hDqEPoQ+hD6EQoRChEKERoRGhEaESoRKhEqEToROhE6EUoRShFKEVoRWhFaEWoRahFqEXoRehF6EYoRihGKEZoRmhGaEaoRqhGqEboRuhG6EcoRyhHKEdoR2hHaEeoR6hHqEfoR+hH6EgoSChIKEhoSGhIaEioSKhIqEjoSOhI6EkoSShJKEloSWhJaEmoSahJqEnoSehJ6EooSihKKEpoSmhKaEqoSqhKqEroSuhK6EsoSyhLKEtoS2hLaEuoS6hLqEvoS+hL6EwoTChMKExoTGhMaEyoTKhMqEzoTOhM6E0oTShNKE1oTWhNaE2oTahNqE3oTehN6E4oTihOKE5oTmhOaE6oTqhOqE7oTuhO6E8oTyhPKE9oT2hPaE+oT6hPqE/oT+hP6FAoUChQKFBoUGhQaFCoUKhQqFDoUOhQ6FEoUShRKFFoUWhRaFGoUahRqFHoUehR6FIoUihSKFJoUmhSaFKoUqhSqFLoUuhS6FMoUyhTKFNoU2hTaFOoU6hTqFPoU+hT6FQoVChUKFRoVGhUaFSoVKhUqFToVOhU6FUoVShVKFVoVWhVaFWoVahVqFXoVehV6FYoVihWKFZoVmhWaFaoVqhWqFboVuhW6FcoVyhXKFdoV2hXaFeoV6hXqFfoV+hX6FgoWChYKFhoWGhYaFioWKhYqFjoWOhY6FkoWShZKFloWWhZaFmoWahZqFnoWehZ6FooWihaKFpoWmhaaFqoWqhaqFroWuha6FsoWyhbKFtoW2hbaFuoW6hbqFvoW+hb6FwoXChcKFxoXGhcaFyoXKhcqFzoXOhc6F0oXShdKF1oXWhdaF2oXahdqF3oXehd6F4oXiheKF5oXmheaF6oXqheqF7oXuhe6F8oXyhfKF9oX2hfaF+oX6hfqF/oX+hf6GAoYChgKGBoYGhgaGCoYKhgqGDoYOhg6GEoYShhKGFoYWhhaGGoYahhqGHoYehh6GIoYihiKGJoYmhiaGKoYqhiqGLoYuhi6GMoYyhjKGNoY2hjaGOoY6hjqGPoY+hj6GQoZChkKGRoZGhkaGSoZKhkqGToZOhk6GUoZShlKGVoZWhlaGWoZahlqGXoZehl6GYoZihmKGZoZmhmaGaoZqhmqGboZuhm6GcoZyhnKGdoZ2hnaGeoZ6hnqGfoZ+hn6GgoaChoKGhoaGhoaGioaKhoqGjoaOho6GkoaShpKGloaWhpaGmoaahpqGnoaehp6GooaihqKGpoamhqaGqoaqhqqGroauhq6GsoayhrKGtoa2hraGuoa6hrqGvoa+hr6GwobChsKGxobGhsaGyobKhsqGzobOhs6G0obShtKG1obWhtaG2obahtqG3obeht6G4obihuKG5obmhuaG6obqhuqG7obuhu6G8obyhvKG9ob2hvaG+ob6hvqG/ob+hv6HAocChwKHBocGhwaHCocKhwqHDocOhw6HEocShxKHFocWhxaHGocahxqHHocehx6HIocihyKHJocmhyaHKocqhyqHLocuhy6HMocyhzKHNoc2hzaHOoc6hzqHPoc+hz6HQodCh0KHRodGh0aHSodKh0qHTodOh06HUodSh1KHVodWh1aHWodah1qHXodeh16HYodih2KHZodmh2aHaodqh2qHboduh26Hcodyh3KHdod2h3aHeod6h3qHfod+h36HgoeCh4KHhoeGh4aHioeKh4qHjoeOh46HkoeSh5KHloeWh5aHmoeah5qHnoeeh56Hooeih6KHpoemh6aHqoeqh6qHroeuh66Hsoeyh7KHtoe2h7aHuoe6h7qHvoe+h76HwofCh8KHxofGh8aHyofKh8qHzofOh86H0ofSh9KH1ofWh9aH2ofah9qH3ofeh96H4ofih+KH5ofmh+aH6ofqh+qH7ofuh+6H8ofyh/KH9of2h/aH+of6h/qH/of+h/6EAogCiAKIBogGiAaICogKiAqIDogOiA6IEogSiBKIFogWiBaIGogaiBqIHogeiB6IIogiiCKIJogmiCaIKogqiCqILoguiC6IMogyiDKINog2iDaIOog6iDqIPog+iD6IQohCiEKIRohGiEaISohKiEqITohOiE6IUohSiFKIVohWiFaIWohaiFqIXoheiF6IYohiiGKIZohmiGaIaohqiGqIbohuiG6IcohyiHKIdoh2iHaIeoh6iHqIfoh+iH6IgoiCiIKIhoiGiIaIioiKiIqIjoiOiI6IkoiSiJKIloiWiJaImoiaiJqInoieiJ6IooiiiKKIpoimiKaIqoiqiKqIroiuiK6IsoiyiLKItoi2iLaIuoi6iLqIvoi+iL6IwojCiMKIxojGiMaIyojKiMqIzojOiM6I0ojSiNKI1ojWiNaI2ojaiNqI3ojeiN6I4ojiiOKI5ojmiOaI6ojqiOqI7ojuiO6I8ojyiPKI9oj2iPaI+oj6iPqI/oj+iP6JAokCiQKJBokGiQaJCokKiQqJDokOiQ6JEokSiRKJFokWiRaJGokaiRqJHokeiR6JIokiiSKJJokmiSaJKokqiSqJLokuiS6JMokyiTKJNok2iTaJOok6iTqJPok+iT6JQolCiUKJRolGiUaJSolKiUqJTolOiU6JUolSiVKJVolWiVaJWolaiVqJXoleiV6JYoliiWKJZolmiWaJaolqiWqJboluiW6JcolyiXKJdol2iXaJeol6iXqJfol+iX6JgomCiYKJhomGiYaJiomKiYqJjomOiY6JkomSiZKJlomWiZaJmomaiZqJnomeiZ6JoomiiaKJpommiaaJqomqiaqJromuia6JsomyibKJtom2ibaJuom6ibqJvom+ib6JwonCicKJxonGicaJyonKicqJzonOic6J0onSidKJ1onWidaJ2onaidqJ3oneid6J4oniieKJ5onmieaJ6onqieqJ7onuie6J8onyifKJ9on2ifaJ+on6ifqJ/on+if6KAooCigKKBooGigaKCooKigqKDooOig6KEooSihKKFooWihaKGooaihqKHooeih6KIooiiiKKJoomiiaKKooqiiqKLoouii6KMooyijKKNoo2ijaKOoo6ijqKPoo+ij6KQopCikKKRopGikaKSopKikqKTopOik6KUopSilKKVopWilaKWopailqKXopeil6KYopiimKKZopmimaKaopqimqKbopuim6KcopyinKKdop2inaKeop6inqKfop+in6KgoqCioKKhoqGioaKioqKioqKjoqOio6KkoqSipKKloqWipaKmoqaipqKnoqeip6KooqiiqKKpoqmiqaKqoqqiqqKroquiq6KsoqyirKKtoq2iraKuoq6irqKvoq+ir6KworCisKKxorGisaKyorKisqKzorOis6K0orSitKK1orWitaK2oraitqK3oreit6K4oriiuKK5ormiuaK6orqiuqK7oruiu6K8oryivKK9or2ivaK+or6ivqK/or+iv6LAosCiwKLBosGiwaLCosKiwqLDosOiw6LEosSixKLFosWixaLGosaixqLHoseix6LIosiiyKLJosmiyaLKosqiyqLLosuiy6LMosyizKLNos2izaLOos6izqLPos+iz6LQotCi0KLRotGi0aLSotKi0qLTotOi06LUotSi1KLVotWi1aLWotai1qLXotei16LYotii2KLZotmi2aLaotqi2qLbotui26Lcotyi3KLdot2i3aLeot6i3qLfot+i36LgouCi4KLhouGi4aLiouKi4qLjouOi46LkouSi5KLlouWi5aLmouai5qLnouei56Loouii6KLpoumi6aLqouqi6qLrouui66Lsouyi7KLtou2i7aLuou6i7qLvou+i76LwovCi8KLxovGi8aLyovKi8qLzovOi86L0ovSi9KL1ovWi9aL2ovai9qL3ovei96L4ovii+KL5ovmi+aL6ovqi+qL7ovui+6L8ovyi/KL9ov2i/aL+ov6i/qL/ov+i/6IAowCjAKMBowGjAaMCowKjAqMDowOjA6MEowSjBKMFowWjBaMGowajBqMHowejB6MIowijCKMJowmjCaMKowqjCqMLowujC6MMowyjDKMNow2jDaMOow6jDqMPow+jD6MQoxCjEKMRoxGjEaMSoxKjEqMToxOjE6MUoxSjFKMVoxWjFaMWoxajFqMXoxejF6MYoxijGKMZoxmjGaMaoxqjGqMboxujG6McoxyjHKMdox2jHaMeox6jHqMfox+jH6MgoyCjIKMhoyGjIaMioyKjIqMjoyOjI6MkoySjJKMloyWjJaMmoyajJqMnoyejJ6MooyijKKMpoymjKaMqoyqjKqMroyujK6MsoyyjLKMtoy2jLaMuoy6jLqMvoy+jL6MwozCjMKMxozGjMaMyozKjMqMzozOjM6M0ozSjNKM1ozWjNaM2ozajNqM3ozejN6M4ozijOKM5ozmjOaM6ozqjOqM7ozujO6M8ozyjPKM9oz2jPaM+oz6jPqM/oz+jP6NAo0CjQKNBo0GjQaNCo0KjQqNDo0OjQ6NEo0SjRKNFo0WjRaNGo0ajRqNHo0ejR6NIo0ijSKNJo0mjSaNKo0qjSqNLo0ujS6NMo0yjTKNNo02jTaNOo06jTqNPo0+jT6NQo1CjUKNRo1GjUaNSo1KjUqNTo1OjU6NUo1SjVKNVo1WjVaNWo1ajVqNXo1ejV6NYo1ijWKNZo1mjWaNao1qjWqNbo1ujW6Nco1yjXKNdo12jXaNeo16jXqNfo1+jX6Ngo2CjYKNho2GjYaNio2KjYqNjo2OjY6Nko2SjZKNlo2WjZaNmo2ajZqNno2ejZ6Noo2ijaKNpo2mjaaNqo2qjaqNro2uja6Nso2yjbKNto22jbaNuo26jbqNvo2+jb6Nwo3CjcKNxo3GjcaNyo3KjcqNzo3Ojc6N0o3SjdKN1o3WjdaN2o3ajdqN3o3ejd6N4o3ijeKN5o3mjeaN6o3qjeqN7o3uje6N8o3yjfKN9o32jfaN+o36jfqN/o3+jf6OAo4CjgKOBo4GjgaOCo4KjgqODo4Ojg6OEo4SjhKOFo4WjhaOGo4ajhqOHo4ejh6OIo4ijiKOJo4mjiaOKo4qjiqOLo4uji6OMo4yjjKONo42jjaOOo46jjqOPo4+jj6OQo5CjkKORo5GjkaOSo5KjkqOTo5Ojk6OUo5SjlKOVo5WjlaOWo5ajlqOXo5ejl6OYo5ijmKOZo5mjmaOao5qjmqObo5ujm6Oco5yjnKOdo52jnaOeo56jnqOfo5+jn6Ogo6CjoKOho6GjoaOio6KjoqOjo6Ojo6Oko6SjpKOlo6WjpaOmo6ajpqOno6ejp6Ooo6ijqKOpo6mjqaOqo6qjqqOro6ujq6Oso6yjrKOto62jraOuo66jrqOvo6+jr6Owo7CjsKOxo7GjsaOyo7KjsqOzo7Ojs6O0o7SjtKO1o7WjtaO2o7ajtqO3o7ejt6O4o7ijuKO5o7mjuaO6o7qjuqO7o7uju6O8o7yjvKO9o72jvaO+o76jvqO/o7+jv6PAo8CjwKPBo8GjwaPCo8KjwqPDo8Ojw6PEo8SjxKPFo8WjxaPGo8ajxqPHo8ejx6PIo8ijyKPJo8mjyaPKo8qjyqPLo8ujy6PMo8yjzKPNo82jzaPOo86jzqPPo8+jz6PQo9Cj0KPRo9Gj0aPSo9Kj0qPTo9Oj06PUo9Sj1KPVo9Wj1aPWo9aj1qPXo9ej16PYo9ij2KPZo9mj2aPao9qj2qPbo9uj26Pco9yj3KPdo92j3aPeo96j3qPfo9+j36Pgo+Cj4KPho+Gj4aPio+Kj4qPjo+Oj46Pko+Sj5KPlo+Wj5aPmo+aj5qPno+ej56Poo+ij6KPpo+mj6aPqo+qj6qPro+uj66Pso+yj7KPto+2j7aPuo+6j7qPvo++j76Pwo/Cj8KPxo/Gj8aPyo/Kj8qPzo/Oj86P0o/Sj9KP1o/Wj9aP2o/aj9qP3o/ej96P4o/ij+KP5o/mj+aP6o/qj+qP7o/uj+6P8o/yj/KP9o/2j/aP+o/6j/qP/o/+j/6MApACkAKQBpAGkAaQCpAKkAqQDpAOkA6QEpASkBKQFpAWkBaQGpAakBqQHpAekB6QIpAikCKQJpAmkCaQKpAqkCqQLpAukC6QMpAykDKQNpA2kDaQOpA6kDqQPpA+kD6QQpBCkEKQRpBGkEaQSpBKkEqQTpBOkE6QUpBSkFKQVpBWkFaQWpBakFqQXpBekF6QYpBikGKQZpBmkGaQapBqkGqQbpBukG6QcpBykHKQdpB2kHaQepB6kHqQfpB+kH6QgpCCkIKQhpCGkIaQipCKkIqQjpCOkI6QkpCSkJKQlpCWkJaQmpCakJqQnpCekJ6QopCikKKQppCmkKaQqpCqkKqQrpCukK6QspCykLKQtpC2kLaQupC6kLqQvpC+kL6QwpDCkMKQxpDGkMaQypDKkMqQzpDOkM6Q0pDSkNKQ1pDWkNaQ2pDakNqQ3pDekN6Q4pDikOKQ5pDmkOaQ6pDqkOqQ7pDukO6Q8pDykPKQ9pD2kPaQ+pD6kPqQ/pD+kP6RApECkQKRBpEGkQaRCpEKkQqRDpEOkQ6REpESkRKRFpEWkRaRGpEakRqRHpEekR6RIpEikSKRJpEmkSaRKpEqkSqRLpEukS6RMpEykTKRNpE2kTaROpE6kTqRPpE+kT6RQpFCkUKRRpFGkUaRSpFKkUqRTpFOkU6RUpFSkVKRVpFWkVaRWpFakVqRXpFekV6RYpFikWKRZpFmkWaRapFqkWqRbpFukW6RcpFykXKRdpF2kXaRepF6kXqRfpF+kX6RgpGCkYKRhpGGkYaRipGKkYqRjpGOkY6RkpGSkZKRlpGWkZaRmpGakZqRnpGekZ6RopGikaKRppGmkaaRqpGqkaqRrpGuka6RspGykbKRtpG2kbaRupG6kbqRvpG+kb6RwpHCkcKRxpHGkcaRypHKkcqRzpHOkc6R0pHSkdKR1pHWkdaR2pHakdqR3pHekd6R4pHikeKR5pHmkeaR6pHqkeqR7pHuke6R8pHykfKR9pH2kfaR+pH6kfqR/pH+kf6SApICkgKSBpIGkgaSCpIKkgqSDpIOkg6SEpISkhKSFpIWkhaSGpIakhqSHpIekh6SIpIikiKSJpImkiaSKpIqkiqSLpIuki6SMpIykjKQAqACoAKgBqAGoAagDqAOoA6gEqASoBKgFqAWoBagGqAaoBqgHqAeoB6gIqAioCKgJqAmoCagKqAqoCqgLqAuoC6gMqAyoDKgNqA2oDagOqA6oDqgPqA+oD6gQqBCoEKgRqBGoEagSqBKoEqgTqBOoE6gUqBSoFKgVqBWoFagWqBaoFqgXqBeoF6gYqBioGKgZqBmoGagaqBqoGqgbqBuoG6gcqByoHKgdqB2oHageqB6oHqgfqB+oH6ggqCCoIKghqCGoIagiqCKoIqglqCWoJagmqCaoJqgArACsAKwBrAGsAawCrAKsAqwDrAOsA6wErASsBKwFrAWsBawGrAasBqwHrAesB6wIrAisCKwJrAmsCawKrAqsCqwLrAusC6wMrAysDKwNrA2sDawOrA6sDqwPrA+sD6wQrBCsEKwRrBGsEawSrBKsEqwTrBOsE6wUrBSsFKwVrBWsFawWrBasFqwXrBesF6wYrBisGKwZrBmsGawarBqsGqwbrBusG6wcrBysHKwdrB2sHawerB6sHqwfrB+sH6wgrCCsIKwhrCGsIawirCKsIqwjrCOsI6wkrCSsJKwlrCWsJawmrCasJqwnrCesJ6worCisKKwprCmsKawqrCqsKqwrrCusK6wsrCysLKwtrC2sLawurC6sLqwvrC+sL6wwrDCsMKwxrDGsMawyrDKsMqwzrDOsM6w0rDSsNKw1rDWsNaw2rDasNqw3rDesN6w4rDisOKw5rDmsOaw6rDqsOqw7rDusO6w8rDysPKw9rD2sPaw+rD6sPqw/rD+sP6xArECsQKxBrEGsQaxCrEKsQqxDrEOsQ6xErESsRKxFrEWsRaxGrEasRqxHrEesR6xIrEisSKxJrEmsSaxKrEqsSqxLrEusS6xMrEysTKxNrE2sTaxOrE6sTqxPrE+sT6xQrFCsUKxRrFGsUaxSrFKsUqxTrFOsU6xUrFSsVKxVrFWsVaxWrFasVqxXrFesV6xYrFisWKxZrFmsWaxarFqsWqxbrFusW6xcrFysXKxdrF2sXaxerF6sXqxfrF+sX6xgrGCsYKxhrGGsYaxirGKsYqxjrGOsY6xkrGSsZKxlrGWsZaxmrGasZqxnrGesZ6xorGisaKxprGmsaaxqrGqsaqxrrGusa6xsrGysbKxtrG2sbaxurG6sbqxvrG+sb6xwrHCscKxxrHGscaxyrHKscqxzrHOsc6x0rHSsdKx1rHWsdax2rHasdqx3rHesd6x4rHiseKx5rHmseax6rHqseqx7rHuse6x8rHysfKx9rH2sfax+rH6sfqx/rH+sf6yArICsgKyBrIGsgayCrIKsgqyDrIOsg6yErISshKyFrIWshayGrIashqyHrIesh6yIrIisiKyJrImsiayKrIqsiqyLrIusi6yMrIysjKyNrI2sjayOrI6sjqyPrI+sj6yQrJCskKyRrJGskaySrJKskqyTrJOsk6yUrJSslKyVrJWslayWrJaslqyXrJesl6yYrJismKyZrJmsmayarJqsmqybrJusm6ycrJysnKydrJ2snayerJ6snqyfrJ+sn6ygrKCsoKyhrKGsoayirKKsoqyjrKOso6ykrKSspKylrKWspaymrKaspqynrKesp6yorKisqKyprKmsqayqrKqsqqyrrKusq6ysrKysrKytrK2srayurK6srqyvrK+sr6ywrLCssKyxrLGssayyrLKssqyzrLOss6y0rLSstKy1rLWstay2rLastqy3rLest6y4rLisuKy5rLmsuay6rLqsuqy7rLusu6y8rLysvKy9rL2svay+rL6svqy/rL+sv6zArMCswKzBrMGswazCrMKswqzDrMOsw6zErMSsxKzFrMWsxazGrMasxqzHrMesx6zIrMisyKzJrMmsyazKrMqsyqzLrMusy6zMrMyszKzNrM2szazOrM6szqzPrM+sz6zQrNCs0KzRrNGs0azSrNKs0qzTrNOs06zUrNSs1KzVrNWs1azWrNas1qzXrNes16zYrNis2KzZrNms2azarNqs2qzbrNus26zcrNys3KzdrN2s3azerN6s3qzfrN+s36zgrOCs4KzhrOGs4azirOKs4qzjrOOs46zkrOSs5KzlrOWs5azmrOas5qznrOes56zorOis6KzprOms6azqrOqs6qzrrOus66zsrOys7KztrO2s7azurO6s7qzvrO+s76zwrPCs8KzxrPGs8azyrPKs8qzzrPOs86z0rPSs9Kz1rPWs9az2rPas9qz3rPes96z4rPis+Kz5rPms+az6rPqs+qz7rPus+6z8rPys/Kz9rP2s/az+rP6s/qz/rP+s/6wArQCtAK0BrQGtAa0CrQKtAq0DrQOtA60ErQStBK0FrQWtBa0GrQatBq0HrQetB60IrQitCK0JrQmtCa0KrQqtCq0LrQutC60MrQytDK0NrQ2tDa0OrQ6tDq0PrQ+tD60QrRCtEK0RrRGtEa0SrRKtEq0TrROtE60UrRStFK0VrRWtFa0WrRatFq0XrRetF60YrRitGK0ZrRmtGa0arRqtGq0brRutG60crRytHK0drR2tHa0erR6tHq0frR+tH60grSCtIK0hrSGtIa0irSKtIq0jrSOtI60krSStJK0lrSWtJa0mrSatJq0nrSetJ60orSitKK0prSmtKa0qrSqtKq0rrSutK60srSytLK0trS2tLa0urS6tLq0vrS+tL60wrTCtMK0xrTGtMa0yrTKtMq0zrTOtM600rTStNK01rTWtNa02rTatNq03rTetN604rTitOK05rTmtOa06rTqtOq07rTutO608rTytPK09rT2tPa0+rT6tPq0/rT+tP61ArUCtQK1BrUGtQa1CrUKtQq1DrUOtQ61ErUStRK1FrUWtRa1GrUatRq1HrUetR61IrUitSK1JrUmtSa1KrUqtSq1LrUutS61MrUytTK1NrU2tTa1OrU6tTq1PrU+tT61QrVCtUK1RrVGtUa1SrVKtUq1TrVOtU61UrVStVK1VrVWtVa1WrVatVq1XrVetV61YrVitWK1ZrVmtWa1arVqtWq1brVutW61crVytXK1drV2tXa1erV6tXq1frV+tX61grWCtYK1hrWGtYa1irWKtYq1jrWOtY61krWStZK1lrWWtZa1mrWatZq1nrWetZ61orWitaK1prWmtaa1qrWqtaq1rrWuta61srWytbK1trW2tba1urW6tbq1vrW+tb61wrXCtcK1xrXGtca1yrXKtcq1zrXOtc610rXStdK11rXWtda12rXatdq13rXetd614rXiteK15rXmtea16rXqteq17rXute618rXytfK19rX2tfa1+rX6tfq1/rX+tf62ArYCtgK2BrYGtga2CrYKtgq2DrYOtg62ErYSthK2FrYWtha2GrYathq2HrYeth62IrYitiK2JrYmtia2KrYqtiq2LrYuti62MrYytjK2NrY2tja2OrY6tjq2PrY+tj62QrZCtkK2RrZGtka2SrZKtkq2TrZOtk62UrZStlK2VrZWtla2WrZatlq2XrZetl62YrZitmK2ZrZmtma2arZqtmq2brZutm62crZytnK2drZ2tna2erZ6tnq2frZ+tn62graCtoK2hraGtoa2iraKtoq2jraOto62kraStpK2lraWtpa2mraatpq2nraetp62oraitqK2pramtqa2qraqtqq2rrautq62sraytrK2tra2tra2ura6trq2vra+tr62wrbCtsK2xrbGtsa2yrbKtsq2zrbOts620rbSttK21rbWtta22rbattq23rbett624rbituK25rbmtua26rbqtuq27rbutu628rbytvK29rb2tva2+rb6tvq2/rb+tv63ArcCtwK3BrcGtwa3CrcKtwq3DrcOtw63ErcStxK3FrcWtxa3Grcatxq3Hrcetx63IrcityK3Jrcmtya3Krcqtyq3Lrcuty63MrcytzK3Nrc2tza3Orc6tzq3Prc+tz63QrdCt0K3RrdGt0a3SrdKt0q3TrdOt063UrdSt1K3VrdWt1a3Wrdat1q3Xrdet163Yrdit2K3Zrdmt2a3ardqt2q3brdut263crdyt3K3drd2t3a3erd6t3q3frd+t363greCt4K3hreGt4a3ireKt4q3jreOt463kreSt5K3lreWt5a3mreat5q3nreet563oreit6K3premt6a3qreqt6q3rreut663sreyt7K3tre2t7a3ure6t7q3vre+t763wrfCt8K3xrfGt8a3yrfKt8q3zrfOt8630rfSt9K31rfWt9a32rfat9q33rfet9634rfit+K35rfmt+a36rfqt+q37rfut+638rfyt/K39rf2t/a3+rf6t/q3/rf+t/60ArgCuAK4BrgGuAa4CrgKuAq4DrgOuA64ErgSuBK4FrgWuBa4GrgauBq4HrgeuB64IrgiuCK4JrgmuCa4KrgquCq4LrguuC64MrgyuDK4Nrg2uDa4Org6uDq4Prg+uD64QrhCuEK4RrhGuEa4SrhKuEq4TrhOuE64UrhSuFK4VrhWuFa4WrhauFq4XrheuF64YrhiuGK4ZrhmuGa4arhquGq4brhuuG64crhyuHK4drh2uHa4erh6uHq4frh+uH64griCuIK4hriGuIa4iriKuIq4jriOuI64kriSuJK4lriWuJa4mriauJq4nrieuJ64oriiuKK4primuKa4qriquKq4rriuuK64sriyuLK4tri2uLa4uri6uLq4vri+uL64wrjCuMK4xrjGuMa4yrjKuMq4zrjOuM640rjSuNK41rjWuNa42rjauNq43rjeuN644rjiuOK45rjmuOa46rjquOq47rjuuO648rjyuPK49rj2uPa4+rj6uPq4/rj+uP65ArkCuQK5BrkGuQa5CrkKuQq5DrkOuQ65ErkSuRK5FrkWuRa5GrkauRq5HrkeuR65IrkiuSK5JrkmuSa5KrkquSq5LrkuuS65MrkyuTK5Nrk2uTa5Ork6uTq5Prk+uT65QrlCuUK5RrlGuUa5SrlKuUq5TrlOuU65UrlSuVK5VrlWuVa5WrlauVq5XrleuV65YrliuWK5ZrlmuWa5arlquWq5brluuW65crlyuXK5drl2uXa5erl6uXq5frl+uX65grmCuYK5hrmGuYa5irmKuYq5jrmOuY65krmSuZK5lrmWuZa5mrmauZq5nrmeuZ65ormiuaK5prmmuaa5qrmquaq5rrmuua65srmyubK5trm2uba5urm6ubq5vrm+ub65wrnCucK5xrnGuca5yrnKucq5zrnOuc650rnSudK51rnWuda52rnaudq53rneud654rniueK55rnmuea56rnqueq57rnuue658rnyufK59rn2ufa5+rn6ufq5/rn+uf66AroCugK6BroGuga6CroKugq6DroOug66EroSuhK6FroWuha6Groauhq6Hroeuh66IroiuiK6Jromuia6Kroquiq6Lrouui66MroyujK6Nro2uja6Oro6ujq6Pro+uj66QrpCukK6RrpGuka6SrpKukq6TrpOuk66UrpSulK6VrpWula6Wrpaulq6Xrpeul66YrpiumK6Zrpmuma6arpqumq6brpuum66crpyunK6drp2una6erp6unq6frp+un66grqCuoK6hrqGuoa6irqKuoq6jrqOuo66krqSupK6lrqWupa6mrqaupq6nrqeup66orqiuqK6prqmuqa6qrqquqq6rrquuq66srqyurK6trq2ura6urq6urq6vrq+ur66wrrCusK6xrrGusa6yrrKusq6zrrOus660rrSutK61rrWuta62rrautq63rreut664rriuuK65rrmuua66rrquuq67rruuu668rryuvK69rr2uva6+rr6uvq6/rr+uv67ArsCuwK7BrsGuwa7CrsKuwq7DrsOuw67ErsSuxK7FrsWuxa7Grsauxq7Hrseux67IrsiuyK7Jrsmuya7Krsquyq7Lrsuuy67MrsyuzK7Nrs2uza7Ors6uzq7Prs+uz67QrtCu0K7RrtGu0a7SrtKu0q7TrtOu067UrtSu1K7VrtWu1a7Wrtau1q7Xrteu167Yrtiu2K7Zrtmu2a7artqu2q7brtuu267crtyu3K7drt2u3a7ert6u3q7frt+u367gruCu4K7hruGu4a7iruKu4q7jruOu467kruSu5K7lruWu5a7mruau5q7nrueu567oruiu6K7prumu6a7qruqu6q7rruuu667sruyu7K7tru2u7a7uru6u7q7vru+u767wrvCu8K7xrvGu8a7yrvKu8q7zrvOu8670rvSu9K71rvWu9a72rvau9q73rveu9674rviu+K75rvmu+a76rvqu+q77rvuu+678rvyu/K79rv2u/a7+rv6u/q7/rv+u/64ArwCvAK8BrwGvAa8CrwKvAq8DrwOvA68ErwSvBK8FrwWvBa8GrwavBq8HrwevB68IrwivCK8JrwmvCa8KrwqvCq8LrwuvC68MrwyvDK8Nrw2vDa8Orw6vDq8Prw+vD68QrxCvEK8RrxGvEa8SrxKvEq8TrxOvE68UrxSvFK8VrxWvFa8WrxavFq8XrxevF68YrxivGK8ZrxmvGa8arxqvGq8brxuvG68crxyvHK8drx2vHa8erx6vHq8frx+vH68gryCvIK8hryGvIa8iryKvIq8jryOvI68krySvJK8lryWvJa8mryavJq8nryevJ68oryivKK8prymvKa8qryqvKq8rryuvK68sryyvLK8try2vLa8ury6vLq8vry+vL68wrzCvMK8xrzGvMa8yrzKvMq8zrzOvM680rzSvNK81rzWvNa82rzavNq83rzevN684rzivOK85rzmvOa86rzqvOq87rzuvO688rzyvPK89rz2vPa8+rz6vPq8/rz+vP69Ar0CvQK9Br0GvQa9Cr0KvQq9Dr0OvQ69Er0SvRK9Fr0WvRa9Gr0avRq9Hr0evR69Ir0ivSK9Jr0mvSa9Kr0qvSq9Lr0uvS69Mr0yvTK9Nr02vTa9Or06vTq9Pr0+vT69Qr1CvUK9Rr1GvUa9Sr1KvUq9Tr1OvU69Ur1SvVK9Vr1WvVa9Wr1avVq9Xr1evV69Yr1ivWK9Zr1mvWa9ar1qvWq9br1uvW69cr1yvXK9dr12vXa9er16vXq9fr1+vX69gr2CvYK9hr2GvYa9ir2KvYq9jr2OvY69kr2SvZK9lr2WvZa9mr2avZq9nr2evZ69or2ivaK9pr2mvaa9qr2qvaq9rr2uva69sr2yvbK9tr22vba9ur26vbq9vr2+vb69wr3CvcK9xr3Gvca9yr3Kvcq9zr3Ovc690r3SvdK91r3Wvda92r3avdq93r3evd694r3iveK95r3mvea96r3qveq97r3uve698r3yvfK99r32vfa9+r36vfq9/r3+vf6+Ar4CvgK+Br4Gvga+Cr4Kvgq+Dr4Ovg6+Er4SvhK+Fr4Wvha+Gr4avhq+Hr4evh6+Ir4iviK+Jr4mvia+Kr4qviq+Lr4uvi6+Mr4yvjK+Nr42vja+Or46vjq+Pr4+vj6+Qr5CvkK+Rr5Gvka+Sr5Kvkq+Tr5Ovk6+Ur5SvlK+Vr5Wvla+Wr5avlq+Xr5evl6+Yr5ivmK+Zr5mvma+ar5qvmq+br5uvm6+cr5yvnK+dr52vna+er56vnq+fr5+vn6+gr6CvoK+hr6Gvoa+ir6Kvoq+jr6Ovo6+kr6SvpK+lr6Wvpa+mr6avpq+nr6evp6+or6ivqK+pr6mvqa+qr6qvqq+rr6uvq6+sr6yvrK+tr62vra+ur66vrq+vr6+vr6+wr7CvsK+xr7Gvsa+yr7Kvsq+zr7Ovs6+0r7SvtK+1r7Wvta+2r7avtq+3r7evt6+4r7ivuK+5r7mvua+6r7qvuq+7r7uvu6+8r7yvvK+9r72vva++r76vvq+/r7+vv6/Ar8CvwK/Br8Gvwa/Cr8Kvwq/Dr8Ovw6/Er8SvxK/Fr8Wvxa/Gr8avxq/Hr8evx6/Ir8ivyK/Jr8mvya/Kr8qvyq/Lr8uvy6/Mr8yvzK/Nr82vza/Or86vzq/Pr8+vz6/Qr9Cv0K/Rr9Gv0a/Sr9Kv0q/Tr9Ov06/Ur9Sv1K/Vr9Wv1a/Wr9av1q/Xr9ev16/Yr9iv2K/Zr9mv2a/ar9qv2q/br9uv26/cr9yv3K/dr92v3a/er96v3q/fr9+v36/gr+Cv4K/hr+Gv4a/ir+Kv4q/jr+Ov46/kr+Sv5K/lr+Wv5a/mr+av5q/nr+ev56/or+iv6K/pr+mv6a/qr+qv6q/rr+uv66/sr+yv7K/tr+2v7a/ur+6v7q/vr++v76/wr/Cv8K/xr/Gv8a/yr/Kv8q/zr/Ov86/0r/Sv9K/1r/Wv9a/2r/av9q/3r/ev96/4r/iv+K/5r/mv+a/6r/qv+q/7r/uv+6/8r/yv/K/9r/2v/a/+r/6v/q//r/+v/68AsACwALABsAGwAbACsAKwArADsAOwA7AEsASwBLAFsAWwBbAGsAawBrAHsAewB7AIsAiwCLAJsAmwCbAKsAqwCrALsAuwC7AMsAywDLANsA2wDbAOsA6wDrAPsA+wD7AQsBCwELARsBGwEbASsBKwErATsBOwE7AUsBSwFLAVsBWwFbAWsBawFrAXsBewF7AYsBiwGLAZsBmwGbAasBqwGrAbsBuwG7AcsBywHLAdsB2wHbAesB6wHrAfsB+wH7AgsCCwILAhsCGwIbAisCKwIrAjsCOwI7AksCSwJLAlsCWwJbAmsCawJrAnsCewJ7AosCiwKLApsCmwKbAqsCqwKrArsCuwK7AssCywLLAtsC2wLbAusC6wLrAvsC+wL7AwsDCwMLAxsDGwMbAysDKwMrAzsDOwM7A0sDSwNLA1sDWwNbA2sDawNrA3sDewN7A4sDiwOLA5sDmwObA6sDqwOrA7sDuwO7A8sDywPLA9sD2wPbA+sD6wPrA/sD+wP7BAsECwQLBBsEGwQbBCsEKwQrBDsEOwQ7BEsESwRLBFsEWwRbBGsEawRrBHsEewR7BIsEiwSLBJsEmwSbBKsEqwSrBLsEuwS7BMsEywTLBNsE2wTbBOsE6wTrBPsE+wT7BQsFCwULBRsFGwUbBSsFKwUrBTsFOwU7BUsFSwVLBVsFWwVbBWsFawVrBXsFewV7BYsFiwWLBZsFmwWbBasFqwWrBbsFuwW7BcsFywXLBdsF2wXbBesF6wXrBfsF+wX7BgsGCwYLBhsGGwYbBisGKwYrBjsGOwY7BksGSwZLBlsGWwZbBmsGawZrBnsGewZ7BosGiwaLBpsGmwabBqsGqwarBrsGuwa7BssGywbLBtsG2wbbBusG6wbrBvsG+wb7BwsHCwcLBxsHGwcbBysHKwcrBzsHOwc7B0sHSwdLB1sHWwdbB2sHawdrB3sHewd7B4sHiweLB5sHmwebB6sHqwerB7sHuwe7B8sHywfLB9sH2wfbB+sH6wfrB/sH+wf7CAsICwgLCBsIGwgbCCsIKwgrCDsIOwg7CEsISwhLCFsIWwhbCGsIawhrCHsIewh7CIsIiwiLCJsImwibCKsIqwirCLsIuwi7CMsIywjLCNsI2wjbCOsI6wjrCPsI+wj7CQsJCwkLCRsJGwkbCSsJKwkrCTsJOwk7CUsJSwlLCVsJWwlbCWsJawlrCXsJewl7CYsJiwmLCZsJmwmbCasJqwmrCbsJuwm7CcsJywnLCdsJ2wnbCesJ6wnrCfsJ+wn7CgsKCwoLChsKGwobCisKKworCjsKOwo7CksKSwpLClsKWwpbCmsKawprCnsKewp7CosKiwqLCpsKmwqbCqsKqwqrCrsKuwq7CssKywrLCtsK2wrbCusK6wrrCvsK+wr7CwsLCwsLCxsLGwsbCysLKwsrCzsLOws7C0sLSwtLC1sLWwtbC2sLawtrC3sLewt7C4sLiwuLC5sLmwubC6sLqwurC7sLuwu7C8sLywvLC9sL2wvbC+sL6wvrC/sL+wv7DAsMCwwLDBsMGwwbDCsMKwwrDDsMOww7DEsMSwxLDFsMWwxbDGsMawxrDHsMewx7DIsMiwyLDJsMmwybDKsMqwyrDLsMuwy7DMsMywzLDNsM2wzbDOsM6wzrDPsM+wz7DQsNCw0LDRsNGw0bDSsNKw0rDTsNOw07DUsNSw1LDVsNWw1bDWsNaw1rDXsNew17DYsNiw2LDZsNmw2bDasNqw2rDbsNuw27DcsNyw3LDdsN2w3bDesN6w3rDfsN+w37DgsOCw4LDhsOGw4bDisOKw4rDjsOOw47DksOSw5LDlsOWw5bDmsOaw5rDnsOew57DosOiw6LDpsOmw6bDqsOqw6rDrsOuw67DssOyw7LDtsO2w7bDusO6w7rDvsO+w77DwsPCw8LDxsPGw8bDysPKw8rDzsPOw87D0sPSw9LD1sPWw9bD2sPaw9rD3sPew97D4sPiw+LD5sPmw+bD6sPqw+rD7sPuw+7D8sPyw/LD9sP2w/bD+sP6w/rD/sP+w/7AAsQCxALEBsQGxAbECsQKxArEDsQOxA7EEsQSxBLEFsQWxBbEGsQaxBrEHsQexB7EIsQixCLEJsQmxCbEKsQqxCrELsQuxC7EMsQyxDLENsQ2xDbEOsQ6xDrEPsQ+xD7EQsRCxELERsRGxEbESsRKxErETsROxE7EUsRSxFLEVsRWxFbEWsRaxFrEXsRexF7EYsRixGLEZsRmxGbEasRqxGrEbsRuxG7EcsRyxHLEdsR2xHbEesR6xHrEfsR+xH7EgsSCxILEhsSGxIbEisSKxIrEjsSOxI7EksSSxJLElsSWxJbEmsSaxJrEnsSexJ7EosSixKLEpsSmxKbEqsSqxKrErsSuxK7EssSyxLLEtsS2xLbEusS6xLrEvsS+xL7EwsTCxMLExsTGxMbEysTKxMrEzsTOxM7E0sTSxNLE1sTWxNbE2sTaxNrE3sTexN7E4sTixOLE5sTmxObE6sTqxOrE7sTuxO7E8sTyxPLE9sT2xPbE+sT6xPrE/sT+xP7FAsUCxQLFBsUGxQbFCsUKxQrFDsUOxQ7FEsUSxRLFFsUWxRbFGsUaxRrFHsUexR7FIsUixSLFJsUmxSbFKsUqxSrFLsUuxS7FMsUyxTLFNsU2xTbFOsU6xTrFPsU+xT7FQsVCxULFRsVGxUbFSsVKxUrFTsVOxU7FUsVSxVLFVsVWxVbFWsVaxVrFXsVexV7FYsVixWLFZsVmxWbFasVqxWrFbsVuxW7FcsVyxXLFdsV2xXbFesV6xXrFfsV+xX7FgsWCxYLFhsWGxYbFisWKxYrFjsWOxY7FksWSxZLFlsWWxZbFmsWaxZrFnsWexZ7FosWixaLFpsWmxabFqsWqxarFrsWuxa7FssWyxbLFtsW2xbbFusW6xbrFvsW+xb7FwsXCxcLFxsXGxcbFysXKxcrFzsXOxc7F0sXSxdLF1sXWxdbF2sXaxdrF3sXexd7F4sXixeLF5sXmxebF6sXqxerF7sXuxe7F8sXyxfLF9sX2xfbF+sX6xfrF/sX+xf7GAsYCxgLGBsYGxgbGCsYKxgrGDsYOxg7GEsYSxhLGFsYWxhbGGsYaxhrGHsYexh7GIsYixiLGJsYmxibGKsYqxirGLsYuxi7GMsYyxjLGNsY2xjbGOsY6xjrGPsY+xj7GQsZCxkLGRsZGxkbGSsZKxkrGTsZOxk7GUsZSxlLGVsZWxlbGWsZaxlrGXsZexl7GYsZixmLGZsZmxmbGasZqxmrGbsZuxm7GcsZyxnLGdsZ2xnbGesZ6xnrGfsZ+xn7GgsaCxoLGhsaGxobGisaKxorGjsaOxo7GksaSxpLGlsaWxpbGmsaaxprGnsaexp7GosaixqLGpsamxqbGqsaqxqrGrsauxq7GssayxrLGtsa2xrbGusa6xrrGvsa+xr7GwsbCxsLGxsbGxsbGysbKxsrGzsbOxs7G0sbSxtLG1sbWxtbG2sbaxtrG3sbext7G4sbixuLG5sbmxubG6sbqxurG7sbuxu7G8sbyxvLG9sb2xvbG+sb6xvrG/sb+xv7HAscCxwLHBscGxwbHCscKxwrHDscOxw7HEscSxxLHFscWxxbHGscaxxrHHscexx7HIscixyLHJscmxybHKscqxyrHLscuxy7HMscyxzLHNsc2xzbHOsc6xzrHPsc+xz7HQsdCx0LHRsdGx0bHSsdKx0rHTsdOx07HUsdSx1LHVsdWx1bHWsdax1rHXsdex17HYsdix2LHZsdmx2bHasdqx2rHbsdux27Hcsdyx3LHdsd2x3bHesd6x3rHfsd+x37HgseCx4LHhseGx4bHiseKx4rHjseOx47HkseSx5LHlseWx5bHmseax5rHnseex57Hoseix6LHpsemx6bHqseqx6rHrseux67Hsseyx7LHtse2x7bHuse6x7rHvse+x77HwsfCx8LHxsfGx8bHysfKx8rHzsfOx87H0sfSx9LH1sfWx9bH2sfax9rH3sfex97H4sfix+LH5sfmx+bH6sfqx+rH7sfux+7H8sfyx/LH9sf2x/bH+sf6x/rH/sf+x/7EAsgCyALIBsgGyAbICsgKyArIDsgOyA7IEsgSyBLIFsgWyBbIGsgayBrIHsgeyB7IIsgiyCLIJsgmyCbIKsgqyCrILsguyC7IMsgyyDLINsg2yDbIOsg6yDrIPsg+yD7IQshCyELIRshGyEbISshKyErITshOyE7IUshSyFLIVshWyFbIWshayFrIXsheyF7IYshiyGLIZshmyGbIashqyGrIbshuyG7IcshyyHLIdsh2yHbIesh6yHrIfsh+yH7IgsiCyILIhsiGyIbIisiKyIrIjsiOyI7IksiSyJLIlsiWyJbImsiayJrInsieyJ7IosiiyKLIpsimyKbIqsiqyKrIrsiuyK7IssiyyLLItsi2yLbIusi6yLrIvsi+yL7IwsjCyMLIxsjGyMbIysjKyMrIzsjOyM7I0sjSyNLI1sjWyNbI2sjayNrI3sjeyN7I4sjiyOLI5sjmyObI6sjqyOrI7sjuyO7I8sjyyPLI9sj2yPbI+sj6yPrI/sj+yP7JAskCyQLJBskGyQbJCskKyQrJDskOyQ7JEskSyRLJFskWyRbJGskayRrJHskeyR7JIskiySLJJskmySbJKskqySrJLskuyS7JMskyyTLJNsk2yTbJOsk6yTrJPsk+yT7JQslCyULJRslGyUbJSslKyUrJTslOyU7JUslSyVLJVslWyVbJWslayVrJXsleyV7JYsliyWLJZslmyWbJaslqyWrJbsluyW7JcslyyXLJdsl2yXbJesl6yXrJfsl+yX7JgsmCyYLJhsmGyYbJismKyYrJjsmOyY7JksmSyZLJlsmWyZbJmsmayZrJnsmeyZ7JosmiyaLJpsmmyabJqsmqyarJrsmuya7JssmyybLJtsm2ybbJusm6ybrJvsm+yb7JwsnCycLJxsnGycbJysnKycrJzsnOyc7J0snSydLJ1snWydbJ2snaydrJ3sneyd7J4sniyeLJ5snmyebJ6snqyerJ7snuye7J8snyyfLJ9sn2yfbJ+sn6yfrJ/sn+yf7KAsoCygLKBsoGygbKCsoKygrKDsoOyg7KEsoSyhLKFsoWyhbKGsoayhrKHsoeyh7KIsoiyiLKJsomyibKKsoqyirKLsouyi7KMsoyyjLKNso2yjbKOso6yjrKPso+yj7KQspCykLKRspGykbKSspKykrKTspOyk7KUspSylLKVspWylbKWspaylrKXspeyl7KYspiymLKZspmymbKaspqymrKbspuym7KcspyynLKdsp2ynbKesp6ynrKfsp+yn7KgsqCyoLKhsqGyobKisqKyorKjsqOyo7KksqSypLKlsqWypbKmsqayprKnsqeyp7KosqiyqLKpsqmyqbKqsqqyqrKrsquyq7KssqyyrLKtsq2yrbKusq6yrrKvsq+yr7KwsrCysLKxsrGysbKysrKysrKzsrOys7K0srSytLK1srWytbK2sraytrK3sreyt7K4sriyuLK5srmyubK6srqyurK7sruyu7K8sryyvLK9sr2yvbK+sr6yvrK/sr+yv7LAssCywLLBssGywbLCssKywrLDssOyw7LEssSyxLLFssWyxbLGssayxrLHsseyx7LIssiyyLLJssmyybLKssqyyrLLssuyy7LMssyyzLLNss2yzbLOss6yzrLPss+yz7LQstCy0LLRstGy0bLSstKy0rLTstOy07LUstSy1LLVstWy1bLWstay1rLXstey17LYstiy2LLZstmy2bLastqy2rLbstuy27Lcstyy3LLdst2y3bLest6y3rLfst+y37LgsuCy4LLhsuGy4bLisuKy4rLjsuOy47LksuSy5LLlsuWy5bLmsuay5rLnsuey57Losuiy6LLpsumy6bLqsuqy6rLrsuuy67Lssuyy7LLtsu2y7bLusu6y7rLvsu+y77LwsvCy8LLxsvGy8bLysvKy8rLzsvOy87L0svSy9LL1svWy9bL2svay9rL3svey97L4sviy+LL5svmy+bL6svqy+rL7svuy+7L8svyy/LL9sv2y/bL+sv6y/rL/sv+y/7IAswCzALMBswGzAbMCswKzArMDswOzA7MEswSzBLMFswWzBbMGswazBrMHswezB7MIswizCLMJswmzCbMKswqzCrMLswuzC7MMswyzDLMNsw2zDbMOsw6zDrMPsw+zD7MQsxCzELMRsxGzEbMSsxKzErMTsxOzE7MUsxSzFLMVsxWzFbMWsxazFrMXsxezF7MYsxizGLMZsxmzGbMasxqzGrMbsxuzG7McsxyzHLMdsx2zHbMesx6zHrMfsx+zH7MgsyCzILMhsyGzIbMisyKzIrMjsyOzI7MksySzJLMlsyWzJbMmsyazJrMnsyezJ7MosyizKLMpsymzKbMqsyqzKrMrsyuzK7MssyyzLLMtsy2zLbMusy6zLrMvsy+zL7MwszCzMLMxszGzMbMyszKzMrMzszOzM7M0szSzNLM1szWzNbM2szazNrM3szezN7M4szizOLM5szmzObM6szqzOrM7szuzO7M8szyzPLM9sz2zPbM+sz6zPrM/sz+zP7NAs0CzQLNBs0GzQbNCs0KzQrNDs0OzQ7NEs0SzRLNFs0WzRbNGs0azRrNHs0ezR7NIs0izSLNJs0mzSbNKs0qzSrNLs0uzS7NMs0yzTLNNs02zTbNOs06zTrNPs0+zT7NQs1CzULNRs1GzUbNSs1KzUrNTs1OzU7NUs1SzVLNVs1WzVbNWs1azVrNXs1ezV7NYs1izWLNZs1mzWbNas1qzWrNbs1uzW7Ncs1yzXLNds12zXbNes16zXrNfs1+zX7Ngs2CzYLNhs2GzYbNis2KzYrNjs2OzY7Nks2SzZLNls2WzZbNms2azZrNns2ezZ7Nos2izaLNps2mzabNqs2qzarNrs2uza7Nss2yzbLNts22zbbNus26zbrNvs2+zb7Nws3CzcLNxs3GzcbNys3KzcrNzs3Ozc7N0s3SzdLN1s3WzdbN2s3azdrN3s3ezd7N4s3izeLN5s3mzebN6s3qzerN7s3uze7N8s3yzfLN9s32zfbN+s36zfrN/s3+zf7OAs4CzgLOBs4GzgbOCs4KzgrODs4Ozg7OEs4SzhLOFs4WzhbOGs4azhrOHs4ezh7OIs4iziLOJs4mzibOKs4qzirOLs4uzi7OMs4yzjLONs42zjbOOs46zjrOPs4+zj7OQs5CzkLORs5GzkbOSs5KzkrOTs5Ozk7OUs5SzlLOVs5WzlbOWs5azlrOXs5ezl7OYs5izmLOZs5mzmbOas5qzmrObs5uzm7Ocs5yznLOds52znbOes56znrOfs5+zn7Ogs6CzoLOhs6GzobOis6KzorOjs6Ozo7Oks6SzpLOls6WzpbOms6azprOns6ezp7Oos6izqLOps6mzqbOqs6qzqrOrs6uzq7Oss6yzrLOts62zrbOus66zrrOvs6+zr7Ows7CzsLOxs7GzsbOys7KzsrOzs7Ozs7O0s7SztLO1s7WztbO2s7aztrO3s7ezt7O4s7izuLO5s7mzubO6s7qzurO7s7uzu7O8s7yzvLO9s72zvbO+s76zvrO/s7+zv7PAs8CzwLPBs8GzwbPCs8KzwrPDs8Ozw7PEs8SzxLPFs8WzxbPGs8azxrPHs8ezx7PIs8izyLPJs8mzybPKs8qzyrPLs8uzy7PMs8yzzLPNs82zzbPOs86zzrPPs8+zz7PQs9Cz0LPRs9Gz0bPSs9Kz0rPTs9Oz07PUs9Sz1LPVs9Wz1bPWs9az1rPXs9ez17PYs9iz2LPZs9mz2bPas9qz2rPbs9uz27Pcs9yz3LPds92z3bPes96z3rPfs9+z37Pgs+Cz4LPhs+Gz4bPis+Kz4rPjs+Oz47Pks+Sz5LPls+Wz5bPms+az5rPns+ez57Pos+iz6LPps+mz6bPqs+qz6rPrs+uz67Pss+yz7LPts+2z7bPus+6z7rPvs++z77Pws/Cz8LPxs/Gz8bPys/Kz8rPzs/Oz87P0s/Sz9LP1s/Wz9bP2s/az9rP3s/ez97P4s/iz+LP5s/mz+bP6s/qz+rP7s/uz+7P8s/yz/LP9s/2z/bP+s/6z/rP/s/+z/7MAtAC0ALQBtAG0AbQCtAK0ArQDtAO0A7QEtAS0BLQFtAW0BbQGtAa0BrQHtAe0B7QItAi0CLQJtAm0CbQKtAq0CrQLtAu0C7QMtAy0DLQNtA20DbQOtA60DrQPtA+0D7QQtBC0ELQRtBG0EbQStBK0ErQTtBO0E7QUtBS0FLQVtBW0FbQWtBa0FrQXtBe0F7QYtBi0GLQZtBm0GbQatBq0GrQbtBu0G7QctBy0HLQdtB20HbQetB60HrQftB+0H7QgtCC0ILQhtCG0IbQitCK0IrQjtCO0I7QktCS0JLQltCW0JbQmtCa0JrQntCe0J7QotCi0KLQptCm0KbQqtCq0KrQrtCu0K7QstCy0LLQttC20LbQutC60LrQvtC+0L7QwtDC0MLQxtDG0MbQytDK0MrQztDO0M7Q0tDS0NLQ1tDW0NbQ2tDa0NrQ3tDe0N7Q4tDi0OLQ5tDm0ObQ6tDq0OrQ7tDu0O7Q8tDy0PLQ9tD20PbQ+tD60PrQ/tD+0P7RAtEC0QLRBtEG0QbRCtEK0QrRDtEO0Q7REtES0RLRFtEW0RbRGtEa0RrRHtEe0R7RItEi0SLRJtEm0SbRKtEq0SrRLtEu0S7RMtEy0TLRNtE20TbROtE60TrRPtE+0T7RQtFC0ULRRtFG0UbRStFK0UrRTtFO0U7RUtFS0VLRVtFW0VbRWtFa0VrRXtFe0V7RYtFi0WLRZtFm0WbRatFq0WrRbtFu0W7RctFy0XLRdtF20XbRetF60XrRftF+0X7RgtGC0YLRhtGG0YbRitGK0YrRjtGO0Y7RktGS0ZLRltGW0ZbRmtGa0ZrRntGe0Z7RotGi0aLRptGm0abRqtGq0arRrtGu0a7RstGy0bLRttG20bbRutG60brRvtG+0b7RwtHC0cLRxtHG0cbRytHK0crRztHO0c7R0tHS0dLR1tHW0dbR2tHa0drR3tHe0d7R4tHi0eLR5tHm0ebR6tHq0erR7tHu0e7R8tHy0fLR9tH20fbR+tH60frR/tH+0f7SAtIC0gLSBtIG0gbSCtIK0grSDtIO0g7SEtIS0hLSFtIW0hbSGtIa0hrSHtIe0h7SItIi0iLSJtIm0ibSKtIq0irSLtIu0i7SMtIy0jLSNtI20jbSOtI60jrSPtI+0j7SQtJC0kLSRtJG0kbSStJK0krSTtJO0k7SUtJS0lLSVtJW0lbSWtJa0lrSXtJe0l7SYtJi0mLSZtJm0mbSatJq0mrSbtJu0m7SctJy0nLSdtJ20nbSetJ60nrSftJ+0n7SgtKC0oLShtKG0obSitKK0orSjtKO0o7SktKS0pLSltKW0pbSmtKa0prSntKe0p7SotKi0qLSptKm0qbSqtKq0qrSrtKu0q7SstKy0rLSttK20rbSutK60rrSvtK+0r7SwtLC0sLSxtLG0sbSytLK0srSztLO0s7S0tLS0tLS1tLW0tbS2tLa0trS3tLe0t7S4tLi0uLS5tLm0ubS6tLq0urS7tLu0u7S8tLy0vLS9tL20vbS+tL60vrS/tL+0v7TAtMC0wLTBtMG0wbTCtMK0wrTDtMO0w7TEtMS0xLTFtMW0xbTGtMa0xrTHtMe0x7TItMi0yLTJtMm0ybTKtMq0yrTLtMu0y7TMtMy0zLTNtM20zbTOtM60zrTPtM+0z7TQtNC00LTRtNG00bTStNK00rTTtNO007TUtNS01LTVtNW01bTWtNa01rTXtNe017TYtNi02LTZtNm02bTatNq02rTbtNu027TctNy03LTdtN203bTetN603rTftN+037TgtOC04LThtOG04bTitOK04rTjtOO047TktOS05LTltOW05bTmtOa05rTntOe057TotOi06LTptOm06bTqtOq06rTrtOu067TstOy07LTttO207bTutO607rTvtO+077TwtPC08LTxtPG08bTytPK08rTztPO087T0tPS09LT1tPW09bT2tPa09rT3tPe097T4tPi0+LT5tPm0+bT6tPq0+rT7tPu0+7T8tPy0/LT9tP20/bT+tP60/rT/tP+0/7QAtQC1ALUBtQG1AbUCtQK1ArUDtQO1A7UEtQS1BLUFtQW1BbUGtQa1BrUHtQe1B7UItQi1CLUJtQm1CbUKtQq1CrULtQu1C7UMtQy1DLUNtQ21DbUOtQ61DrUPtQ+1D7UQtRC1ELURtRG1EbUStRK1ErUTtRO1E7UUtRS1FLUVtRW1FbUWtRa1FrUXtRe1F7UYtRi1GLUZtRm1GbUatRq1GrUbtRu1G7UctRy1HLUdtR21HbUetR61HrUftR+1H7UgtSC1ILUhtSG1IbUitSK1IrUjtSO1I7UktSS1JLUltSW1JbUmtSa1JrUntSe1J7UotSi1KLUptSm1KbUqtSq1KrUrtSu1K7UstSy1LLUttS21LbUutS61LrUvtS+1L7UwtTC1MLUxtTG1MbUytTK1MrUztTO1M7U0tTS1NLU1tTW1NbU2tTa1NrU3tTe1N7U4tTi1OLU5tTm1ObU6tTq1OrU7tTu1O7U8tTy1PLU9tT21PbU+tT61PrU/tT+1P7VAtUC1QLVBtUG1QbVCtUK1QrVDtUO1Q7VEtUS1RLVFtUW1RbVGtUa1RrVHtUe1R7VItUi1SLVJtUm1SbVKtUq1SrVLtUu1S7VMtUy1TLVNtU21TbVOtU61TrVPtU+1T7VQtVC1ULVRtVG1UbVStVK1UrVTtVO1U7VUtVS1VLVVtVW1VbVWtVa1VrVXtVe1V7VYtVi1WLVZtVm1WbVatVq1WrVbtVu1W7VctVy1XLVdtV21XbVetV61XrVftV+1X7VgtWC1YLVhtWG1YbVitWK1YrVjtWO1Y7VktWS1ZLVltWW1ZbVmtWa1ZrVntWe1Z7VotWi1aLVptWm1abVqtWq1arVrtWu1a7VstWy1bLVttW21bbVutW61brVvtW+1b7VwtXC1cLVxtXG1cbVytXK1crVztXO1c7V0tXS1dLV1tXW1dbV2tXa1drV3tXe1d7V4tXi1eLV5tXm1ebV6tXq1erV7tXu1e7V8tXy1fLV9tX21fbV+tX61frV/tX+1f7WAtYC1gLWBtYG1gbWCtYK1grWDtYO1g7WEtYS1hLWFtYW1hbWGtYa1hrWHtYe1h7WItYi1iLWJtYm1ibWKtYq1irWLtYu1i7WMtYy1jLWNtY21jbWOtY61jrWPtY+1j7WQtZC1kLWRtZG1kbWStZK1krWTtZO1k7WUtZS1lLWVtZW1lbWWtZa1lrWXtZe1l7WYtZi1mLWZtZm1mbWatZq1mrWbtZu1m7WctZy1nLWdtZ21nbWetZ61nrWftZ+1n7WgtaC1oLWhtaG1obWitaK1orWjtaO1o7WktaS1pLWltaW1pbWmtaa1prWntae1p7Wotai1qLWptam1qbWqtaq1qrWrtau1q7Wstay1rLWtta21rbWuta61rrWvta+1r7WwtbC1sLWxtbG1sbWytbK1srWztbO1s7W0tbS1tLW1tbW1tbW2tba1trW3tbe1t7W4tbi1uLW5tbm1ubW6tbq1urW7tbu1u7W8tby1vLW9tb21vbW+tb61vrW/tb+1v7XAtcC1wLXBtcG1wbXCtcK1wrXDtcO1w7XEtcS1xLXFtcW1xbXGtca1xrXHtce1x7XItci1yLXJtcm1ybXKtcq1yrXLtcu1y7XMtcy1zLXNtc21zbXOtc61zrXPtc+1z7XQtdC10LXRtdG10bXStdK10rXTtdO107XUtdS11LXVtdW11bXWtda11rXXtde117XYtdi12LXZtdm12bXatdq12rXbtdu127Xctdy13LXdtd213bXetd613rXftd+137XgteC14LXhteG14bXiteK14rXjteO147XkteS15LXlteW15bXmtea15rXntee157Xotei16LXptem16bXqteq16rXrteu167Xstey17LXtte217bXute617rXvte+177XwtfC18LXxtfG18bXytfK18rXztfO187X0tfS19LX1tfW19bX2tfa19rX3tfe197X4tfi1+LX5tfm1+bX6tfq1+rX7tfu1+7X8tfy1/LX9tf21/bX+tf61/rX/tf+1/7UAtgC2ALYBtgG2AbYCtgK2ArYDtgO2A7YEtgS2BLYFtgW2BbYGtga2BrYHtge2B7YItgi2CLYJtgm2CbYKtgq2CrYLtgu2C7YMtgy2DLYNtg22DbYOtg62DrYPtg+2D7YQthC2ELYRthG2EbYSthK2ErYTthO2E7YUthS2FLYVthW2FbYWtha2FrYXthe2F7YYthi2GLYZthm2GbYathq2GrYbthu2G7Ycthy2HLYdth22HbYeth62HrYfth+2H7YgtiC2ILYhtiG2IbYitiK2IrYjtiO2I7YktiS2JLYltiW2JbYmtia2JrYntie2J7Yotii2KLYptim2KbYqtiq2KrYrtiu2K7Ystiy2LLYtti22LbYuti62LrYvti+2L7YwtjC2MLYxtjG2MbYytjK2MrYztjO2M7Y0tjS2NLY1tjW2NbY2tja2NrY3tje2N7Y4tji2OLY5tjm2ObY6tjq2OrY7tju2O7Y8tjy2PLY9tj22PbY+tj62PrY/tj+2P7ZAtkC2QLZBtkG2QbZCtkK2QrZDtkO2Q7ZEtkS2RLZFtkW2RbZGtka2RrZHtke2R7ZItki2SLZJtkm2SbZKtkq2SrZLtku2S7ZMtky2TLZNtk22TbZOtk62TrZPtk+2T7ZQtlC2ULZRtlG2UbZStlK2UrZTtlO2U7ZUtlS2VLZVtlW2VbZWtla2VrZXtle2V7ZYtli2WLZZtlm2WbZatlq2WrZbtlu2W7Zctly2XLZdtl22XbZetl62XrZftl+2X7ZgtmC2YLZhtmG2YbZitmK2YrZjtmO2Y7ZktmS2ZLZltmW2ZbZmtma2ZrZntme2Z7Zotmi2aLZptmm2abZqtmq2arZrtmu2a7Zstmy2bLZttm22bbZutm62brZvtm+2b7ZwtnC2cLZxtnG2cbZytnK2crZztnO2c7Z0tnS2dLZ1tnW2dbZ2tna2drZ3tne2d7Z4tni2eLZ5tnm2ebZ6tnq2erZ7tnu2e7Z8tny2fLZ9tn22fbZ+tn62frZ/tn+2f7aAtoC2gLaBtoG2gbaCtoK2graDtoO2g7aEtoS2hLaFtoW2hbaGtoa2hraHtoe2h7aItoi2iLaJtom2ibaKtoq2iraLtou2i7aMtoy2jLaNto22jbaOto62jraPto+2j7aQtpC2kLaRtpG2kbaStpK2kraTtpO2k7aUtpS2lLaVtpW2lbaWtpa2lraXtpe2l7aYtpi2mLaZtpm2mbaatpq2mrabtpu2m7actpy2nLadtp22nbaetp62nraftp+2n7agtqC2oLahtqG2obaitqK2orajtqO2o7aktqS2pLaltqW2pbamtqa2prantqe2p7aotqi2qLaptqm2qbaqtqq2qrartqu2q7astqy2rLattq22rbautq62rravtq+2r7awtrC2sLaxtrG2sbaytrK2sraztrO2s7a0trS2tLa1trW2tba2tra2tra3tre2t7a4tri2uLa5trm2uba6trq2ura7tru2u7a8try2vLa9tr22vba+tr62vra/tr+2v7bAtsC2wLbBtsG2wbbCtsK2wrbDtsO2w7bEtsS2xLbFtsW2xbbGtsa2xrbHtse2x7bItsi2yLbJtsm2ybbKtsq2yrbLtsu2y7bMtsy2zLbNts22zbbOts62zrbPts+2z7bQttC20LbRttG20bbSttK20rbTttO207bUttS21LbVttW21bbWtta21rbXtte217bYtti22LbZttm22bbattq22rbbttu227bctty23Lbdtt223bbett623rbftt+237bgtuC24LbhtuG24bbituK24rbjtuO247bktuS25LbltuW25bbmtua25rbntue257botui26Lbptum26bbqtuq26rbrtuu267bstuy27Lbttu227bbutu627rbvtu+277bwtvC28LbxtvG28bbytvK28rbztvO287b0tvS29Lb1tvW29bb2tva29rb3tve297b4tvi2+Lb5tvm2+bb6tvq2+rb7tvu2+7b8tvy2/Lb9tv22/bb+tv62/rb/tv+2/7YAtwC3ALcBtwG3AbcCtwK3ArcDtwO3A7cEtwS3BLcFtwW3BbcGtwa3BrcHtwe3B7cItwi3CLcJtwm3CbcKtwq3CrcLtwu3C7cMtwy3DLcNtw23DbcOtw63DrcPtw+3D7cQtxC3ELcRtxG3EbcStxK3ErcTtxO3E7cUtxS3FLcVtxW3FbcWtxa3FrcXtxe3F7cYtxi3GLcZtxm3Gbcatxq3Grcbtxu3G7cctxy3HLcdtx23Hbcetx63Hrcftx+3H7cgtyC3ILchtyG3IbcityK3IrcjtyO3I7cktyS3JLcltyW3Jbcmtya3Jrcntye3J7cotyi3KLcptym3Kbcqtyq3Krcrtyu3K7cstyy3LLctty23Lbcuty63Lrcvty+3L7cwtzC3MLcxtzG3MbcytzK3MrcztzO3M7c0tzS3NLc1tzW3Nbc2tza3Nrc3tze3N7c4tzi3OLc5tzm3Obc6tzq3Orc7tzu3O7c8tzy3PLc9tz23Pbc+tz63Prc/tz+3P7dAt0C3QLdBt0G3QbdCt0K3QrdDt0O3Q7dEt0S3RLdFt0W3RbdGt0a3RrdHt0e3R7dIt0i3SLdJt0m3SbdKt0q3SrdLt0u3S7dMt0y3TLdNt023TbdOt063TrdPt0+3T7dQt1C3ULdRt1G3UbdSt1K3UrdTt1O3U7dUt1S3VLdVt1W3VbdWt1a3VrdXt1e3V7dYt1i3WLdZt1m3Wbdat1q3Wrdbt1u3W7dct1y3XLddt123Xbdet163Xrdft1+3X7dgt2C3YLdht2G3Ybdit2K3Yrdjt2O3Y7dkt2S3ZLdlt2W3Zbdmt2a3Zrdnt2e3Z7dot2i3aLdpt2m3abdqt2q3ardrt2u3a7dst2y3bLdtt223bbdut263brdvt2+3b7dwt3C3cLdxt3G3cbdyt3K3crdzt3O3c7d0t3S3dLd1t3W3dbd2t3a3drd3t3e3d7d4t3i3eLd5t3m3ebd6t3q3erd7t3u3e7d8t3y3fLd9t323fbd+t363frd/t3+3f7eAt4C3gLeBt4G3gbeCt4K3greDt4O3g7eEt4S3hLeFt4W3hbeGt4a3hreHt4e3h7eIt4i3iLeJt4m3ibeKt4q3ireLt4u3i7eMt4y3jLeNt423jbeOt463jrePt4+3j7eQt5C3kLeRt5G3kbeSt5K3kreTt5O3k7eUt5S3lLeVt5W3lbeWt5a3lreXt5e3l7eYt5i3mLeZt5m3mbeat5q3mrebt5u3m7ect5y3nLedt523nbeet563nreft5+3n7egt6C3oLeht6G3obeit6K3orejt6O3o7ekt6S3pLelt6W3pbemt6a3prent6e3p7eot6i3qLept6m3qbeqt6q3qrert6u3q7est6y3rLett623rbeut663rrevt6+3r7ewt7C3sLext7G3sbeyt7K3srezt7O3s7e0t7S3tLe1t7W3tbe2t7a3tre3t7e3t7e4t7i3uLe5t7m3ube6t7q3ure7t7u3u7e8t7y3vLe9t723vbe+t763vre/t7+3v7fAt8C3wLfBt8G3wbfCt8K3wrfDt8O3w7fEt8S3xLfFt8W3xbfGt8a3xrfHt8e3x7fIt8i3yLfJt8m3ybfKt8q3yrfLt8u3y7fMt8y3zLfNt823zbfOt863zrfPt8+3z7fQt9C30LfRt9G30bfSt9K30rfTt9O307fUt9S31LfVt9W31bfWt9a31rfXt9e317fYt9i32LfZt9m32bfat9q32rfbt9u327fct9y33Lfdt9233bfet9633rfft9+337fgt+C34Lfht+G34bfit+K34rfjt+O347fkt+S35Lflt+W35bfmt+a35rfnt+e357fot+i36Lfpt+m36bfqt+q36rfrt+u367fst+y37Lftt+237bfut+637rfvt++377fwt/C38Lfxt/G38bfyt/K38rfzt/O387f0t/S39Lf1t/W39bf2t/a39rf3t/e397f4t/i3+Lf5t/m3+bf6t/q3+rf7t/u3+7f8t/y3/Lf9t/23/bf+t/63/rf/t/+3/7cAuAC4ALgBuAG4AbgCuAK4ArgDuAO4A7gEuAS4BLgFuAW4BbgGuAa4BrgHuAe4B7gIuAi4CLgJuAm4CbgKuAq4CrgLuAu4C7gMuAy4DLgNuA24DbgOuA64DrgPuA+4D7gQuBC4ELgRuBG4EbgSuBK4ErgTuBO4E7gUuBS4FLgVuBW4FbgWuBa4FrgXuBe4F7gYuBi4GLgZuBm4GbgauBq4GrgbuBu4G7gcuBy4HLgduB24HbgeuB64HrgfuB+4H7gguCC4ILghuCG4IbgiuCK4IrgjuCO4I7gkuCS4JLgluCW4JbgmuCa4JrgnuCe4J7gouCi4KLgpuCm4KbgquCq4KrgruCu4K7gsuCy4LLgtuC24LbguuC64LrgvuC+4L7gwuDC4MLgxuDG4MbgyuDK4MrgzuDO4M7g0uDS4NLg1uDW4Nbg2uDa4Nrg3uDe4N7g4uDi4OLg5uDm4Obg6uDq4Org7uDu4O7g8uDy4PLg9uD24Pbg+uD64Prg/uD+4P7hAuEC4QLhBuEG4QbhCuEK4QrhDuEO4Q7hEuES4RLhFuEW4RbhGuEa4RrhHuEe4R7hIuEi4SLhJuEm4SbhKuEq4SrhLuEu4S7hMuEy4TLhNuE24TbhOuE64TrhPuE+4T7hQuFC4ULhRuFG4UbhSuFK4UrhTuFO4U7hUuFS4VLhVuFW4VbhWuFa4VrhXuFe4V7hYuFi4WLhZuFm4WbhauFq4WrhbuFu4W7hcuFy4XLhduF24XbheuF64XrhfuF+4X7hguGC4YLhhuGG4YbhiuGK4YrhjuGO4Y7hkuGS4ZLhluGW4ZbhmuGa4ZrhnuGe4Z7houGi4aLhpuGm4abhquGq4arhruGu4a7hsuGy4bLhtuG24bbhuuG64brhvuG+4b7hwuHC4cLhxuHG4cbhyuHK4crhzuHO4c7h0uHS4dLh1uHW4dbh2uHa4drh3uHe4d7h4uHi4eLh5uHm4ebh6uHq4erh7uHu4e7h8uHy4fLh9uH24fbh+uH64frh/uH+4f7iAuIC4gLiBuIG4gbiCuIK4griDuIO4g7iEuIS4hLiFuIW4hbiGuIa4hriHuIe4h7iIuIi4iLiJuIm4ibiKuIq4iriLuIu4i7iMuIy4jLiNuI24jbiOuI64jriPuI+4j7iQuJC4kLiRuJG4kbiSuJK4kriTuJO4k7iUuJS4lLiVuJW4lbiWuJa4lriXuJe4l7iYuJi4mLiZuJm4mbiauJq4mribuJu4m7icuJy4nLiduJ24nbieuJ64nrifuJ+4n7iguKC4oLihuKG4obiiuKK4orijuKO4o7ikuKS4pLiluKW4pbimuKa4prinuKe4p7iouKi4qLipuKm4qbiquKq4qriruKu4q7isuKy4rLituK24rbiuuK64rrivuK+4r7iwuLC4sLixuLG4sbiyuLK4srizuLO4s7i0uLS4tLi1uLW4tbi2uLa4tri3uLe4t7i4uLi4uLi5uLm4ubi6uLq4uri7uLu4u7i8uLy4vLi9uL24vbi+uL64vri/uL+4v7jAuMC4wLjBuMG4wbjCuMK4wrjDuMO4w7jEuMS4xLjFuMW4xbjGuMa4xrjHuMe4x7jIuMi4yLjJuMm4ybjKuMq4yrjLuMu4y7jMuMy4zLjNuM24zbjOuM64zrjPuM+4z7jQuNC40LjRuNG40bjSuNK40rjTuNO407jUuNS41LjVuNW41bjWuNa41rjXuNe417jYuNi42LjZuNm42bjauNq42rjbuNu427jcuNy43LjduN243bjeuN643rjfuN+437jguOC44LjhuOG44bjiuOK44rjjuOO447jkuOS45LjluOW45bjmuOa45rjnuOe457jouOi46LjpuOm46bjquOq46rjruOu467jsuOy47LjtuO247bjuuO647rjvuO+477jwuPC48LjxuPG48bjyuPK48rjzuPO487j0uPS49Lj1uPW49bj2uPa49rj3uPe497j4uPi4+Lj5uPm4+bj6uPq4+rj7uPu4+7j8uPy4/Lj9uP24/bj+uP64/rj/uP+4/7gAuQC5ALkBuQG5AbkCuQK5ArkDuQO5A7kEuQS5BLkFuQW5BbkGuQa5BrkHuQe5B7kIuQi5CLkJuQm5CbkKuQq5CrkLuQu5C7kMuQy5DLkNuQ25DbkOuQ65DrkPuQ+5D7kQuRC5ELkRuRG5EbkSuRK5ErkTuRO5E7kUuRS5FLkVuRW5FbkWuRa5FrkXuRe5F7kYuRi5GLkZuRm5GbkauRq5GrkbuRu5G7kcuRy5HLkduR25HbkeuR65HrkfuR+5H7kguSC5ILkhuSG5IbkiuSK5IrkjuSO5I7kkuSS5JLkluSW5JbkmuSa5JrknuSe5J7kouSi5KLkpuSm5KbkquSq5KrkruSu5K7ksuSy5LLktuS25LbkuuS65LrkvuS+5L7kwuTC5MLkxuTG5MbkyuTK5MrkzuTO5M7k0uTS5NLk1uTW5Nbk2uTa5Nrk3uTe5N7k4uTi5OLk5uTm5Obk6uTq5Ork7uTu5O7k8uTy5PLk9uT25Pbk+uT65Prk/uT+5P7lAuUC5QLlBuUG5QblCuUK5QrlDuUO5Q7lEuUS5RLlFuUW5RblGuUa5RrlHuUe5R7lIuUi5SLlJuUm5SblKuUq5SrlLuUu5S7lMuUy5TLlNuU25TblOuU65TrlPuU+5T7lQuVC5ULlRuVG5UblSuVK5UrlTuVO5U7lUuVS5VLlVuVW5VblWuVa5VrlXuVe5V7lYuVi5WLlZuVm5WblauVq5WrlbuVu5W7lcuVy5XLlduV25XbleuV65XrlfuV+5X7lguWC5YLlhuWG5YbliuWK5YrljuWO5Y7lkuWS5ZLlluWW5ZblmuWa5ZrlnuWe5Z7louWi5aLlpuWm5ablquWq5arlruWu5a7lsuWy5bLltuW25bbluuW65brlvuW+5b7lwuXC5cLlxuXG5cblyuXK5crlzuXO5c7l0uXS5dLl1uXW5dbl2uXa5drl3uXe5d7l4uXi5eLl5uXm5ebl6uXq5erl7uXu5e7l8uXy5fLl9uX25fbl+uX65frl/uX+5f7mAuYC5gLmBuYG5gbmCuYK5grmDuYO5g7mEuYS5hLmFuYW5hbmGuYa5hrmHuYe5h7mIuYi5iLmJuYm5ibmKuYq5irmLuYu5i7mMuYy5jLmNuY25jbmOuY65jrmPuY+5j7mQuZC5kLmRuZG5kbmSuZK5krmTuZO5k7mUuZS5lLmVuZW5lbmWuZa5lrmXuZe5l7mYuZi5mLmZuZm5mbmauZq5mrmbuZu5m7mcuZy5nLmduZ25nbmeuZ65nrmfuZ+5n7mguaC5oLmhuaG5obmiuaK5ormjuaO5o7mkuaS5pLmluaW5pbmmuaa5prmnuae5p7mouai5qLmpuam5qbmquaq5qrmruau5q7msuay5rLmtua25rbmuua65rrmvua+5r7mwubC5sLmxubG5sbmyubK5srmzubO5s7m0ubS5tLm1ubW5tbm2uba5trm3ube5t7m4ubi5uLm5ubm5ubm6ubq5urm7ubu5u7m8uby5vLm9ub25vbm+ub65vrm/ub+5v7nAucC5wLnBucG5wbnCucK5wrnDucO5w7nEucS5xLnFucW5xbnGuca5xrnHuce5x7nIuci5yLnJucm5ybnKucq5yrnLucu5y7nMucy5zLnNuc25zbnOuc65zrnPuc+5z7nQudC50LnRudG50bnSudK50rnTudO507nUudS51LnVudW51bnWuda51rnXude517nYudi52LnZudm52bnaudq52rnbudu527ncudy53Lndud253bneud653rnfud+537ngueC54LnhueG54bniueK54rnjueO547nkueS55LnlueW55bnmuea55rnnuee557nouei56Lnpuem56bnqueq56rnrueu567nsuey57Lntue257bnuue657rnvue+577nwufC58LnxufG58bnyufK58rnzufO587n0ufS59Ln1ufW59bn2ufa59rn3ufe597n4ufi5+Ln5ufm5+bn6ufq5+rn7ufu5+7n8ufy5/Ln9uf25/bn+uf65/rn/uf+5/7kAugC6ALoBugG6AboCugK6AroDugO6A7oEugS6BLoFugW6BboGuga6BroHuge6B7oIugi6CLoJugm6CboKugq6CroLugu6C7oMugy6DLoNug26DboOug66DroPug+6D7oQuhC6ELoRuhG6EboSuhK6EroTuhO6E7oUuhS6FLoVuhW6FboWuha6FroXuhe6F7oYuhi6GLoZuhm6Gboauhq6Grobuhu6G7ocuhy6HLoduh26Hboeuh66Hrofuh+6H7oguiC6ILohuiG6IboiuiK6IrojuiO6I7okuiS6JLoluiW6Jbomuia6Jronuie6J7oouii6KLopuim6Kboquiq6Kroruiu6K7osuiy6LLotui26Lbouui66Lrovui+6L7owujC6MLoxujG6MboyujK6MrozujO6M7o0ujS6NLo1ujW6Nbo2uja6Nro3uje6N7o4uji6OLo5ujm6Obo6ujq6Oro7uju6O7o8ujy6PLo9uj26Pbo+uj66Pro/uj+6P7pAukC6QLpBukG6QbpCukK6QrpDukO6Q7pEukS6RLpFukW6RbpGuka6RrpHuke6R7pIuki6SLpJukm6SbpKukq6SrpLuku6S7pMuky6TLpNuk26TbpOuk66TrpPuk+6T7pQulC6ULpRulG6UbpSulK6UrpTulO6U7pUulS6VLpVulW6VbpWula6VrpXule6V7pYuli6WLpZulm6Wbpaulq6Wrpbulu6W7pculy6XLpdul26Xbpeul66Xrpful+6X7pgumC6YLphumG6YbpiumK6YrpjumO6Y7pkumS6ZLplumW6Zbpmuma6Zrpnume6Z7poumi6aLppumm6abpqumq6arprumu6a7psumy6bLptum26bbpuum66brpvum+6b7pwunC6cLpxunG6cbpyunK6crpzunO6c7p0unS6dLp1unW6dbp2una6drp3une6d7p4uni6eLp5unm6ebp6unq6erp7unu6e7p8uny6fLp9un26fbp+un66frp/un+6f7qAuoC6gLqBuoG6gbqCuoK6grqDuoO6g7qEuoS6hLqFuoW6hbqGuoa6hrqHuoe6h7qIuoi6iLqJuom6ibqKuoq6irqLuou6i7qMuoy6jLqNuo26jbqOuo66jrqPuo+6j7qQupC6kLqRupG6kbqSupK6krqTupO6k7qUupS6lLqVupW6lbqWupa6lrqXupe6l7qYupi6mLqZupm6mbqaupq6mrqbupu6m7qcupy6nLqdup26nbqeup66nrqfup+6n7qguqC6oLqhuqG6obqiuqK6orqjuqO6o7qkuqS6pLqluqW6pbqmuqa6prqnuqe6p7qouqi6qLqpuqm6qbqquqq6qrqruqu6q7qsuqy6rLqtuq26rbquuq66rrqvuq+6r7qwurC6sLqxurG6sbqyurK6srqzurO6s7q0urS6tLq1urW6tbq2ura6trq3ure6t7q4uri6uLq5urm6ubq6urq6urq7uru6u7q8ury6vLq9ur26vbq+ur66vrq/ur+6v7rAusC6wLrBusG6wbrCusK6wrrDusO6w7rEusS6xLrFusW6xbrGusa6xrrHuse6x7rIusi6yLrJusm6ybrKusq6yrrLusu6y7rMusy6zLrNus26zbrOus66zrrPus+6z7rQutC60LrRutG60brSutK60rrTutO607rUutS61LrVutW61brWuta61rrXute617rYuti62LrZutm62brautq62rrbutu627rcuty63Lrdut263breut663rrfut+637rguuC64LrhuuG64briuuK64rrjuuO647rkuuS65LrluuW65brmuua65rrnuue657rouui66Lrpuum66brquuq66rrruuu667rsuuy67Lrtuu267bruuu667rrvuu+677rwuvC68LrxuvG68bryuvK68rrzuvO687r0uvS69Lr1uvW69br2uva69rr3uve697r4uvi6+Lr5uvm6+br6uvq6+rr7uvu6+7r8uvy6/Lr9uv26/br+uv66/rr/uv+6/7oAuwC7ALsBuwG7AbsCuwK7ArsDuwO7A7sEuwS7BLsFuwW7BbsGuwa7BrsHuwe7B7sIuwi7CLsJuwm7CbsKuwq7CrsLuwu7C7sMuwy7DLsNuw27DbsOuw67DrsPuw+7D7sQuxC7ELsRuxG7EbsSuxK7ErsTuxO7E7sUuxS7FLsVuxW7FbsWuxa7FrsXuxe7F7sYuxi7GLsZuxm7Gbsauxq7Grsbuxu7G7scuxy7HLsdux27Hbseux67Hrsfux+7H7sguyC7ILshuyG7IbsiuyK7IrsjuyO7I7skuyS7JLsluyW7Jbsmuya7Jrsnuye7J7souyi7KLspuym7Kbsquyq7Krsruyu7K7ssuyy7LLstuy27Lbsuuy67Lrsvuy+7L7swuzC7MLsxuzG7MbsyuzK7MrszuzO7M7s0uzS7NLs1uzW7Nbs2uza7Nrs3uze7N7s4uzi7OLs5uzm7Obs6uzq7Ors7uzu7O7s8uzy7PLs9uz27Pbs+uz67Prs/uz+7P7tAu0C7QLtBu0G7QbtCu0K7QrtDu0O7Q7tEu0S7RLtFu0W7RbtGu0a7RrtHu0e7R7tIu0i7SLtJu0m7SbtKu0q7SrtLu0u7S7tMu0y7TLtNu027TbtOu067TrtPu0+7T7tQu1C7ULtRu1G7UbtSu1K7UrtTu1O7U7tUu1S7VLtVu1W7VbtWu1a7VrtXu1e7V7tYu1i7WLtZu1m7Wbtau1q7Wrtbu1u7W7tcu1y7XLtdu127Xbteu167Xrtfu1+7X7tgu2C7YLthu2G7Ybtiu2K7Yrtju2O7Y7tku2S7ZLtlu2W7Zbtmu2a7Zrtnu2e7Z7tou2i7aLtpu2m7abtqu2q7artru2u7a7tsu2y7bLttu227bbtuu267brtvu2+7b7twu3C7cLtxu3G7cbtyu3K7crtzu3O7c7t0u3S7dLt1u3W7dbt2u3a7drt3u3e7d7t4u3i7eLt5u3m7ebt6u3q7ert7u3u7e7t8u3y7fLt9u327fbt+u367frt/u3+7f7uAu4C7gLuBu4G7gbuCu4K7gruDu4O7g7uEu4S7hLuFu4W7hbuGu4a7hruHu4e7h7uIu4i7iLuJu4m7ibuKu4q7iruLu4u7i7uMu4y7jLuNu427jbuOu467jruPu4+7j7uQu5C7kLuRu5G7kbuSu5K7kruTu5O7k7uUu5S7lLuVu5W7lbuWu5a7lruXu5e7l7uYu5i7mLuZu5m7mbuau5q7mrubu5u7m7ucu5y7nLudu527nbueu567nrufu5+7n7ugu6C7oLuhu6G7obuiu6K7oruju6O7o7uku6S7pLulu6W7pbumu6a7prunu6e7p7uou6i7qLupu6m7qbuqu6q7qruru6u7q7usu6y7rLutu627rbuuu667rruvu6+7r7uwu7C7sLuxu7G7sbuyu7K7sruzu7O7s7u0u7S7tLu1u7W7tbu2u7a7tru3u7e7t7u4u7i7uLu5u7m7ubu6u7q7uru7u7u7u7u8u7y7vLu9u727vbu+u767vru/u7+7v7vAu8C7wLvBu8G7wbvCu8K7wrvDu8O7w7vEu8S7xLvFu8W7xbvGu8a7xrvHu8e7x7vIu8i7yLvJu8m7ybvKu8q7yrvLu8u7y7vMu8y7zLvNu827zbvOu867zrvPu8+7z7vQu9C70LvRu9G70bvSu9K70rvTu9O707vUu9S71LvVu9W71bvWu9a71rvXu9e717vYu9i72LvZu9m72bvau9q72rvbu9u727vcu9y73Lvdu9273bveu9673rvfu9+737vgu+C74Lvhu+G74bviu+K74rvju+O747vku+S75Lvlu+W75bvmu+a75rvnu+e757vou+i76Lvpu+m76bvqu+q76rvru+u767vsu+y77Lvtu+277bvuu+677rvvu++777vwu/C78Lvxu/G78bvyu/K78rvzu/O787v0u/S79Lv1u/W79bv2u/a79rv3u/e797v4u/i7+Lv5u/m7+bv6u/q7+rv7u/u7+7v8u/y7/Lv9u/27/bv+u/67/rv/u/+7/7sAvAC8ALwBvAG8AbwCvAK8ArwDvAO8A7wEvAS8BLwFvAW8BbwGvAa8BrwHvAe8B7wIvAi8CLwJvAm8CbwKvAq8CrwLvAu8C7wMvAy8DLwNvA28DbwOvA68DrwPvA+8D7wQvBC8ELwRvBG8EbwSvBK8ErwTvBO8E7wUvBS8FLwVvBW8FbwWvBa8FrwXvBe8F7wYvBi8GLwZvBm8GbwavBq8GrwbvBu8G7wcvBy8HLwdvB28HbwevB68HrwfvB+8H7wgvCC8ILwhvCG8IbwivCK8IrwjvCO8I7wkvCS8JLwlvCW8JbwmvCa8JrwnvCe8J7wovCi8KLwpvCm8KbwqvCq8KrwrvCu8K7wsvCy8LLwtvC28LbwuvC68LrwvvC+8L7wwvDC8MLwxvDG8MbwyvDK8MrwzvDO8M7w0vDS8NLw1vDW8Nbw2vDa8Nrw3vDe8N7w4vDi8OLw5vDm8Obw6vDq8Orw7vDu8O7w8vDy8PLw9vD28Pbw+vD68Prw/vD+8P7xAvEC8QLxBvEG8QbxCvEK8QrxDvEO8Q7xEvES8RLxFvEW8RbxGvEa8RrxHvEe8R7xIvEi8SLxJvEm8SbxKvEq8SrxLvEu8S7xMvEy8TLxNvE28TbxOvE68TrxPvE+8T7xQvFC8ULxRvFG8UbxSvFK8UrxTvFO8U7xUvFS8VLxVvFW8VbxWvFa8VrxXvFe8V7xYvFi8WLxZvFm8WbxavFq8WrxbvFu8W7xcvFy8XLxdvF28XbxevF68XrxfvF+8X7xgvGC8YLxhvGG8YbxivGK8YrxjvGO8Y7xkvGS8ZLxlvGW8ZbxmvGa8ZrxnvGe8Z7xovGi8aLxpvGm8abxqvGq8arxrvGu8a7xsvGy8bLxtvG28bbxuvG68brxvvG+8b7xwvHC8cLxxvHG8cbxyvHK8crxzvHO8c7x0vHS8dLx1vHW8dbx2vHa8drx3vHe8d7x4vHi8eLx5vHm8ebx6vHq8erx7vHu8e7x8vHy8fLx9vH28fbx+vH68frx/vH+8f7yAvIC8gLyBvIG8gbyCvIK8gryDvIO8g7yEvIS8hLyFvIW8hbyGvIa8hryHvIe8h7yIvIi8iLyJvIm8ibyKvIq8iryLvIu8i7yMvIy8jLyNvI28jbyOvI68jryPvI+8j7yQvJC8kLyRvJG8kbySvJK8kryTvJO8k7yUvJS8lLyVvJW8lbyWvJa8lryXvJe8l7yYvJi8mLyZvJm8mbyavJq8mrybvJu8m7ycvJy8nLydvJ28nbyevJ68nryfvJ+8n7ygvKC8oLyhvKG8obyivKK8oryjvKO8o7ykvKS8pLylvKW8pbymvKa8prynvKe8p7yovKi8qLypvKm8qbyqvKq8qryrvKu8q7ysvKy8rLytvK28rbyuvK68rryvvK+8r7ywvLC8sLyxvLG8sbyyvLK8sryzvLO8s7y0vLS8tLy1vLW8tby2vLa8try3vLe8t7y4vLi8uLy5vLm8uby6vLq8ury7vLu8u7y8vLy8vLy9vL28vby+vL68vry/vL+8v7zAvMC8wLzBvMG8wbzCvMK8wrzDvMO8w7zEvMS8xLzFvMW8xbzGvMa8xrzHvMe8x7zIvMi8yLzJvMm8ybzKvMq8yrzLvMu8y7zMvMy8zLzNvM28zbzOvM68zrzPvM+8z7zQvNC80LzRvNG80bzSvNK80rzTvNO807zUvNS81LzVvNW81bzWvNa81rzXvNe817zYvNi82LzZvNm82bzavNq82rzbvNu827zcvNy83LzdvN283bzevN683rzfvN+837zgvOC84LzhvOG84bzivOK84rzjvOO847zkvOS85LzlvOW85bzmvOa85rznvOe857zovOi86LzpvOm86bzqvOq86rzrvOu867zsvOy87LztvO287bzuvO687rzvvO+877zwvPC88LzxvPG88bzyvPK88rzzvPO887z0vPS89Lz1vPW89bz2vPa89rz3vPe897z4vPi8+Lz5vPm8+bz6vPq8+rz7vPu8+7z8vPy8/Lz9vP28/bz+vP68/rz/vP+8/7wAvQC9AL0BvQG9Ab0CvQK9Ar0DvQO9A70EvQS9BL0FvQW9Bb0GvQa9Br0HvQe9B70IvQi9CL0JvQm9Cb0KvQq9Cr0LvQu9C70MvQy9DL0NvQ29Db0OvQ69Dr0PvQ+9D70QvRC9EL0RvRG9Eb0SvRK9Er0TvRO9E70UvRS9FL0VvRW9Fb0WvRa9Fr0XvRe9F70YvRi9GL0ZvRm9Gb0avRq9Gr0bvRu9G70cvRy9HL0dvR29Hb0evR69Hr0fvR+9H70gvSC9IL0hvSG9Ib0ivSK9Ir0jvSO9I70kvSS9JL0lvSW9Jb0mvSa9Jr0nvSe9J70ovSi9KL0pvSm9Kb0qvSq9Kr0rvSu9K70svSy9LL0tvS29Lb0uvS69Lr0vvS+9L70wvTC9ML0xvTG9Mb0yvTK9Mr0zvTO9M700vTS9NL01vTW9Nb02vTa9Nr03vTe9N704vTi9OL05vTm9Ob06vTq9Or07vTu9O708vTy9PL09vT29Pb0+vT69Pr0/vT+9P71AvUC9QL1BvUG9Qb1CvUK9Qr1DvUO9Q71EvUS9RL1FvUW9Rb1GvUa9Rr1HvUe9R71IvUi9SL1JvUm9Sb1KvUq9Sr1LvUu9S71MvUy9TL1NvU29Tb1OvU69Tr1PvU+9T71QvVC9UL1RvVG9Ub1SvVK9Ur1TvVO9U71UvVS9VL1VvVW9Vb1WvVa9Vr1XvVe9V71YvVi9WL1ZvVm9Wb1avVq9Wr1bvVu9W71cvVy9XL1dvV29Xb1evV69Xr1fvV+9X71gvWC9YL1hvWG9Yb1ivWK9Yr1jvWO9Y71kvWS9ZL1lvWW9Zb1mvWa9Zr1nvWe9Z71ovWi9aL1pvWm9ab1qvWq9ar1rvWu9a71svWy9bL1tvW29bb1uvW69br1vvW+9b71wvXC9cL1xvXG9cb1yvXK9cr1zvXO9c710vXS9dL11vXW9db12vXa9dr13vXe9d714vXi9eL15vXm9eb16vXq9er17vXu9e718vXy9fL19vX29fb1+vX69fr1/vX+9f72AvYC9gL2BvYG9gb2CvYK9gr2DvYO9g72EvYS9hL2FvYW9hb2GvYa9hr2HvYe9h72IvYi9iL2JvYm9ib2KvYq9ir2LvYu9i72MvYy9jL2NvY29jb2OvY69jr2PvY+9j72QvZC9kL2RvZG9kb2SvZK9kr2TvZO9k72UvZS9lL2VvZW9lb2WvZa9lr2XvZe9l72YvZi9mL2ZvZm9mb2avZq9mr2bvZu9m72cvZy9nL2dvZ29nb2evZ69nr2fvZ+9n72gvaC9oL2hvaG9ob2ivaK9or2jvaO9o72kvaS9pL2lvaW9pb2mvaa9pr2nvae9p72ovai9qL2pvam9qb2qvaq9qr2rvau9q72svay9rL2tva29rb2uva69rr2vva+9r72wvbC9sL2xvbG9sb2yvbK9sr2zvbO9s720vbS9tL21vbW9tb22vba9tr23vbe9t724vbi9uL25vbm9ub26vbq9ur27vbu9u728vby9vL29vb29vb2+vb69vr2/vb+9v73AvcC9wL3BvcG9wb3CvcK9wr3DvcO9w73EvcS9xL3FvcW9xb3Gvca9xr3Hvce9x73Ivci9yL3Jvcm9yb3Kvcq9yr3Lvcu9y73Mvcy9zL3Nvc29zb3Ovc69zr3Pvc+9z73QvdC90L3RvdG90b3SvdK90r3TvdO9073UvdS91L3VvdW91b3Wvda91r3Xvde9173Yvdi92L3Zvdm92b3avdq92r3bvdu9273cvdy93L3dvd293b3evd693r3fvd+9373gveC94L3hveG94b3iveK94r3jveO9473kveS95L3lveW95b3mvea95r3nvee9573ovei96L3pvem96b3qveq96r3rveu9673svey97L3tve297b3uve697r3vve+9773wvfC98L3xvfG98b3yvfK98r3zvfO98730vfS99L31vfW99b32vfa99r33vfe99734vfi9+L35vfm9+b36vfq9+r37vfu9+738vfy9/L39vf29/b3+vf69/r3/vf+9/70AvgC+AL4BvgG+Ab4CvgK+Ar4DvgO+A74EvgS+BL4FvgW+Bb4Gvga+Br4Hvge+B74Ivgi+CL4Jvgm+Cb4Kvgq+Cr4Lvgu+C74Mvgy+DL4Nvg2+Db4Ovg6+Dr4Pvg++D74QvhC+EL4RvhG+Eb4SvhK+Er4TvhO+E74UvhS+FL4VvhW+Fb4Wvha+Fr4Xvhe+F74Yvhi+GL4Zvhm+Gb4avhq+Gr4bvhu+G74cvhy+HL4dvh2+Hb4evh6+Hr4fvh++H74gviC+IL4hviG+Ib4iviK+Ir4jviO+I74kviS+JL4lviW+Jb4mvia+Jr4nvie+J74ovii+KL4pvim+Kb4qviq+Kr4rviu+K74sviy+LL4tvi2+Lb4uvi6+Lr4vvi++L74wvjC+ML4xvjG+Mb4yvjK+Mr4zvjO+M740vjS+NL41vjW+Nb42vja+Nr43vje+N744vji+OL45vjm+Ob46vjq+Or47vju+O748vjy+PL49vj2+Pb4+vj6+Pr4/vj++P75AvkC+QL5BvkG+Qb5CvkK+Qr5DvkO+Q75EvkS+RL5FvkW+Rb5Gvka+Rr5Hvke+R75Ivki+SL5Jvkm+Sb5Kvkq+Sr5Lvku+S75Mvky+TL5Nvk2+Tb5Ovk6+Tr5Pvk++T75QvlC+UL5RvlG+Ub5SvlK+Ur5TvlO+U75UvlS+VL5VvlW+Vb5Wvla+Vr5Xvle+V75Yvli+WL5Zvlm+Wb5avlq+Wr5bvlu+W75cvly+XL5dvl2+Xb5evl6+Xr5fvl++X75gvmC+YL5hvmG+Yb5ivmK+Yr5jvmO+Y75kvmS+ZL5lvmW+Zb5mvma+Zr5nvme+Z75ovmi+aL5pvmm+ab5qvmq+ar5rvmu+a75svmy+bL5tvm2+bb5uvm6+br5vvm++b75wvnC+cL5xvnG+cb5yvnK+cr5zvnO+c750vnS+dL51vnW+db52vna+dr53vne+d754vni+eL55vnm+eb56vnq+er57vnu+e758vny+fL59vn2+fb5+vn6+fr5/vn++f76AvoC+gL6BvoG+gb6CvoK+gr6DvoO+g76EvoS+hL6FvoW+hb6Gvoa+hr6Hvoe+h76Ivoi+iL6Jvom+ib6Kvoq+ir6Lvou+i76Mvoy+jL6Nvo2+jb6Ovo6+jr6Pvo++j76QvpC+kL6RvpG+kb6SvpK+kr6TvpO+k76UvpS+lL6VvpW+lb6Wvpa+lr6Xvpe+l76Yvpi+mL6Zvpm+mb6avpq+mr6bvpu+m76cvpy+nL6dvp2+nb6evp6+nr6fvp++n76gvqC+oL6hvqG+ob6ivqK+or6jvqO+o76kvqS+pL6lvqW+pb6mvqa+pr6nvqe+p76ovqi+qL6pvqm+qb6qvqq+qr6rvqu+q76svqy+rL6tvq2+rb6uvq6+rr6vvq++r76wvrC+sL6xvrG+sb6yvrK+sr6zvrO+s760vrS+tL61vrW+tb62vra+tr63vre+t764vri+uL65vrm+ub66vrq+ur67vru+u768vry+vL69vr2+vb6+vr6+vr6/vr++v77AvsC+wL7BvsG+wb7CvsK+wr7DvsO+w77EvsS+xL7FvsW+xb7Gvsa+xr7Hvse+x77Ivsi+yL7Jvsm+yb7Kvsq+yr7Lvsu+y77Mvsy+zL7Nvs2+zb7Ovs6+zr7Pvs++z77QvtC+0L7RvtG+0b7SvtK+0r7TvtO+077UvtS+1L7VvtW+1b7Wvta+1r7Xvte+177Yvti+2L7Zvtm+2b7avtq+2r7bvtu+277cvty+3L7dvt2+3b7evt6+3r7fvt++377gvuC+4L7hvuG+4b7ivuK+4r7jvuO+477kvuS+5L7lvuW+5b7mvua+5r7nvue+577ovui+6L7pvum+6b7qvuq+6r7rvuu+677svuy+7L7tvu2+7b7uvu6+7r7vvu++777wvvC+8L7xvvG+8b7yvvK+8r7zvvO+8770vvS+9L71vvW+9b72vva+9r73vve+9774vvi++L75vvm++b76vvq++r77vvu++778vvy+/L79vv2+/b7+vv6+/r7/vv++/74AvwC/AL8BvwG/Ab8CvwK/Ar8DvwO/A78EvwS/BL8FvwW/Bb8Gvwa/Br8Hvwe/B78Ivwi/CL8Jvwm/Cb8Kvwq/Cr8Lvwu/C78Mvwy/DL8Nvw2/Db8Ovw6/Dr8Pvw+/D78QvxC/EL8RvxG/Eb8SvxK/Er8TvxO/E78UvxS/FL8VvxW/Fb8Wvxa/Fr8Xvxe/F78Yvxi/GL8Zvxm/Gb8avxq/Gr8bvxu/G78cvxy/HL8dvx2/Hb8evx6/Hr8fvx+/H78gvyC/IL8hvyG/Ib8ivyK/Ir8jvyO/I78kvyS/JL8lvyW/Jb8mvya/Jr8nvye/J78ovyi/KL8pvym/Kb8qvyq/Kr8rvyu/K78svyy/LL8tvy2/Lb8uvy6/Lr8vvy+/L78wvzC/ML8xvzG/Mb8yvzK/Mr8zvzO/M780vzS/NL81vzW/Nb82vza/Nr83vze/N784vzi/OL85vzm/Ob86vzq/Or87vzu/O788vzy/PL89vz2/Pb8+vz6/Pr8/vz+/P79Av0C/QL9Bv0G/Qb9Cv0K/Qr9Dv0O/Q79Ev0S/RL9Fv0W/Rb9Gv0a/Rr9Hv0e/R79Iv0i/SL9Jv0m/Sb9Kv0q/Sr9Lv0u/S79Mv0y/TL9Nv02/Tb9Ov06/Tr9Pv0+/T79Qv1C/UL9Rv1G/Ub9Sv1K/Ur9Tv1O/U79Uv1S/VL9Vv1W/Vb9Wv1a/Vr9Xv1e/V79Yv1i/WL9Zv1m/Wb9av1q/Wr9bv1u/W79cv1y/XL9dv12/Xb9ev16/Xr9fv1+/X79gv2C/YL9hv2G/Yb9iv2K/Yr9jv2O/Y79kv2S/ZL9lv2W/Zb9mv2a/Zr9nv2e/Z79ov2i/aL9pv2m/ab9qv2q/ar9rv2u/a79sv2y/bL9tv22/bb9uv26/br9vv2+/b79wv3C/cL9xv3G/cb9yv3K/cr9zv3O/c790v3S/dL91v3W/db92v3a/dr93v3e/d794v3i/eL95v3m/eb96v3q/er97v3u/e798v3y/fL99v32/fb9+v36/fr9/v3+/f7+Av4C/gL+Bv4G/gb+Cv4K/gr+Dv4O/g7+Ev4S/hL+Fv4W/hb+Gv4a/hr+Hv4e/h7+Iv4i/iL+Jv4m/ib+Kv4q/ir+Lv4u/i7+Mv4y/jL+Nv42/jb+Ov46/jr+Pv4+/j7+Qv5C/kL+Rv5G/kb+Sv5K/kr+Tv5O/k7+Uv5S/lL+Vv5W/lb+Wv5a/lr+Xv5e/l7+Yv5i/mL+Zv5m/mb+av5q/mr+bv5u/m7+cv5y/nL+dv52/nb+ev56/nr+fv5+/n7+gv6C/oL+hv6G/ob+iv6K/or+jv6O/o7+kv6S/pL+lv6W/pb+mv6a/pr+nv6e/p7+ov6i/qL+pv6m/qb+qv6q/qr+rv6u/q7+sv6y/rL+tv62/rb+uv66/rr+vv6+/r7+wv7C/sL+xv7G/sb+yv7K/sr+zv7O/s7+0v7S/tL+1v7W/tb+2v7a/tr+3v7e/t7+4v7i/uL+5v7m/ub+6v7q/ur+7v7u/u7+8v7y/vL+9v72/vb++v76/vr+/v7+/v7/Av8C/wL/Bv8G/wb/Cv8K/wr/Dv8O/w7/Ev8S/xL/Fv8W/xb/Gv8a/xr/Hv8e/x7/Iv8i/yL/Jv8m/yb/Kv8q/yr/Lv8u/y7/Mv8y/zL/Nv82/zb/Ov86/zr/Pv8+/z7/Qv9C/0L/Rv9G/0b/Sv9K/0r/Tv9O/07/Uv9S/1L/Vv9W/1b/Wv9a/1r/Xv9e/17/Yv9i/2L/Zv9m/2b/av9q/2r/bv9u/27/cv9y/3L/dv92/3b/ev96/3r/fv9+/37/gv+C/4L/hv+G/4b/iv+K/4r/jv+O/47/kv+S/5L/lv+W/5b/mv+a/5r/nv+e/57/ov+i/6L/pv+m/6b/qv+q/6r/rv+u/67/sv+y/7L/tv+2/7b/uv+6/7r/vv++/77/wv/C/8L/xv/G/8b/yv/K/8r/zv/O/87/0v/S/9L/1v/W/9b/2v/a/9r/3v/e/97/4v/i/+L/5v/m/+b/6v/q/+r/7v/u/+7/8v/y//L/9v/2//b/+v/6//r//v/+//78AwADAAMABwAHAAcACwALAAsADwAPAA8AEwATABMAFwAXABcAGwAbABsAHwAfAB8AIwAjACMAJwAnACcAKwArACsALwAvAC8AMwAzADMANwA3ADcAOwA7ADsAPwA/AD8AQwBDAEMARwBHAEcASwBLAEsATwBPAE8AUwBTAFMAVwBXAFcAWwBbAFsAXwBfAF8AYwBjAGMAZwBnAGcAawBrAGsAbwBvAG8AcwBzAHMAdwB3AHcAewB7AHsAfwB/AH8AgwCDAIMAhwCHAIcAiwCLAIsAjwCPAI8AkwCTAJMAlwCXAJcAmwCbAJsAnwCfAJ8AowCjAKMApwCnAKcAqwCrAKsArwCvAK8AswCzALMAtwC3ALcAuwC7ALsAvwC/AL8AwwDDAMMAxwDHAMcAywDLAMsAzwDPAM8A0wDTANMA1wDXANcA2wDbANsA3wDfAN8A4wDjAOMA5wDnAOcA6wDrAOsA7wDvAO8A8wDzAPMA9wD3APcA+wD7APsA/wD/AP8BAwEDAQMBBwEHAQcBCwELAQsBDwEPAQ8BEwETARMBFwEXARcBGwEbARsBHwEfAR8BIwEjASMBJwEnAScBKwErASsBLwEvAS8BMwEzATMBNwE3ATcBOwE7ATsBPwE/AT8BQwFDAUMBRwFHAUcBSwFLAUsBTwFPAU8BUwFTAVMBVwFXAVcBWwFbAVsBXwFfAV8BYwFjAWMBZwFnAWcBawFrAWsBbwFvAW8BcwFzAXMBdwF3AXcBewF7AXsBfwF/AX8BgwGDAYMBhwGHAYcBiwGLAYsBjwGPAY8BkwGTAZMBlwGXAZcBmwGbAZsBnwGfAZ8BowGjAaMBpwGnAacBqwGrAasBrwGvAa8BswGzAbMBtwG3AbcBuwG7AbsBvwG/Ab8BwwHDAcMBxwHHAccBywHLAcsBzwHPAc8B0wHTAdMB1wHXAdcB2wHbAdsB3wHfAd8B4wHjAeMB5wHnAecB6wHrAesB7wHvAe8B8wHzAfMB9wH3AfcB+wH7AfsB/wH/Af8CAwIDAgMCBwIHAgcCCwILAgsCDwIPAg8CEwITAhMCFwIXAhcCGwIbAhsCHwIfAh8CIwIjAiMCJwInAicCKwIrAisCLwIvAi8CMwIzAjMCNwI3AjcCOwI7AjsCPwI/Aj8CQwJDAkMCRwJHAkcCSwJLAksCTwJPAk8CUwJTAlMCVwJXAlcCWwJbAlsCXwJfAl8CYwJjAmMCZwJnAmcCawJrAmsCbwJvAm8CcwJzAnMCdwJ3AncCewJ7AnsCfwJ/An8CgwKDAoMChwKHAocCiwKLAosCjwKPAo8CkwKTApMClwKXApcCmwKbApsCnwKfAp8CowKjAqMCpwKnAqcCqwKrAqsCrwKvAq8CswKzArMCtwK3ArcCuwK7ArsCvwK/Ar8CwwLDAsMCxwLHAscCywLLAssCzwLPAs8C0wLTAtMC1wLXAtcC2wLbAtsC3wLfAt8C4wLjAuMC5wLnAucC6wLrAusC7wLvAu8C8wLzAvMC9wL3AvcC+wL7AvsC/wL/Av8DAwMDAwMDBwMHAwcDCwMLAwsDDwMPAw8DEwMTAxMDFwMXAxcDGwMbAxsDHwMfAx8DIwMjAyMDJwMnAycDKwMrAysDLwMvAy8DMwMzAzMDNwM3AzcDOwM7AzsDPwM/Az8DQwNDA0MDRwNHA0cDSwNLA0sDTwNPA08DUwNTA1MDVwNXA1cDWwNbA1sDXwNfA18DYwNjA2MDZwNnA2cDawNrA2sDbwNvA28DcwNzA3MDdwN3A3cDewN7A3sDfwN/A38DgwODA4MDhwOHA4cDiwOLA4sDjwOPA48DkwOTA5MDlwOXA5cDmwObA5sDnwOfA58DowOjA6MDpwOnA6cDqwOrA6sDrwOvA68DswOzA7MDtwO3A7cDuwO7A7sDvwO/A78DwwPDA8MDxwPHA8cDywPLA8sDzwPPA88D0wPTA9MD1wPXA9cD2wPbA9sD3wPfA98D4wPjA+MD5wPnA+cD6wPrA+sD7wPvA+8D8wPzA/MD9wP3A/cD+wP7A/sD/wP/A/8AAwQDBAMEBwQHBAcECwQLBAsEDwQPBA8EEwQTBBMEFwQXBBcEGwQbBBsEHwQfBB8EIwQjBCMEJwQnBCcEKwQrBCsELwQvBC8EMwQzBDMENwQ3BDcEOwQ7BDsEPwQ/BD8EQwRDBEMERwRHBEcESwRLBEsETwRPBE8EUwRTBFMEVwRXBFcEWwRbBFsEXwRfBF8EYwRjBGMEZwRnBGcEawRrBGsEbwRvBG8EcwRzBHMEdwR3BHcEewR7BHsEfwR/BH8EgwSDBIMEhwSHBIcEiwSLBIsEjwSPBI8EkwSTBJMElwSXBJcEmwSbBJsEnwSfBJ8EowSjBKMEpwSnBKcEqwSrBKsErwSvBK8EswSzBLMEtwS3BLcEuwS7BLsEvwS/BL8EwwTDBMMExwTHBMcEywTLBMsEzwTPBM8E0wTTBNME1wTXBNcE2wTbBNsE3wTfBN8E4wTjBOME5wTnBOcE6wTrBOsE7wTvBO8E8wTzBPME9wT3BPcE+wT7BPsE/wT/BP8FAwUDBQMFBwUHBQcFCwULBQsFDwUPBQ8FEwUTBRMFFwUXBRcFGwUbBRsFHwUfBR8FIwUjBSMFJwUnBScFKwUrBSsFLwUvBS8FMwUzBTMFNwU3BTcFOwU7BTsFPwU/BT8FQwVDBUMFRwVHBUcFSwVLBUsFTwVPBU8FUwVTBVMFVwVXBVcFWwVbBVsFXwVfBV8FYwVjBWMFZwVnBWcFawVrBWsFbwVvBW8FcwVzBXMFdwV3BXcFewV7BXsFfwV/BX8FgwWDBYMFhwWHBYcFiwWLBYsFjwWPBY8FkwWTBZMFlwWXBZcFmwWbBZsFnwWfBZ8FowWjBaMFpwWnBacFqwWrBasFrwWvBa8FswWzBbMFtwW3BbcFuwW7BbsFvwW/Bb8FwwXDBcMFxwXHBccFywXLBcsFzwXPBc8F0wXTBdMF1wXXBdcF2wXbBdsF3wXfBd8F4wXjBeMF5wXnBecF6wXrBesF7wXvBe8F8wXzBfMF9wX3BfcF+wX7BfsF/wX/Bf8GAwYDBgMGBwYHBgcGCwYLBgsGDwYPBg8GEwYTBhMGFwYXBhcGGwYbBhsGHwYfBh8GIwYjBiMGJwYnBicGKwYrBisGLwYvBi8GMwYzBjMGNwY3BjcGOwY7BjsGPwY/Bj8GQwZDBkMGRwZHBkcGSwZLBksGTwZPBk8GUwZTBlMGVwZXBlcGWwZbBlsGXwZfBl8GYwZjBmMGZwZnBmcGawZrBmsGbwZvBm8GcwZzBnMGdwZ3BncGewZ7BnsGfwZ/Bn8GgwaDBoMGhwaHBocGiwaLBosGjwaPBo8GkwaTBpMGlwaXBpcGmwabBpsGnwafBp8GowajBqMGpwanBqcGqwarBqsGrwavBq8GswazBrMGtwa3BrcGuwa7BrsGvwa/Br8GwwbDBsMGxwbHBscGywbLBssGzwbPBs8G0wbTBtMG1wbXBtcG2wbbBtsG3wbfBt8G4wbjBuMG5wbnBucG6wbrBusG7wbvBu8G8wbzBvMG9wb3BvcG+wb7BvsG/wb/Bv8HAwcDBwMHBwcHBwcHCwcLBwsHDwcPBw8HEwcTBxMHFwcXBxcHGwcbBxsHHwcfBx8HIwcjByMHJwcnBycHKwcrBysHLwcvBy8HMwczBzMHNwc3BzcHOwc7BzsHPwc/Bz8HQwdDB0MHRwdHB0cHSwdLB0sHTwdPB08HUwdTB1MHVwdXB1cHWwdbB1sHXwdfB18HYwdjB2MHZwdnB2cHawdrB2sHbwdvB28HcwdzB3MHdwd3B3cHewd7B3sHfwd/B38HgweDB4MHhweHB4cHiweLB4sHjwePB48HkweTB5MHlweXB5cHmwebB5sHnwefB58HowejB6MHpwenB6cHqwerB6sHrwevB68HswezB7MHtwe3B7cHuwe7B7sHvwe/B78HwwfDB8MHxwfHB8cHywfLB8sHzwfPB88H0wfTB9MH1wfXB9cH2wfbB9sH3wffB98H4wfjB+MH5wfnB+cH6wfrB+sH7wfvB+8H8wfzB/MH9wf3B/cH+wf7B/sH/wf/B/8EAwgDCAMIBwgHCAcICwgLCAsIDwgPCA8IEwgTCBMIFwgXCBcIGwgbCBsIHwgfCB8IIwgjCCMIJwgnCCcIKwgrCCsILwgvCC8IMwgzCDMINwg3CDcIOwg7CDsIPwg/CD8IQwhDCEMIRwhHCEcISwhLCEsITwhPCE8IUwhTCFMIVwhXCFcIWwhbCFsIXwhfCF8IYwhjCGMIZwhnCGcIawhrCGsIbwhvCG8IcwhzCHMIdwh3CHcIewh7CHsIfwh/CH8IgwiDCIMIhwiHCIcIiwiLCIsIjwiPCI8IkwiTCJMIlwiXCJcImwibCJsInwifCJ8IowijCKMIpwinCKcIqwirCKsIrwivCK8IswizCLMItwi3CLcIuwi7CLsIvwi/CL8IwwjDCMMIxwjHCMcIywjLCMsIzwjPCM8I0wjTCNMI1wjXCNcI2wjbCNsI3wjfCN8I4wjjCOMI5wjnCOcI6wjrCOsI7wjvCO8I8wjzCPMI9wj3CPcI+wj7CPsI/wj/CP8JAwkDCQMJBwkHCQcJCwkLCQsJDwkPCQ8JEwkTCRMJFwkXCRcJGwkbCRsJHwkfCR8JIwkjCSMJJwknCScJKwkrCSsJLwkvCS8JMwkzCTMJNwk3CTcJOwk7CTsJPwk/CT8JQwlDCUMJRwlHCUcJSwlLCUsJTwlPCU8JUwlTCVMJVwlXCVcJWwlbCVsJXwlfCV8JYwljCWMJZwlnCWcJawlrCWsJbwlvCW8JcwlzCXMJdwl3CXcJewl7CXsJfwl/CX8JgwmDCYMJhwmHCYcJiwmLCYsJjwmPCY8JkwmTCZMJlwmXCZcJmwmbCZsJnwmfCZ8JowmjCaMJpwmnCacJqwmrCasJrwmvCa8JswmzCbMJtwm3CbcJuwm7CbsJvwm/Cb8JwwnDCcMJxwnHCccJywnLCcsJzwnPCc8J0wnTCdMJ1wnXCdcJ2wnbCdsJ3wnfCd8J4wnjCeMJ5wnnCecJ6wnrCesJ7wnvCe8J8wnzCfMJ9wn3CfcJ+wn7CfsJ/wn/Cf8KAwoDCgMKBwoHCgcKCwoLCgsKDwoPCg8KEwoTChMKFwoXChcKGwobChsKHwofCh8KIwojCiMKJwonCicKKworCisKLwovCi8KMwozCjMKNwo3CjcKOwo7CjsKPwo/Cj8KQwpDCkMKRwpHCkcKSwpLCksKTwpPCk8KUwpTClMKVwpXClcKWwpbClsKXwpfCl8KYwpjCmMKZwpnCmcKawprCmsKbwpvCm8KcwpzCnMKdwp3CncKewp7CnsKfwp/Cn8KgwqDCoMKhwqHCocKiwqLCosKjwqPCo8KkwqTCpMKlwqXCpcKmwqbCpsKnwqfCp8KowqjCqMKpwqnCqcKqwqrCqsKrwqvCq8KswqzCrMKtwq3CrcKuwq7CrsKvwq/Cr8KwwrDCsMKxwrHCscKywrLCssKzwrPCs8K0wrTCtMK1wrXCtcK2wrbCtsK3wrfCt8K4wrjCuMK5wrnCucK6wrrCusK7wrvCu8K8wrzCvMK9wr3CvcK+wr7CvsK/wr/Cv8LAwsDCwMLBwsHCwcLCwsLCwsLDwsPCw8LEwsTCxMLFwsXCxcLGwsbCxsLHwsfCx8LIwsjCyMLJwsnCycLKwsrCysLLwsvCy8LMwszCzMLNws3CzcLOws7CzsLPws/Cz8LQwtDC0MLRwtHC0cLSwtLC0sLTwtPC08LUwtTC1MLVwtXC1cLWwtbC1sLXwtfC18LYwtjC2MLZwtnC2cLawtrC2sLbwtvC28LcwtzC3MLdwt3C3cLewt7C3sLfwt/C38LgwuDC4MLhwuHC4cLiwuLC4sLjwuPC48LkwuTC5MLlwuXC5cLmwubC5sLnwufC58LowujC6MLpwunC6cLqwurC6sLrwuvC68LswuzC7MLtwu3C7cLuwu7C7sLvwu/C78LwwvDC8MLxwvHC8cLywvLC8sLzwvPC88L0wvTC9ML1wvXC9cL2wvbC9sL3wvfC98L4wvjC+ML5wvnC+cL6wvrC+sL7wvvC+8L8wvzC/ML9wv3C/cL+wv7C/sL/wv/C/8IAwwDDAMMBwwHDAcMCwwLDAsMDwwPDA8MEwwTDBMMFwwXDBcMGwwbDBsMHwwfDB8MIwwjDCMMJwwnDCcMKwwrDCsMLwwvDC8MMwwzDDMMNww3DDcMOww7DDsMPww/DD8MQwxDDEMMRwxHDEcMSwxLDEsMTwxPDE8MUwxTDFMMVwxXDFcMWwxbDFsMXwxfDF8MYwxjDGMMZwxnDGcMawxrDGsMbwxvDG8McwxzDHMMdwx3DHcMewx7DHsMfwx/DH8MgwyDDIMMhwyHDIcMiwyLDIsMjwyPDI8MkwyTDJMMlwyXDJcMmwybDJsMnwyfDJ8MowyjDKMMpwynDKcMqwyrDKsMrwyvDK8MswyzDLMMtwy3DLcMuwy7DLsMvwy/DL8MwwzDDMMMxwzHDMcMywzLDMsMzwzPDM8M0wzTDNMM1wzXDNcM2wzbDNsM3wzfDN8M4wzjDOMM5wznDOcM6wzrDOsM7wzvDO8M8wzzDPMM9wz3DPcM+wz7DPsM/wz/DP8NAw0DDQMNBw0HDQcNCw0LDQsNDw0PDQ8NEw0TDRMNFw0XDRcNGw0bDRsNHw0fDR8NIw0jDSMNJw0nDScNKw0rDSsNLw0vDS8NMw0zDTMNNw03DTcNOw07DTsNPw0/DT8NQw1DDUMNRw1HDUcNSw1LDUsNTw1PDU8NUw1TDVMNVw1XDVcNWw1bDVsNXw1fDV8NYw1jDWMNZw1nDWcNaw1rDWsNbw1vDW8Ncw1zDXMNdw13DXcNew17DXsNfw1/DX8Ngw2DDYMNhw2HDYcNiw2LDYsNjw2PDY8Nkw2TDZMNlw2XDZcNmw2bDZsNnw2fDZ8Now2jDaMNpw2nDacNqw2rDasNrw2vDa8Nsw2zDbMNtw23DbcNuw27DbsNvw2/Db8Nww3DDcMNxw3HDccNyw3LDcsNzw3PDc8N0w3TDdMN1w3XDdcN2w3bDdsN3w3fDd8N4w3jDeMN5w3nDecN6w3rDesN7w3vDe8N8w3zDfMN9w33DfcN+w37DfsN/w3/Df8OAw4DDgMOBw4HDgcOCw4LDgsODw4PDg8OEw4TDhMOFw4XDhcOGw4bDhsOHw4fDh8OIw4jDiMOJw4nDicOKw4rDisOLw4vDi8OMw4zDjMONw43DjcOOw47DjsOPw4/Dj8OQw5DDkMORw5HDkcOSw5LDksOTw5PDk8OUw5TDlMOVw5XDlcOWw5bDlsOXw5fDl8OYw5jDmMOZw5nDmcOaw5rDmsObw5vDm8Ocw5zDnMOdw53DncOew57DnsOfw5/Dn8Ogw6DDoMOhw6HDocOiw6LDosOjw6PDo8Okw6TDpMOlw6XDpcOmw6bDpsOnw6fDp8Oow6jDqMOpw6nDqcOqw6rDqsOrw6vDq8Osw6zDrMOtw63DrcOuw67DrsOvw6/Dr8Oww7DDsMOxw7HDscOyw7LDssOzw7PDs8O0w7TDtMO1w7XDtcO2w7bDtsO3w7fDt8O4w7jDuMO5w7nDucO6w7rDusO7w7vDu8O8w7zDvMO9w73DvcO+w77DvsO/w7/Dv8PAw8DDwMPBw8HDwcPCw8LDwsPDw8PDw8PEw8TDxMPFw8XDxcPGw8bDxsPHw8fDx8PIw8jDyMPJw8nDycPKw8rDysPLw8vDy8PMw8zDzMPNw83DzcPOw87DzsPPw8/Dz8PQw9DD0MPRw9HD0cPSw9LD0sPTw9PD08PUw9TD1MPVw9XD1cPWw9bD1sPXw9fD18PYw9jD2MPZw9nD2cPaw9rD2sPbw9vD28Pcw9zD3MPdw93D3cPew97D3sPfw9/D38Pgw+DD4MPhw+HD4cPiw+LD4sPjw+PD48Pkw+TD5MPlw+XD5cPmw+bD5sPnw+fD58Pow+jD6MPpw+nD6cPqw+rD6sPrw+vD68Psw+zD7MPtw+3D7cPuw+7D7sPvw+/D78Pww/DD8MPxw/HD8cPyw/LD8sPzw/PD88P0w/TD9MP1w/XD9cP2w/bD9sP3w/fD98P4w/jD+MP5w/nD+cP6w/rD+sP7w/vD+8P8w/zD/MP9w/3D/cP+w/7D/sP/w//D/8MAxADEAMQBxAHEAcQCxALEAsQDxAPEA8QExATEBMQFxAXEBcQGxAbEBsQHxAfEB8QIxAjECMQJxAnECcQKxArECsQLxAvEC8QMxAzEDMQNxA3EDcQOxA7EDsQPxA/ED8QQxBDEEMQRxBHEEcQSxBLEEsQTxBPEE8QUxBTEFMQVxBXEFcQWxBbEFsQXxBfEF8QYxBjEGMQZxBnEGcQaxBrEGsQbxBvEG8QcxBzEHMQdxB3EHcQexB7EHsQfxB/EH8QgxCDEIMQhxCHEIcQixCLEIsQjxCPEI8QkxCTEJMQlxCXEJcQmxCbEJsQnxCfEJ8QoxCjEKMQpxCnEKcQqxCrEKsQrxCvEK8QsxCzELMQtxC3ELcQuxC7ELsQvxC/EL8QwxDDEMMQxxDHEMcQyxDLEMsQzxDPEM8Q0xDTENMQ1xDXENcQ2xDbENsQ3xDfEN8Q4xDjEOMQ5xDnEOcQ6xDrEOsQ7xDvEO8Q8xDzEPMQ9xD3EPcQ+xD7EPsQ/xD/EP8RAxEDEQMRBxEHEQcRCxELEQsRDxEPEQ8RExETERMRFxEXERcRGxEbERsRHxEfER8RIxEjESMRJxEnEScRKxErESsRLxEvES8RMxEzETMRNxE3ETcROxE7ETsRPxE/ET8RQxFDEUMRRxFHEUcRSxFLEUsRTxFPEU8RUxFTEVMRVxFXEVcRWxFbEVsRXxFfEV8RYxFjEWMRZxFnEWcRaxFrEWsRbxFvEW8RcxFzEXMRdxF3EXcRexF7EXsRfxF/EX8RgxGDEYMRhxGHEYcRixGLEYsRjxGPEY8RkxGTEZMRlxGXEZcRmxGbEZsRnxGfEZ8RoxGjEaMRpxGnEacRqxGrEasRrxGvEa8RsxGzEbMRtxG3EbcRuxG7EbsRvxG/Eb8RwxHDEcMRxxHHEccRyxHLEcsRzxHPEc8R0xHTEdMR1xHXEdcR2xHbEdsR3xHfEd8R4xHjEeMR5xHnEecR6xHrEesR7xHvEe8R8xHzEfMR9xH3EfcR+xH7EfsR/xH/Ef8SAxIDEgMSBxIHEgcSCxILEgsSDxIPEg8SExITEhMSFxIXEhcSGxIbEhsSHxIfEh8SIxIjEiMSJxInEicSKxIrEisSLxIvEi8SMxIzEjMSNxI3EjcSOxI7EjsSPxI/Ej8SQxJDEkMSRxJHEkcSSxJLEksSTxJPEk8SUxJTElMSVxJXElcSWxJbElsSXxJfEl8SYxJjEmMSZxJnEmcSaxJrEmsSbxJvEm8ScxJzEnMSdxJ3EncSexJ7EnsSfxJ/En8SgxKDEoMShxKHEocSixKLEosSjxKPEo8SkxKTEpMSlxKXEpcSmxKbEpsSnxKfEp8SoxKjEqMSpxKnEqcSqxKrEqsSrxKvEq8SsxKzErMStxK3ErcSuxK7ErsSvxK/Er8SwxLDEsMSxxLHEscSyxLLEssSzxLPEs8S0xLTEtMS1xLXEtcS2xLbEtsS3xLfEt8S4xLjEuMS5xLnEucS6xLrEusS7xLvEu8S8xLzEvMS9xL3EvcS+xL7EvsS/xL/Ev8TAxMDEwMTBxMHEwcTCxMLEwsTDxMPEw8TExMTExMTFxMXExcTGxMbExsTHxMfEx8TIxMjEyMTJxMnEycTKxMrEysTLxMvEy8TMxMzEzMTNxM3EzcTOxM7EzsTPxM/Ez8TQxNDE0MTRxNHE0cTSxNLE0sTTxNPE08TUxNTE1MTVxNXE1cTWxNbE1sTXxNfE18TYxNjE2MTZxNnE2cTaxNrE2sTbxNvE28TcxNzE3MTdxN3E3cTexN7E3sTfxN/E38TgxODE4MThxOHE4cTixOLE4sTjxOPE48TkxOTE5MTlxOXE5cTmxObE5sTnxOfE58ToxOjE6MTpxOnE6cTqxOrE6sTrxOvE68TsxOzE7MTtxO3E7cTuxO7E7sTvxO/E78TwxPDE8MTxxPHE8cTyxPLE8sTzxPPE88T0xPTE9MT1xPXE9cT2xPbE9sT3xPfE98T4xPjE+MT5xPnE+cT6xPrE+sT7xPvE+8T8xPzE/MT9xP3E/cT+xP7E/sT/xP/E/8QAxQDFAMUBxQHFAcUCxQLFAsUDxQPFA8UExQTFBMUFxQXFBcUGxQbFBsUHxQfFB8UIxQjFCMUJxQnFCcUKxQrFCsULxQvFC8UMxQzFDMUNxQ3FDcUOxQ7FDsUPxQ/FD8UQxRDFEMURxRHFEcUSxRLFEsUTxRPFE8UUxRTFFMUVxRXFFcUWxRbFFsUXxRfFF8UYxRjFGMUZxRnFGcUaxRrFGsUbxRvFG8UcxRzFHMUdxR3FHcUexR7FHsUfxR/FH8UgxSDFIMUhxSHFIcUixSLFIsUjxSPFI8UkxSTFJMUlxSXFJcUmxSbFJsUnxSfFJ8UoxSjFKMUpxSnFKcUqxSrFKsUrxSvFK8UsxSzFLMUtxS3FLcUuxS7FLsUvxS/FL8UwxTDFMMUxxTHFMcUyxTLFMsUzxTPFM8U0xTTFNMU1xTXFNcU2xTbFNsU3xTfFN8U4xTjFOMU5xTnFOcU6xTrFOsU7xTvFO8U8xTzFPMU9xT3FPcU+xT7FPsU/xT/FP8VAxUDFQMVBxUHFQcVCxULFQsVDxUPFQ8VExUTFRMVFxUXFRcVGxUbFRsVHxUfFR8VIxUjFSMVJxUnFScVKxUrFSsVLxUvFS8VMxUzFTMVNxU3FTcVOxU7FTsVPxU/FT8VQxVDFUMVRxVHFUcVSxVLFUsVTxVPFU8VUxVTFVMVVxVXFVcVWxVbFVsVXxVfFV8VYxVjFWMVZxVnFWcVaxVrFWsVbxVvFW8VcxVzFXMVdxV3FXcVexV7FXsVfxV/FX8VgxWDFYMVhxWHFYcVixWLFYsVjxWPFY8VkxWTFZMVlxWXFZcVmxWbFZsVnxWfFZ8VoxWjFaMVpxWnFacVqxWrFasVrxWvFa8VsxWzFbMVtxW3FbcVuxW7FbsVvxW/Fb8VwxXDFcMVxxXHFccVyxXLFcsVzxXPFc8V0xXTFdMV1xXXFdcV2xXbFdsV3xXfFd8V4xXjFeMV5xXnFecV6xXrFesV7xXvFe8V8xXzFfMV9xX3FfcV+xX7FfsV/xX/Ff8WAxYDFgMWBxYHFgcWCxYLFgsWDxYPFg8WExYTFhMWFxYXFhcWGxYbFhsWHxYfFh8WIxYjFiMWJxYnFicWKxYrFisWLxYvFi8WMxYzFjMWNxY3FjcWOxY7FjsWPxY/Fj8WQxZDFkMWRxZHFkcWSxZLFksWTxZPFk8WUxZTFlMWVxZXFlcWWxZbFlsWXxZfFl8WYxZjFmMWZxZnFmcWaxZrFmsWbxZvFm8WcxZzFnMWdxZ3FncWexZ7FnsWfxZ/Fn8WgxaDFoMWhxaHFocWixaLFosWjxaPFo8WkxaTFpMWlxaXFpcWmxabFpsWnxafFp8WoxajFqMWpxanFqcWqxarFqsWrxavFq8WsxazFrMWtxa3FrcWuxa7FrsWvxa/Fr8WwxbDFsMWxxbHFscWyxbLFssWzxbPFs8W0xbTFtMW1xbXFtcW2xbbFtsW3xbfFt8W4xbjFuMW5xbnFucW6xbrFusW7xbvFu8W8xbzFvMW9xb3FvcW+xb7FvsW/xb/Fv8XAxcDFwMXBxcHFwcXCxcLFwsXDxcPFw8XExcTFxMXFxcXFxcXGxcbFxsXHxcfFx8XIxcjFyMXJxcnFycXKxcrFysXLxcvFy8XMxczFzMXNxc3FzcXOxc7FzsXPxc/Fz8XQxdDF0MXRxdHF0cXSxdLF0sXTxdPF08XUxdTF1MXVxdXF1cXWxdbF1sXXxdfF18XYxdjF2MXZxdnF2cXaxdrF2sXbxdvF28XcxdzF3MXdxd3F3cXexd7F3sXfxd/F38XgxeDF4MXhxeHF4cXixeLF4sXjxePF48XkxeTF5MXlxeXF5cXmxebF5sXnxefF58XoxejF6MXpxenF6cXqxerF6sXrxevF68XsxezF7MXtxe3F7cXuxe7F7sXvxe/F78XwxfDF8MXxxfHF8cXyxfLF8sXzxfPF88X0xfTF9MX1xfXF9cX2xfbF9sX3xffF98X4xfjF+MX5xfnF+cX6xfrF+sX7xfvF+8X8xfzF/MX9xf3F/cX+xf7F/sX/xf/F/8UAxgDGAMYBxgHGAcYCxgLGAsYDxgPGA8YExgTGBMYFxgXGBcYGxgbGBsYHxgfGB8YIxgjGCMYJxgnGCcYKxgrGCsYLxgvGC8YMxgzGDMYNxg3GDcYOxg7GDsYPxg/GD8YQxhDGEMYRxhHGEcYSxhLGEsYTxhPGE8YUxhTGFMYVxhXGFcYWxhbGFsYXxhfGF8YYxhjGGMYZxhnGGcYaxhrGGsYbxhvGG8YcxhzGHMYdxh3GHcYexh7GHsYfxh/GH8YgxiDGIMYhxiHGIcYixiLGIsYjxiPGI8YkxiTGJMYlxiXGJcYmxibGJsYnxifGJ8YoxijGKMYpxinGKcYqxirGKsYrxivGK8YsxizGLMYtxi3GLcYuxi7GLsYvxi/GL8YwxjDGMMYxxjHGMcYyxjLGMsYzxjPGM8Y0xjTGNMY1xjXGNcY2xjbGNsY3xjfGN8Y4xjjGOMY5xjnGOcY6xjrGOsY7xjvGO8Y8xjzGPMY9xj3GPcY+xj7GPsY/xj/GP8ZAxkDGQMZBxkHGQcZCxkLGQsZDxkPGQ8ZExkTGRMZFxkXGRcZGxkbGRsZHxkfGR8ZIxkjGSMZJxknGScZKxkrGSsZLxkvGS8ZMxkzGTMZNxk3GTcZOxk7GTsZPxk/GT8ZQxlDGUMZRxlHGUcZSxlLGUsZTxlPGU8ZUxlTGVMZVxlXGVcZWxlbGVsZXxlfGV8ZYxljGWMZZxlnGWcZaxlrGWsZbxlvGW8ZcxlzGXMZdxl3GXcZexl7GXsZfxl/GX8ZgxmDGYMZhxmHGYcZixmLGYsZjxmPGY8ZkxmTGZMZlxmXGZcZmxmbGZsZnxmfGZ8ZoxmjGaMZpxmnGacZqxmrGasZrxmvGa8ZsxmzGbMZtxm3GbcZuxm7GbsZvxm/Gb8ZwxnDGcMZxxnHGccZyxnLGcsZzxnPGc8Z0xnTGdMZ1xnXGdcZ2xnbGdsZ3xnfGd8Z4xnjGeMZ5xnnGecZ6xnrGesZ7xnvGe8Z8xnzGfMZ9xn3GfcZ+xn7GfsZ/xn/Gf8aAxoDGgMaBxoHGgcaCxoLGgsaDxoPGg8aExoTGhMaFxoXGhcaGxobGhsaHxofGh8aIxojGiMaJxonGicaKxorGisaLxovGi8aMxozGjMaNxo3GjcaOxo7GjsaPxo/Gj8aQxpDGkMaRxpHGkcaSxpLGksaTxpPGk8aUxpTGlMaVxpXGlcaWxpbGlsaXxpfGl8aYxpjGmMaZxpnGmcaaxprGmsabxpvGm8acxpzGnMadxp3Gncaexp7Gnsafxp/Gn8agxqDGoMahxqHGocaixqLGosajxqPGo8akxqTGpMalxqXGpcamxqbGpsanxqfGp8aoxqjGqMapxqnGqcaqxqrGqsarxqvGq8asxqzGrMatxq3Grcauxq7Grsavxq/Gr8awxrDGsMaxxrHGscayxrLGssazxrPGs8a0xrTGtMa1xrXGtca2xrbGtsa3xrfGt8a4xrjGuMa5xrnGuca6xrrGusa7xrvGu8a8xrzGvMa9xr3Gvca+xr7Gvsa/xr/Gv8bAxsDGwMbBxsHGwcbCxsLGwsbDxsPGw8bExsTGxMbFxsXGxcbGxsbGxsbHxsfGx8bIxsjGyMbJxsnGycbKxsrGysbLxsvGy8bMxszGzMbNxs3GzcbOxs7GzsbPxs/Gz8bQxtDG0MbRxtHG0cbSxtLG0sbTxtPG08bUxtTG1MbVxtXG1cbWxtbG1sbXxtfG18bYxtjG2MbZxtnG2cbaxtrG2sbbxtvG28bcxtzG3Mbdxt3G3cbext7G3sbfxt/G38bgxuDG4MbhxuHG4cbixuLG4sbjxuPG48bkxuTG5MblxuXG5cbmxubG5sbnxufG58boxujG6MbpxunG6cbqxurG6sbrxuvG68bsxuzG7Mbtxu3G7cbuxu7G7sbvxu/G78bwxvDG8MbxxvHG8cbyxvLG8sbzxvPG88b0xvTG9Mb1xvXG9cb2xvbG9sb3xvfG98b4xvjG+Mb5xvnG+cb6xvrG+sb7xvvG+8b8xvzG/Mb9xv3G/cb+xv7G/sb/xv/G/8YAxwDHAMcBxwHHAccCxwLHAscDxwPHA8cExwTHBMcFxwXHBccGxwbHBscHxwfHB8cIxwjHCMcJxwnHCccKxwrHCscLxwvHC8cMxwzHDMcNxw3HDccOxw7HDscPxw/HD8cQxxDHEMcRxxHHEccSxxLHEscTxxPHE8cUxxTHFMcVxxXHFccWxxbHFscXxxfHF8cYxxjHGMcZxxnHGccaxxrHGscbxxvHG8ccxxzHHMcdxx3HHccexx7HHscfxx/HH8cgxyDHIMchxyHHIccixyLHIscjxyPHI8ckxyTHJMclxyXHJccmxybHJscnxyfHJ8coxyjHKMcpxynHKccqxyrHKscrxyvHK8csxyzHLMctxy3HLccuxy7HLscvxy/HL8cwxzDHMMcxxzHHMccyxzLHMsczxzPHM8c0xzTHNMc1xzXHNcc2xzbHNsc3xzfHN8c4xzjHOMc5xznHOcc6xzrHOsc7xzvHO8c8xzzHPMc9xz3HPcc+xz7HPsc/xz/HP8dAx0DHQMdBx0HHQcdCx0LHQsdDx0PHQ8dEx0THRMdFx0XHRcdGx0bHRsdHx0fHR8dIx0jHSMdJx0nHScdKx0rHSsdLx0vHS8dMx0zHTMdNx03HTcdOx07HTsdPx0/HT8dQx1DHUMdRx1HHUcdSx1LHUsdTx1PHU8dUx1THVMdVx1XHVcdWx1bHVsdXx1fHV8dYx1jHWMdZx1nHWcdax1rHWsdbx1vHW8dcx1zHXMddx13HXcdex17HXsdfx1/HX8dgx2DHYMdhx2HHYcdix2LHYsdjx2PHY8dkx2THZMdlx2XHZcdmx2bHZsdnx2fHZ8dox2jHaMdpx2nHacdqx2rHasdrx2vHa8dsx2zHbMdtx23Hbcdux27Hbsdvx2/Hb8dwx3DHcMdxx3HHccdyx3LHcsdzx3PHc8d0x3THdMd1x3XHdcd2x3bHdsd3x3fHd8d4x3jHeMd5x3nHecd6x3rHesd7x3vHe8d8x3zHfMd9x33Hfcd+x37Hfsd/x3/Hf8eAx4DHgMeBx4HHgceCx4LHgseDx4PHg8eEx4THhMeFx4XHhceGx4bHhseHx4fHh8eIx4jHiMeJx4nHiceKx4rHiseLx4vHi8eMx4zHjMeNx43HjceOx47HjsePx4/Hj8eQx5DHkMeRx5HHkceSx5LHkseTx5PHk8eUx5THlMeVx5XHlceWx5bHlseXx5fHl8eYx5jHmMeZx5nHmceax5rHmsebx5vHm8ecx5zHnMedx53Hnceex57Hnsefx5/Hn8egx6DHoMehx6HHoceix6LHosejx6PHo8ekx6THpMelx6XHpcemx6bHpsenx6fHp8eox6jHqMepx6nHqceqx6rHqserx6vHq8esx6zHrMetx63Hrceux67Hrsevx6/Hr8ewx7DHsMexx7HHsceyx7LHssezx7PHs8e0x7THtMe1x7XHtce2x7bHtse3x7fHt8e4x7jHuMe5x7nHuce6x7rHuse7x7vHu8e8x7zHvMe9x73Hvce+x77Hvse/x7/Hv8fAx8DHwMfBx8HHwcfCx8LHwsfDx8PHw8fEx8THxMfFx8XHxcfGx8bHxsfHx8fHx8fIx8jHyMfJx8nHycfKx8rHysfLx8vHy8fMx8zHzMfNx83HzcfOx87HzsfPx8/Hz8fQx9DH0MfRx9HH0cfSx9LH0sfTx9PH08fUx9TH1MfVx9XH1cfWx9bH1sfXx9fH18fYx9jH2MfZx9nH2cfax9rH2sfbx9vH28fcx9zH3Mfdx93H3cfex97H3sffx9/H38fgx+DH4Mfhx+HH4cfix+LH4sfjx+PH48fkx+TH5Mflx+XH5cfmx+bH5sfnx+fH58fox+jH6Mfpx+nH6cfqx+rH6sfrx+vH68fsx+zH7Mftx+3H7cfux+7H7sfvx+/H78fwx/DH8Mfxx/HH8cfyx/LH8sfzx/PH88f0x/TH9Mf1x/XH9cf2x/bH9sf3x/fH98f4x/jH+Mf5x/nH+cf6x/rH+sf7x/vH+8f8x/zH/Mf9x/3H/cf+x/7H/sf/x//H/8cAyADIAMgByAHIAcgCyALIAsgDyAPIA8gEyATIBMgFyAXIBcgGyAbIBsgHyAfIB8gIyAjICMgJyAnICcgKyArICsgLyAvIC8gMyAzIDMgNyA3IDcgOyA7IDsgPyA/ID8gQyBDIEMgRyBHIEcgSyBLIEsgTyBPIE8gUyBTIFMgVyBXIFcgWyBbIFsgXyBfIF8gYyBjIGMgZyBnIGcgayBrIGsgbyBvIG8gcyBzIHMgdyB3IHcgeyB7IHsgfyB/IH8ggyCDIIMghyCHIIcgiyCLIIsgjyCPII8gkyCTIJMglyCXIJcgmyCbIJsgnyCfIJ8goyCjIKMgpyCnIKcgqyCrIKsgryCvIK8gsyCzILMgtyC3ILcguyC7ILsgvyC/IL8gwyDDIMMgxyDHIMcgyyDLIMsgzyDPIM8g0yDTINMg1yDXINcg2yDbINsg3yDfIN8g4yDjIOMg5yDnIOcg6yDrIOsg7yDvIO8g8yDzIPMg9yD3IPcg+yD7IPsg/yD/IP8hAyEDIQMhByEHIQchCyELIQshDyEPIQ8hEyETIRMhFyEXIRchGyEbIRshHyEfIR8hIyEjISMhJyEnISchKyErISshLyEvIS8hMyEzITMhNyE3ITchOyE7ITshPyE/IT8hQyFDIUMhRyFHIUchSyFLIUshTyFPIU8hUyFTIVMhVyFXIVchWyFbIVshXyFfIV8hYyFjIWMhZyFnIWchayFrIWshbyFvIW8hcyFzIXMhdyF3IXcheyF7IXshfyF/IX8hgyGDIYMhhyGHIYchiyGLIYshjyGPIY8hkyGTIZMhlyGXIZchmyGbIZshnyGfIZ8hoyGjIaMhpyGnIachqyGrIashryGvIa8hsyGzIbMhtyG3IbchuyG7IbshvyG/Ib8hwyHDIcMhxyHHIcchyyHLIcshzyHPIc8h0yHTIdMh1yHXIdch2yHbIdsh3yHfId8h4yHjIeMh5yHnIech6yHrIesh7yHvIe8h8yHzIfMh9yH3Ifch+yH7Ifsh/yH/If8iAyIDIgMiByIHIgciCyILIgsiDyIPIg8iEyITIhMiFyIXIhciGyIbIhsiHyIfIh8iIyIjIiMiJyInIiciKyIrIisiLyIvIi8iMyIzIjMiNyI3IjciOyI7IjsiPyI/Ij8iQyJDIkMiRyJHIkciSyJLIksiTyJPIk8iUyJTIlMiVyJXIlciWyJbIlsiXyJfIl8iYyJjImMiZyJnImciayJrImsibyJvIm8icyJzInMidyJ3IncieyJ7InsifyJ/In8igyKDIoMihyKHIociiyKLIosijyKPIo8ikyKTIpMilyKXIpcimyKbIpsinyKfIp8ioyKjIqMipyKnIqciqyKrIqsiryKvIq8isyKzIrMityK3IrciuyK7IrsivyK/Ir8iwyLDIsMixyLHIsciyyLLIssizyLPIs8i0yLTItMi1yLXItci2yLbItsi3yLfIt8i4yLjIuMi5yLnIuci6yLrIusi7yLvIu8i8yLzIvMi9yL3Ivci+yL7Ivsi/yL/Iv8jAyMDIwMjByMHIwcjCyMLIwsjDyMPIw8jEyMTIxMjFyMXIxcjGyMbIxsjHyMfIx8jIyMjIyMjJyMnIycjKyMrIysjLyMvIy8jMyMzIzMjNyM3IzcjOyM7IzsjPyM/Iz8jQyNDI0MjRyNHI0cjSyNLI0sjTyNPI08jUyNTI1MjVyNXI1cjWyNbI1sjXyNfI18jYyNjI2MjZyNnI2cjayNrI2sjbyNvI28jcyNzI3MjdyN3I3cjeyN7I3sjfyN/I38jgyODI4MjhyOHI4cjiyOLI4sjjyOPI48jkyOTI5MjlyOXI5cjmyObI5sjnyOfI58joyOjI6MjpyOnI6cjqyOrI6sjryOvI68jsyOzI7MjtyO3I7cjuyO7I7sjvyO/I78jwyPDI8MjxyPHI8cjyyPLI8sjzyPPI88j0yPTI9Mj1yPXI9cj2yPbI9sj3yPfI98j4yPjI+Mj5yPnI+cj6yPrI+sj7yPvI+8j8yPzI/Mj9yP3I/cj+yP7I/sj/yP/I/8gAyQDJAMkByQHJAckCyQLJAskDyQPJA8kEyQTJBMkFyQXJBckGyQbJBskHyQfJB8kIyQjJCMkJyQnJCckKyQrJCskLyQvJC8kMyQzJDMkNyQ3JDckOyQ7JDskPyQ/JD8kQyRDJEMkRyRHJEckSyRLJEskTyRPJE8kUyRTJFMkVyRXJFckWyRbJFskXyRfJF8kYyRjJGMkZyRnJGckayRrJGskbyRvJG8kcyRzJHMkdyR3JHckeyR7JHskfyR/JH8kgySDJIMkhySHJIckiySLJIskjySPJI8kkySTJJMklySXJJckmySbJJsknySfJJ8koySjJKMkpySnJKckqySrJKskrySvJK8ksySzJLMktyS3JLckuyS7JLskvyS/JL8kwyTDJMMkxyTHJMckyyTLJMskzyTPJM8k0yTTJNMk1yTXJNck2yTbJNsk3yTfJN8k4yTjJOMk5yTnJOck6yTrJOsk7yTvJO8k8yTzJPMk9yT3JPck+yT7JPsk/yT/JP8lAyUDJQMlByUHJQclCyULJQslDyUPJQ8lEyUTJRMlFyUXJRclGyUbJRslHyUfJR8lIyUjJSMlJyUnJSclKyUrJSslLyUvJS8lMyUzJTMlNyU3JTclOyU7JTslPyU/JT8lQyVDJUMlRyVHJUclSyVLJUslTyVPJU8lUyVTJVMlVyVXJVclWyVbJVslXyVfJV8lYyVjJWMlZyVnJWclayVrJWslbyVvJW8lcyVzJXMldyV3JXcleyV7JXslfyV/JX8lgyWDJYMlhyWHJYcliyWLJYsljyWPJY8lkyWTJZMllyWXJZclmyWbJZslnyWfJZ8loyWjJaMlpyWnJaclqyWrJaslryWvJa8lsyWzJbMltyW3JbcluyW7JbslvyW/Jb8lwyXDJcMlxyXHJcclyyXLJcslzyXPJc8l0yXTJdMl1yXXJdcl2yXbJdsl3yXfJd8l4yXjJeMl5yXnJecl6yXrJesl7yXvJe8l8yXzJfMl9yX3Jfcl+yX7Jfsl/yX/Jf8mAyYDJgMmByYHJgcmCyYLJgsmDyYPJg8mEyYTJhMmFyYXJhcmGyYbJhsmHyYfJh8mIyYjJiMmJyYnJicmKyYrJismLyYvJi8mMyYzJjMmNyY3JjcmOyY7JjsmPyY/Jj8mQyZDJkMmRyZHJkcmSyZLJksmTyZPJk8mUyZTJlMmVyZXJlcmWyZbJlsmXyZfJl8mYyZjJmMmZyZnJmcmayZrJmsmbyZvJm8mcyZzJnMmdyZ3JncmeyZ7JnsmfyZ/Jn8mgyaDJoMmhyaHJocmiyaLJosmjyaPJo8mkyaTJpMmlyaXJpcmmyabJpsmnyafJp8moyajJqMmpyanJqcmqyarJqsmryavJq8msyazJrMmtya3Jrcmuya7Jrsmvya/Jr8mwybDJsMmxybHJscmyybLJssmzybPJs8m0ybTJtMm1ybXJtcm2ybbJtsm3ybfJt8m4ybjJuMm5ybnJucm6ybrJusm7ybvJu8m8ybzJvMm9yb3Jvcm+yb7Jvsm/yb/Jv8nAycDJwMnBycHJwcnCycLJwsnDycPJw8nEycTJxMnFycXJxcnGycbJxsnHycfJx8nIycjJyMnJycnJycnKycrJysnLycvJy8nMyczJzMnNyc3JzcnOyc7JzsnPyc/Jz8nQydDJ0MnRydHJ0cnSydLJ0snTydPJ08nUydTJ1MnVydXJ1cnWydbJ1snXydfJ18nYydjJ2MnZydnJ2cnaydrJ2snbydvJ28ncydzJ3Mndyd3J3cneyd7J3snfyd/J38ngyeDJ4MnhyeHJ4cniyeLJ4snjyePJ48nkyeTJ5MnlyeXJ5cnmyebJ5snnyefJ58noyejJ6MnpyenJ6cnqyerJ6snryevJ68nsyezJ7Mntye3J7cnuye7J7snvye/J78nwyfDJ8MnxyfHJ8cnyyfLJ8snzyfPJ88n0yfTJ9Mn1yfXJ9cn2yfbJ9sn3yffJ98n4yfjJ+Mn5yfnJ+cn6yfrJ+sn7yfvJ+8n8yfzJ/Mn9yf3J/cn+yf7J/sn/yf/J/8kAygDKAMoBygHKAcoCygLKAsoDygPKA8oEygTKBMoFygXKBcoGygbKBsoHygfKB8oIygjKCMoJygnKCcoKygrKCsoLygvKC8oMygzKDMoNyg3KDcoOyg7KDsoPyg/KD8oQyhDKEMoRyhHKEcoSyhLKEsoTyhPKE8oUyhTKFMoVyhXKFcoWyhbKFsoXyhfKF8oYyhjKGMoZyhnKGcoayhrKGsobyhvKG8ocyhzKHModyh3KHcoeyh7KHsofyh/KH8ogyiDKIMohyiHKIcoiyiLKIsojyiPKI8okyiTKJMolyiXKJcomyibKJsonyifKJ8ooyijKKMopyinKKcoqyirKKsoryivKK8osyizKLMotyi3KLcouyi7KLsovyi/KL8owyjDKMMoxyjHKMcoyyjLKMsozyjPKM8o0yjTKNMo1yjXKNco2yjbKNso3yjfKN8o4yjjKOMo5yjnKOco6yjrKOso7yjvKO8o8yjzKPMo9yj3KPco+yj7KPso/yj/KP8pAykDKQMpBykHKQcpCykLKQspDykPKQ8pEykTKRMpFykXKRcpGykbKRspHykfKR8pIykjKSMpJyknKScpKykrKSspLykvKS8pMykzKTMpNyk3KTcpOyk7KTspPyk/KT8pQylDKUMpRylHKUcpSylLKUspTylPKU8pUylTKVMpVylXKVcpWylbKVspXylfKV8pYyljKWMpZylnKWcpaylrKWspbylvKW8pcylzKXMpdyl3KXcpeyl7KXspfyl/KX8pgymDKYMphymHKYcpiymLKYspjymPKY8pkymTKZMplymXKZcpmymbKZspnymfKZ8poymjKaMppymnKacpqymrKasprymvKa8psymzKbMptym3Kbcpuym7Kbspvym/Kb8pwynDKcMpxynHKccpyynLKcspzynPKc8p0ynTKdMp1ynXKdcp2ynbKdsp3ynfKd8p4ynjKeMp5ynnKecp6ynrKesp7ynvKe8p8ynzKfMp9yn3Kfcp+yn7Kfsp/yn/Kf8qAyoDKgMqByoHKgcqCyoLKgsqDyoPKg8qEyoTKhMqFyoXKhcqGyobKhsqHyofKh8qIyojKiMqJyonKicqKyorKisqLyovKi8qMyozKjMqNyo3KjcqOyo7KjsqPyo/Kj8qQypDKkMqRypHKkcqSypLKksqTypPKk8qUypTKlMqVypXKlcqWypbKlsqXypfKl8qYypjKmMqZypnKmcqayprKmsqbypvKm8qcypzKnMqdyp3Kncqeyp7Knsqfyp/Kn8qgyqDKoMqhyqHKocqiyqLKosqjyqPKo8qkyqTKpMqlyqXKpcqmyqbKpsqnyqfKp8qoyqjKqMqpyqnKqcqqyqrKqsqryqvKq8qsyqzKrMqtyq3Krcquyq7Krsqvyq/Kr8qwyrDKsMqxyrHKscqyyrLKssqzyrPKs8q0yrTKtMq1yrXKtcq2yrbKtsq3yrfKt8q4yrjKuMq5yrnKucq6yrrKusq7yrvKu8q8yrzKvMq9yr3Kvcq+yr7Kvsq/yr/Kv8rAysDKwMrBysHKwcrCysLKwsrDysPKw8rEysTKxMrFysXKxcrGysbKxsrHysfKx8rIysjKyMrJysnKycrKysrKysrLysvKy8rMyszKzMrNys3KzcrOys7KzsrPys/Kz8rQytDK0MrRytHK0crSytLK0srTytPK08rUytTK1MrVytXK1crWytbK1srXytfK18rYytjK2MrZytnK2craytrK2srbytvK28rcytzK3Mrdyt3K3creyt7K3srfyt/K38rgyuDK4MrhyuHK4criyuLK4srjyuPK48rkyuTK5MrlyuXK5crmyubK5srnyufK58royujK6MrpyunK6crqyurK6srryuvK68rsyuzK7Mrtyu3K7cruyu7K7srvyu/K78rwyvDK8MrxyvHK8cryyvLK8srzyvPK88r0yvTK9Mr1yvXK9cr2yvbK9sr3yvfK98r4yvjK+Mr5yvnK+cr6yvrK+sr7yvvK+8r8yvzK/Mr9yv3K/cr+yv7K/sr/yv/K/8oAywDLAMsBywHLAcsCywLLAssDywPLA8sEywTLBMsFywXLBcsGywbLBssHywfLB8sIywjLCMsJywnLCcsKywrLCssLywvLC8sMywzLDMsNyw3LDcsOyw7LDssPyw/LD8sQyxDLEMsRyxHLEcsSyxLLEssTyxPLE8sUyxTLFMsVyxXLFcsWyxbLFssXyxfLF8sYyxjLGMsZyxnLGcsayxrLGssbyxvLG8scyxzLHMsdyx3LHcseyx7LHssfyx/LH8sgyyDLIMshyyHLIcsiyyLLIssjyyPLI8skyyTLJMslyyXLJcsmyybLJssnyyfLJ8soyyjLKMspyynLKcsqyyrLKssryyvLK8ssyyzLLMstyy3LLcsuyy7LLssvyy/LL8swyzDLMMsxyzHLMcsyyzLLMsszyzPLM8s0yzTLNMs1yzXLNcs2yzbLNss3yzfLN8s4yzjLOMs5yznLOcs6yzrLOss7yzvLO8s8yzzLPMs9yz3LPcs+yz7LPss/yz/LP8tAy0DLQMtBy0HLQctCy0LLQstDy0PLQ8tEy0TLRMtFy0XLRctGy0bLRstHy0fLR8tIy0jLSMtJy0nLSctKy0rLSstLy0vLS8tMy0zLTMtNy03LTctOy07LTstPy0/LT8tQy1DLUMtRy1HLUctSy1LLUstTy1PLU8tUy1TLVMtVy1XLVctWy1bLVstXy1fLV8tYy1jLWMtZy1nLWctay1rLWstby1vLW8tcy1zLXMtdy13LXctey17LXstfy1/LX8tgy2DLYMthy2HLYctiy2LLYstjy2PLY8tky2TLZMtly2XLZctmy2bLZstny2fLZ8toy2jLaMtpy2nLactqy2rLastry2vLa8tsy2zLbMtty23Lbctuy27Lbstvy2/Lb8twy3DLcMtxy3HLcctyy3LLcstzy3PLc8t0y3TLdMt1y3XLdct2y3bLdst3y3fLd8t4y3jLeMt5y3nLect6y3rLest7y3vLe8t8y3zLfMt9y33Lfct+y37Lfst/y3/Lf8uAy4DLgMuBy4HLgcuCy4LLgsuDy4PLg8uEy4TLhMuFy4XLhcuGy4bLhsuHy4fLh8uIy4jLiMuJy4nLicuKy4rLisuLy4vLi8uMy4zLjMuNy43LjcuOy47LjsuPy4/Lj8uQy5DLkMuRy5HLkcuSy5LLksuTy5PLk8uUy5TLlMuVy5XLlcuWy5bLlsuXy5fLl8uYy5jLmMuZy5nLmcuay5rLmsuby5vLm8ucy5zLnMudy53Lncuey57Lnsufy5/Ln8ugy6DLoMuhy6HLocuiy6LLosujy6PLo8uky6TLpMuly6XLpcumy6bLpsuny6fLp8uoy6jLqMupy6nLqcuqy6rLqsury6vLq8usy6zLrMuty63Lrcuuy67Lrsuvy6/Lr8uwy7DLsMuxy7HLscuyy7LLssuzy7PLs8u0y7TLtMu1y7XLtcu2y7bLtsu3y7fLt8u4y7jLuMu5y7nLucu6y7rLusu7y7vLu8u8y7zLvMu9y73Lvcu+y77Lvsu/y7/Lv8vAy8DLwMvBy8HLwcvCy8LLwsvDy8PLw8vEy8TLxMvFy8XLxcvGy8bLxsvHy8fLx8vIy8jLyMvJy8nLycvKy8rLysvLy8vLy8vMy8zLzMvNy83LzcvOy87LzsvPy8/Lz8vQy9DL0MvRy9HL0cvSy9LL0svTy9PL08vUy9TL1MvVy9XL1cvWy9bL1svXy9fL18vYy9jL2MvZy9nL2cvay9rL2svby9vL28vcy9zL3Mvdy93L3cvey97L3svfy9/L38vgy+DL4Mvhy+HL4cviy+LL4svjy+PL48vky+TL5Mvly+XL5cvmy+bL5svny+fL58voy+jL6Mvpy+nL6cvqy+rL6svry+vL68vsy+zL7Mvty+3L7cvuy+7L7svvy+/L78vwy/DL8Mvxy/HL8cvyy/LL8svzy/PL88v0y/TL9Mv1y/XL9cv2y/bL9sv3y/fL98v4y/jL+Mv5y/nL+cv6y/rL+sv7y/vL+8v8y/zL/Mv9y/3L/cv+y/7L/sv/y//L/8sAzADMAMwBzAHMAcwCzALMAswDzAPMA8wEzATMBMwFzAXMBcwGzAbMBswHzAfMB8wIzAjMCMwJzAnMCcwKzArMCswLzAvMC8wMzAzMDMwNzA3MDcwOzA7MDswPzA/MD8wQzBDMEMwRzBHMEcwSzBLMEswTzBPME8wUzBTMFMwVzBXMFcwWzBbMFswXzBfMF8wYzBjMGMwZzBnMGcwazBrMGswbzBvMG8wczBzMHMwdzB3MHcwezB7MHswfzB/MH8wgzCDMIMwhzCHMIcwizCLMIswjzCPMI8wkzCTMJMwlzCXMJcwmzCbMJswnzCfMJ8wozCjMKMwpzCnMKcwqzCrMKswrzCvMK8wszCzMLMwtzC3MLcwuzC7MLswvzC/ML8wwzDDMMMwxzDHMMcwyzDLMMswzzDPMM8w0zDTMNMw1zDXMNcw2zDbMNsw3zDfMN8w4zDjMOMw5zDnMOcw6zDrMOsw7zDvMO8w8zDzMPMw9zD3MPcw+zD7MPsw/zD/MP8xAzEDMQMxBzEHMQcxCzELMQsxDzEPMQ8xEzETMRMxFzEXMRcxGzEbMRsxHzEfMR8xIzEjMSMxJzEnMScxKzErMSsxLzEvMS8xMzEzMTMxNzE3MTcxOzE7MTsxPzE/MT8xQzFDMUMxRzFHMUcxSzFLMUsxTzFPMU8xUzFTMVMxVzFXMVcxWzFbMVsxXzFfMV8xYzFjMWMxZzFnMWcxazFrMWsxbzFvMW8xczFzMXMxdzF3MXcxezF7MXsxfzF/MX8xgzGDMYMxhzGHMYcxizGLMYsxjzGPMY8xkzGTMZMxlzGXMZcxmzGbMZsxnzGfMZ8xozGjMaMxpzGnMacxqzGrMasxrzGvMa8xszGzMbMxtzG3MbcxuzG7MbsxvzG/Mb8xwzHDMcMxxzHHMccxyzHLMcsxzzHPMc8x0zHTMdMx1zHXMdcx2zHbMdsx3zHfMd8x4zHjMeMx5zHnMecx6zHrMesx7zHvMe8x8zHzMfMx9zH3Mfcx+zH7Mfsx/zH/Mf8yAzIDMgMyBzIHMgcyCzILMgsyDzIPMg8yEzITMhMyFzIXMhcyGzIbMhsyHzIfMh8yIzIjMiMyJzInMicyKzIrMisyLzIvMi8yMzIzMjMyNzI3MjcyOzI7MjsyPzI/Mj8yQzJDMkMyRzJHMkcySzJLMksyTzJPMk8yUzJTMlMyVzJXMlcyWzJbMlsyXzJfMl8yYzJjMmMyZzJnMmcyazJrMmsybzJvMm8yczJzMnMydzJ3MncyezJ7MnsyfzJ/Mn8ygzKDMoMyhzKHMocyizKLMosyjzKPMo8ykzKTMpMylzKXMpcymzKbMpsynzKfMp8yozKjMqMypzKnMqcyqzKrMqsyrzKvMq8yszKzMrMytzK3MrcyuzK7MrsyvzK/Mr8ywzLDMsMyxzLHMscyyzLLMssyzzLPMs8y0zLTMtMy1zLXMtcy2zLbMtsy3zLfMt8y4zLjMuMy5zLnMucy6zLrMusy7zLvMu8y8zLzMvMy9zL3Mvcy+zL7Mvsy/zL/Mv8zAzMDMwMzBzMHMwczCzMLMwszDzMPMw8zEzMTMxMzFzMXMxczGzMbMxszHzMfMx8zIzMjMyMzJzMnMyczKzMrMyszLzMvMy8zMzMzMzMzNzM3MzczOzM7MzszPzM/Mz8zQzNDM0MzRzNHM0czSzNLM0szTzNPM08zUzNTM1MzVzNXM1czWzNbM1szXzNfM18zYzNjM2MzZzNnM2czazNrM2szbzNvM28zczNzM3MzdzN3M3czezN7M3szfzN/M38zgzODM4MzhzOHM4czizOLM4szjzOPM48zkzOTM5MzlzOXM5czmzObM5sznzOfM58zozOjM6MzpzOnM6czqzOrM6szrzOvM68zszOzM7MztzO3M7czuzO7M7szvzO/M78zwzPDM8MzxzPHM8czyzPLM8szzzPPM88z0zPTM9Mz1zPXM9cz2zPbM9sz3zPfM98z4zPjM+Mz5zPnM+cz6zPrM+sz7zPvM+8z8zPzM/Mz9zP3M/cz+zP7M/sz/zP/M/8wAzQDNAM0BzQHNAc0CzQLNAs0DzQPNA80EzQTNBM0FzQXNBc0GzQbNBs0HzQfNB80IzQjNCM0JzQnNCc0KzQrNCs0LzQvNC80MzQzNDM0NzQ3NDc0OzQ7NDs0PzQ/ND80QzRDNEM0RzRHNEc0SzRLNEs0TzRPNE80UzRTNFM0VzRXNFc0WzRbNFs0XzRfNF80YzRjNGM0ZzRnNGc0azRrNGs0bzRvNG80czRzNHM0dzR3NHc0ezR7NHs0fzR/NH80gzSDNIM0hzSHNIc0izSLNIs0jzSPNI80kzSTNJM0lzSXNJc0mzSbNJs0nzSfNJ80ozSjNKM0pzSnNKc0qzSrNKs0rzSvNK80szSzNLM0tzS3NLc0uzS7NLs0vzS/NL80wzTDNMM0xzTHNMc0yzTLNMs0zzTPNM800zTTNNM01zTXNNc02zTbNNs03zTfNN804zTjNOM05zTnNOc06zTrNOs07zTvNO808zTzNPM09zT3NPc0+zT7NPs0/zT/NP81AzUDNQM1BzUHNQc1CzULNQs1DzUPNQ81EzUTNRM1FzUXNRc1GzUbNRs1HzUfNR81IzUjNSM1JzUnNSc1KzUrNSs1LzUvNS81MzUzNTM1NzU3NTc1OzU7NTs1PzU/NT81QzVDNUM1RzVHNUc1SzVLNUs1TzVPNU81UzVTNVM1VzVXNVc1WzVbNVs1XzVfNV81YzVjNWM1ZzVnNWc1azVrNWs1bzVvNW81czVzNXM1dzV3NXc1ezV7NXs1fzV/NX81gzWDNYM1hzWHNYc1izWLNYs1jzWPNY81kzWTNZM1lzWXNZc1mzWbNZs1nzWfNZ81ozWjNaM1pzWnNac1qzWrNas1rzWvNa81szWzNbM1tzW3Nbc1uzW7Nbs1vzW/Nb81wzXDNcM1xzXHNcc1yzXLNcs1zzXPNc810zXTNdM11zXXNdc12zXbNds13zXfNd814zXjNeM15zXnNec16zXrNes17zXvNe818zXzNfM19zX3Nfc1+zX7Nfs1/zX/Nf82AzYDNgM2BzYHNgc2CzYLNgs2DzYPNg82EzYTNhM2FzYXNhc2GzYbNhs2HzYfNh82IzYjNiM2JzYnNic2KzYrNis2LzYvNi82MzYzNjM2NzY3Njc2OzY7Njs2PzY/Nj82QzZDNkM2RzZHNkc2SzZLNks2TzZPNk82UzZTNlM2VzZXNlc2WzZbNls2XzZfNl82YzZjNmM2ZzZnNmc2azZrNms2bzZvNm82czZzNnM2dzZ3Nnc2ezZ7Nns2fzZ/Nn82gzaDNoM2hzaHNoc2izaLNos2jzaPNo82kzaTNpM2lzaXNpc2mzabNps2nzafNp82ozajNqM2pzanNqc2qzarNqs2rzavNq82szazNrM2tza3Nrc2uza7Nrs2vza/Nr82wzbDNsM2xzbHNsc2yzbLNss2zzbPNs820zbTNtM21zbXNtc22zbbNts23zbfNt824zbjNuM25zbnNuc26zbrNus27zbvNu828zbzNvM29zb3Nvc2+zb7Nvs2/zb/Nv83AzcDNwM3BzcHNwc3CzcLNws3DzcPNw83EzcTNxM3FzcXNxc3GzcbNxs3HzcfNx83IzcjNyM3JzcnNyc3KzcrNys3LzcvNy83MzczNzM3Nzc3Nzc3Ozc7Nzs3Pzc/Nz83QzdDN0M3RzdHN0c3SzdLN0s3TzdPN083UzdTN1M3VzdXN1c3WzdbN1s3XzdfN183YzdjN2M3ZzdnN2c3azdrN2s3bzdvN283czdzN3M3dzd3N3c3ezd7N3s3fzd/N383gzeDN4M3hzeHN4c3izeLN4s3jzePN483kzeTN5M3lzeXN5c3mzebN5s3nzefN583ozejN6M3pzenN6c3qzerN6s3rzevN683szezN7M3tze3N7c3uze7N7s3vze/N783wzfDN8M3xzfHN8c3yzfLN8s3zzfPN8830zfTN9M31zfXN9c32zfbN9s33zffN9834zfjN+M35zfnN+c36zfrN+s37zfvN+838zfzN/M39zf3N/c3+zf7N/s3/zf/N/80AzgDOAM4BzgHOAc4CzgLOAs4DzgPOA84EzgTOBM4FzgXOBc4GzgbOBs4HzgfOB84IzgjOCM4JzgnOCc4KzgrOCs4LzgvOC84MzgzODM4Nzg3ODc4Ozg7ODs4Pzg/OD84QzhDOEM4RzhHOEc4SzhLOEs4TzhPOE84UzhTOFM4VzhXOFc4WzhbOFs4XzhfOF84YzhjOGM4ZzhnOGc4azhrOGs4bzhvOG84czhzOHM4dzh3OHc4ezh7OHs4fzh/OH84gziDOIM4hziHOIc4iziLOIs4jziPOI84kziTOJM4lziXOJc4mzibOJs4nzifOJ84ozijOKM4pzinOKc4qzirOKs4rzivOK84szizOLM4tzi3OLc4uzi7OLs4vzi/OL84wzjDOMM4xzjHOMc4yzjLOMs4zzjPOM840zjTONM41zjXONc42zjbONs43zjfON844zjjOOM45zjnOOc46zjrOOs47zjvOO848zjzOPM49zj3OPc4+zj7OPs4/zj/OP85AzkDOQM5BzkHOQc5CzkLOQs5DzkPOQ85EzkTORM5FzkXORc5GzkbORs5HzkfOR85IzkjOSM5JzknOSc5KzkrOSs5LzkvOS85MzkzOTM5Nzk3OTc5Ozk7OTs5Pzk/OT85QzlDOUM5RzlHOUc5SzlLOUs5TzlPOU85UzlTOVM5VzlXOVc5WzlbOVs5XzlfOV85YzljOWM5ZzlnOWc5azlrOWs5bzlvOW85czlzOXM5dzl3OXc5ezl7OXs5fzl/OX85gzmDOYM5hzmHOYc5izmLOYs5jzmPOY85kzmTOZM5lzmXOZc5mzmbOZs5nzmfOZ85ozmjOaM5pzmnOac5qzmrOas5rzmvOa85szmzObM5tzm3Obc5uzm7Obs5vzm/Ob85wznDOcM5xznHOcc5yznLOcs5zznPOc850znTOdM51znXOdc52znbOds53znfOd854znjOeM55znnOec56znrOes57znvOe858znzOfM59zn3Ofc5+zn7Ofs5/zn/Of86AzoDOgM6BzoHOgc6CzoLOgs6DzoPOg86EzoTOhM6FzoXOhc6GzobOhs6HzofOh86IzojOiM6JzonOic6KzorOis6LzovOi86MzozOjM6Nzo3Ojc6Ozo7Ojs6Pzo/Oj86QzpDOkM6RzpHOkc6SzpLOks6TzpPOk86UzpTOlM6VzpXOlc6WzpbOls6XzpfOl86YzpjOmM6ZzpnOmc6azprOms6bzpvOm86czpzOnM6dzp3Onc6ezp7Ons6fzp/On86gzqDOoM6hzqHOoc6izqLOos6jzqPOo86kzqTOpM6lzqXOpc6mzqbOps6nzqfOp86ozqjOqM6pzqnOqc6qzqrOqs6rzqvOq86szqzOrM6tzq3Orc6uzq7Ors6vzq/Or86wzrDOsM6xzrHOsc6yzrLOss6zzrPOs860zrTOtM61zrXOtc62zrbOts63zrfOt864zrjOuM65zrnOuc66zrrOus67zrvOu868zrzOvM69zr3Ovc6+zr7Ovs6/zr/Ov87AzsDOwM7BzsHOwc7CzsLOws7DzsPOw87EzsTOxM7FzsXOxc7GzsbOxs7HzsfOx87IzsjOyM7JzsnOyc7KzsrOys7LzsvOy87MzszOzM7Nzs3Ozc7Ozs7Ozs7Pzs/Oz87QztDO0M7RztHO0c7SztLO0s7TztPO087UztTO1M7VztXO1c7WztbO1s7XztfO187YztjO2M7ZztnO2c7aztrO2s7bztvO287cztzO3M7dzt3O3c7ezt7O3s7fzt/O387gzuDO4M7hzuHO4c7izuLO4s7jzuPO487kzuTO5M7lzuXO5c7mzubO5s7nzufO587ozujO6M7pzunO6c7qzurO6s7rzuvO687szuzO7M7tzu3O7c7uzu7O7s7vzu/O787wzvDO8M7xzvHO8c7yzvLO8s7zzvPO8870zvTO9M71zvXO9c72zvbO9s73zvfO9874zvjO+M75zvnO+c76zvrO+s77zvvO+878zvzO/M79zv3O/c7+zv7O/s7/zv/O/84AzwDPAM8BzwHPAc8CzwLPAs8DzwPPA88EzwTPBM8FzwXPBc8GzwbPBs8HzwfPB88IzwjPCM8JzwnPCc8KzwrPCs8LzwvPC88MzwzPDM8Nzw3PDc8Ozw7PDs8Pzw/PD88QzxDPEM8RzxHPEc8SzxLPEs8TzxPPE88UzxTPFM8VzxXPFc8WzxbPFs8XzxfPF88YzxjPGM8ZzxnPGc8azxrPGs8bzxvPG88czxzPHM8dzx3PHc8ezx7PHs8fzx/PH88gzyDPIM8hzyHPIc8izyLPIs8jzyPPI88kzyTPJM8lzyXPJc8mzybPJs8nzyfPJ88ozyjPKM8pzynPKc8qzyrPKs8rzyvPK88szyzPLM8tzy3PLc8uzy7PLs8vzy/PL88wzzDPMM8xzzHPMc8yzzLPMs8zzzPPM880zzTPNM81zzXPNc82zzbPNs83zzfPN884zzjPOM85zznPOc86zzrPOs87zzvPO888zzzPPM89zz3PPc8+zz7PPs8/zz/PP89Az0DPQM9Bz0HPQc9Cz0LPQs9Dz0PPQ89Ez0TPRM9Fz0XPRc9Gz0bPRs9Hz0fPR89Iz0jPSM9Jz0nPSc9Kz0rPSs9Lz0vPS89Mz0zPTM9Nz03PTc9Oz07PTs9Pz0/PT89Qz1DPUM9Rz1HPUc9Sz1LPUs9Tz1PPU89Uz1TPVM9Vz1XPVc9Wz1bPVs9Xz1fPV89Yz1jPWM9Zz1nPWc9az1rPWs9bz1vPW89cz1zPXM9dz13PXc9ez17PXs9fz1/PX89gz2DPYM9hz2HPYc9iz2LPYs9jz2PPY89kz2TPZM9lz2XPZc9mz2bPZs9nz2fPZ89oz2jPaM9pz2nPac9qz2rPas9rz2vPa89sz2zPbM9tz23Pbc9uz27Pbs9vz2/Pb89wz3DPcM9xz3HPcc9yz3LPcs9zz3PPc890z3TPdM91z3XPdc92z3bPds93z3fPd894z3jPeM95z3nPec96z3rPes97z3vPe898z3zPfM99z33Pfc9+z37Pfs9/z3/Pf8+Az4DPgM+Bz4HPgc+Cz4LPgs+Dz4PPg8+Ez4TPhM+Fz4XPhc+Gz4bPhs+Hz4fPh8+Iz4jPiM+Jz4nPic+Kz4rPis+Lz4vPi8+Mz4zPjM+Nz43Pjc+Oz47Pjs+Pz4/Pj8+Qz5DPkM+Rz5HPkc+Sz5LPks+Tz5PPk8+Uz5TPlM+Vz5XPlc+Wz5bPls+Xz5fPl8+Yz5jPmM+Zz5nPmc+az5rPms+bz5vPm8+cz5zPnM+dz53Pnc+ez57Pns+fz5/Pn8+gz6DPoM+hz6HPoc+iz6LPos+jz6PPo8+kz6TPpM+lz6XPpc+mz6bPps+nz6fPp8+oz6jPqM+pz6nPqc+qz6rPqs+rz6vPq8+sz6zPrM+tz63Prc+uz67Prs+vz6/Pr8+wz7DPsM+xz7HPsc+yz7LPss+zz7PPs8+0z7TPtM+1z7XPtc+2z7bPts+3z7fPt8+4z7jPuM+5z7nPuc+6z7rPus+7z7vPu8+8z7zPvM+9z73Pvc++z77Pvs+/z7/Pv8/Az8DPwM/Bz8HPwc/Cz8LPws/Dz8PPw8/Ez8TPxM/Fz8XPxc/Gz8bPxs/Hz8fPx8/Iz8jPyM/Jz8nPyc/Kz8rPys/Lz8vPy8/Mz8zPzM/Nz83Pzc/Oz87Pzs/Pz8/Pz8/Qz9DP0M/Rz9HP0c/Sz9LP0s/Tz9PP08/Uz9TP1M/Vz9XP1c/Wz9bP1s/Xz9fP18/Yz9jP2M/Zz9nP2c/az9rP2s/bz9vP28/cz9zP3M/dz93P3c/ez97P3s/fz9/P38/gz+DP4M/hz+HP4c/iz+LP4s/jz+PP48/kz+TP5M/lz+XP5c/mz+bP5s/nz+fP58/oz+jP6M/pz+nP6c/qz+rP6s/rz+vP68/sz+zP7M/tz+3P7c/uz+7P7s/vz+/P78/wz/DP8M/xz/HP8c/yz/LP8s/zz/PP88/0z/TP9M/1z/XP9c/2z/bP9s/3z/fP98/4z/jP+M/5z/nP+c/6z/rP+s/7z/vP+8/8z/zP/M/9z/3P/c/+z/7P/s//z//P/88A0ADQANAB0AHQAdAC0ALQAtAD0APQA9AE0ATQBNAF0AXQBdAG0AbQBtAH0AfQB9AI0AjQCNAJ0AnQCdAK0ArQCtAL0AvQC9AM0AzQDNAN0A3QDdAO0A7QDtAP0A/QD9AQ0BDQENAR0BHQEdAS0BLQEtAT0BPQE9AU0BTQFNAV0BXQFdAW0BbQFtAX0BfQF9AY0BjQGNAZ0BnQGdAa0BrQGtAb0BvQG9Ac0BzQHNAd0B3QHdAe0B7QHtAf0B/QH9Ag0CDQINAh0CHQIdAi0CLQItAj0CPQI9Ak0CTQJNAl0CXQJdAm0CbQJtAn0CfQJ9Ao0CjQKNAp0CnQKdAq0CrQKtAr0CvQK9As0CzQLNAt0C3QLdAu0C7QLtAv0C/QL9Aw0DDQMNAx0DHQMdAy0DLQMtAz0DPQM9A00DTQNNA10DXQNdA20DbQNtA30DfQN9A40DjQONA50DnQOdA60DrQOtA70DvQO9A80DzQPNA90D3QPdA+0D7QPtA/0D/QP9BA0EDQQNBB0EHQQdBC0ELQQtBD0EPQQ9BE0ETQRNBF0EXQRdBG0EbQRtBH0EfQR9BI0EjQSNBJ0EnQSdBK0ErQStBL0EvQS9BM0EzQTNBN0E3QTdBO0E7QTtBP0E/QT9BQ0FDQUNBR0FHQUdBS0FLQUtBT0FPQU9BU0FTQVNBV0FXQVdBW0FbQVtBX0FfQV9BY0FjQWNBZ0FnQWdBa0FrQWtBb0FvQW9Bc0FzQXNBd0F3QXdBe0F7QXtBf0F/QX9Bg0GDQYNBh0GHQYdBi0GLQYtBj0GPQY9Bk0GTQZNBl0GXQZdBm0GbQZtBn0GfQZ9Bo0GjQaNBp0GnQadBq0GrQatBr0GvQa9Bs0GzQbNBt0G3QbdBu0G7QbtBv0G/Qb9Bw0HDQcNBx0HHQcdBy0HLQctBz0HPQc9B00HTQdNB10HXQddB20HbQdtB30HfQd9B40HjQeNB50HnQedB60HrQetB70HvQe9B80HzQfNB90H3QfdB+0H7QftB/0H/Qf9CA0IDQgNCB0IHQgdCC0ILQgtCD0IPQg9CE0ITQhNCF0IXQhdCG0IbQhtCH0IfQh9CI0IjQiNCJ0InQidCK0IrQitCL0IvQi9CM0IzQjNCN0I3QjdCO0I7QjtCP0I/Qj9CQ0JDQkNCR0JHQkdCS0JLQktCT0JPQk9CU0JTQlNCV0JXQldCW0JbQltCX0JfQl9CY0JjQmNCZ0JnQmdCa0JrQmtCb0JvQm9Cc0JzQnNCd0J3QndCe0J7QntCf0J/Qn9Cg0KDQoNCh0KHQodCi0KLQotCj0KPQo9Ck0KTQpNCl0KXQpdCm0KbQptCn0KfQp9Co0KjQqNCp0KnQqdCq0KrQqtCr0KvQq9Cs0KzQrNCt0K3QrdCu0K7QrtCv0K/Qr9Cw0LDQsNCx0LHQsdCy0LLQstCz0LPQs9C00LTQtNC10LXQtdC20LbQttC30LfQt9C40LjQuNC50LnQudC60LrQutC70LvQu9C80LzQvNC90L3QvdC+0L7QvtC/0L/Qv9DA0MDQwNDB0MHQwdDC0MLQwtDD0MPQw9DE0MTQxNDF0MXQxdDG0MbQxtDH0MfQx9DI0MjQyNDJ0MnQydDK0MrQytDL0MvQy9DM0MzQzNDN0M3QzdDO0M7QztDP0M/Qz9DQ0NDQ0NDR0NHQ0dDS0NLQ0tDT0NPQ09DU0NTQ1NDV0NXQ1dDW0NbQ1tDX0NfQ19DY0NjQ2NDZ0NnQ2dDa0NrQ2tDb0NvQ29Dc0NzQ3NDd0N3Q3dDe0N7Q3tDf0N/Q39Dg0ODQ4NDh0OHQ4dDi0OLQ4tDj0OPQ49Dk0OTQ5NDl0OXQ5dDm0ObQ5tDn0OfQ59Do0OjQ6NDp0OnQ6dDq0OrQ6tDr0OvQ69Ds0OzQ7NDt0O3Q7dDu0O7Q7tDv0O/Q79Dw0PDQ8NDx0PHQ8dDy0PLQ8tDz0PPQ89D00PTQ9ND10PXQ9dD20PbQ9tD30PfQ99D40PjQ+ND50PnQ+dD60PrQ+tD70PvQ+9D80PzQ/ND90P3Q/dD+0P7Q/tD/0P/Q/9AA0QDRANEB0QHRAdEC0QLRAtED0QPRA9EE0QTRBNEF0QXRBdEG0QbRBtEH0QfRB9EI0QjRCNEJ0QnRCdEK0QrRCtEL0QvRC9EM0QzRDNEN0Q3RDdEO0Q7RDtEP0Q/RD9EQ0RDRENER0RHREdES0RLREtET0RPRE9EU0RTRFNEV0RXRFdEW0RbRFtEX0RfRF9EY0RjRGNEZ0RnRGdEa0RrRGtEb0RvRG9Ec0RzRHNEd0R3RHdEe0R7RHtEf0R/RH9Eg0SDRINEh0SHRIdEi0SLRItEj0SPRI9Ek0STRJNEl0SXRJdEm0SbRJtEn0SfRJ9Eo0SjRKNEp0SnRKdEq0SrRKtEr0SvRK9Es0SzRLNEt0S3RLdEu0S7RLtEv0S/RL9Ew0TDRMNEx0THRMdEy0TLRMtEz0TPRM9E00TTRNNE10TXRNdE20TbRNtE30TfRN9E40TjRONE50TnROdE60TrROtE70TvRO9E80TzRPNE90T3RPdE+0T7RPtE/0T/RP9FA0UDRQNFB0UHRQdFC0ULRQtFD0UPRQ9FE0UTRRNFF0UXRRdFG0UbRRtFH0UfRR9FI0UjRSNFJ0UnRSdFK0UrRStFL0UvRS9FM0UzRTNFN0U3RTdFO0U7RTtFP0U/RT9FQ0VDRUNFR0VHRUdFS0VLRUtFT0VPRU9FU0VTRVNFV0VXRVdFW0VbRVtFX0VfRV9FY0VjRWNFZ0VnRWdFa0VrRWtFb0VvRW9Fc0VzRXNFd0V3RXdFe0V7RXtFf0V/RX9Fg0WDRYNFh0WHRYdFi0WLRYtFj0WPRY9Fk0WTRZNFl0WXRZdFm0WbRZtFn0WfRZ9Fo0WjRaNFp0WnRadFq0WrRatFr0WvRa9Fs0WzRbNFt0W3RbdFu0W7RbtFv0W/Rb9Fw0XDRcNFx0XHRcdFy0XLRctFz0XPRc9F00XTRdNF10XXRddF20XbRdtF30XfRd9F40XjReNF50XnRedF60XrRetF70XvRe9F80XzRfNF90X3RfdF+0X7RftF/0X/Rf9GA0YDRgNGB0YHRgdGC0YLRgtGD0YPRg9GE0YTRhNGF0YXRhdGG0YbRhtGH0YfRh9GI0YjRiNGJ0YnRidGK0YrRitGL0YvRi9GM0YzRjNGN0Y3RjdGO0Y7RjtGP0Y/Rj9GQ0ZDRkNGR0ZHRkdGS0ZLRktGT0ZPRk9GU0ZTRlNGV0ZXRldGW0ZbRltGX0ZfRl9GY0ZjRmNGZ0ZnRmdGa0ZrRmtGb0ZvRm9Gc0ZzRnNGd0Z3RndGe0Z7RntGf0Z/Rn9Gg0aDRoNGh0aHRodGi0aLRotGj0aPRo9Gk0aTRpNGl0aXRpdGm0abRptGn0afRp9Go0ajRqNGp0anRqdGq0arRqtGr0avRq9Gs0azRrNGt0a3RrdGu0a7RrtGv0a/Rr9Gw0bDRsNGx0bHRsdGy0bLRstGz0bPRs9G00bTRtNG10bXRtdG20bbRttG30bfRt9G40bjRuNG50bnRudG60brRutG70bvRu9G80bzRvNG90b3RvdG+0b7RvtG/0b/Rv9HA0cDRwNHB0cHRwdHC0cLRwtHD0cPRw9HE0cTRxNHF0cXRxdHG0cbRxtHH0cfRx9HI0cjRyNHJ0cnRydHK0crRytHL0cvRy9HM0czRzNHN0c3RzdHO0c7RztHP0c/Rz9HQ0dDR0NHR0dHR0dHS0dLR0tHT0dPR09HU0dTR1NHV0dXR1dHW0dbR1tHX0dfR19HY0djR2NHZ0dnR2dHa0drR2tHb0dvR29Hc0dzR3NHd0d3R3dHe0d7R3tHf0d/R39Hg0eDR4NHh0eHR4dHi0eLR4tHj0ePR49Hk0eTR5NHl0eXR5dHm0ebR5tHn0efR59Ho0ejR6NHp0enR6dHq0erR6tHr0evR69Hs0ezR7NHt0e3R7dHu0e7R7tHv0e/R79Hw0fDR8NHx0fHR8dHy0fLR8tHz0fPR89H00fTR9NH10fXR9dH20fbR9tH30ffR99H40fjR+NH50fnR+dH60frR+tH70fvR+9H80fzR/NH90f3R/dH+0f7R/tH/0f/R/9EA0gDSANIB0gHSAdIC0gLSAtID0gPSA9IE0gTSBNIF0gXSBdIG0gbSBtIH0gfSB9II0gjSCNIJ0gnSCdIK0grSCtIL0gvSC9IM0gzSDNIN0g3SDdIO0g7SDtIP0g/SD9IQ0hDSENIR0hHSEdIS0hLSEtIT0hPSE9IU0hTSFNIV0hXSFdIW0hbSFtIX0hfSF9IY0hjSGNIZ0hnSGdIa0hrSGtIb0hvSG9Ic0hzSHNId0h3SHdIe0h7SHtIf0h/SH9Ig0iDSINIh0iHSIdIi0iLSItIj0iPSI9Ik0iTSJNIl0iXSJdIm0ibSJtIn0ifSJ9Io0ijSKNIp0inSKdIq0irSKtIr0ivSK9Is0izSLNIt0i3SLdIu0i7SLtIv0i/SL9Iw0jDSMNIx0jHSMdIy0jLSMtIz0jPSM9I00jTSNNI10jXSNdI20jbSNtI30jfSN9I40jjSONI50jnSOdI60jrSOtI70jvSO9I80jzSPNI90j3SPdI+0j7SPtI/0j/SP9JA0kDSQNJB0kHSQdJC0kLSQtJD0kPSQ9JE0kTSRNJF0kXSRdJG0kbSRtJH0kfSR9JI0kjSSNJJ0knSSdJK0krSStJL0kvSS9JM0kzSTNJN0k3STdJO0k7STtJP0k/ST9JQ0lDSUNJR0lHSUdJS0lLSUtJT0lPSU9JU0lTSVNJV0lXSVdJW0lbSVtJX0lfSV9JY0ljSWNJZ0lnSWdJa0lrSWtJb0lvSW9Jc0lzSXNJd0l3SXdJe0l7SXtJf0l/SX9Jg0mDSYNJh0mHSYdJi0mLSYtJj0mPSY9Jk0mTSZNJl0mXSZdJm0mbSZtJn0mfSZ9Jo0mjSaNJp0mnSadJq0mrSatJr0mvSa9Js0mzSbNJt0m3SbdJu0m7SbtJv0m/Sb9Jw0nDScNJx0nHScdJy0nLSctJz0nPSc9J00nTSdNJ10nXSddJ20nbSdtJ30nfSd9J40njSeNJ50nnSedJ60nrSetJ70nvSe9J80nzSfNJ90n3SfdJ+0n7SftJ/0n/Sf9KA0oDSgNKB0oHSgdKC0oLSgtKD0oPSg9KE0oTShNKF0oXShdKG0obShtKH0ofSh9KI0ojSiNKJ0onSidKK0orSitKL0ovSi9KM0ozSjNKN0o3SjdKO0o7SjtKP0o/Sj9KQ0pDSkNKR0pHSkdKS0pLSktKT0pPSk9KU0pTSlNKV0pXSldKW0pbSltKX0pfSl9KY0pjSmNKZ0pnSmdKa0prSmtKb0pvSm9Kc0pzSnNKd0p3SndKe0p7SntKf0p/Sn9Kg0qDSoNKh0qHSodKi0qLSotKj0qPSo9Kk0qTSpNKl0qXSpdKm0qbSptKn0qfSp9Ko0qjSqNKp0qnSqdKq0qrSqtKr0qvSq9Ks0qzSrNKt0q3SrdKu0q7SrtKv0q/Sr9Kw0rDSsNKx0rHSsdKy0rLSstKz0rPSs9K00rTStNK10rXStdK20rbSttK30rfSt9K40rjSuNK50rnSudK60rrSutK70rvSu9K80rzSvNK90r3SvdK+0r7SvtK/0r/Sv9LA0sDSwNLB0sHSwdLC0sLSwtLD0sPSw9LE0sTSxNLF0sXSxdLG0sbSxtLH0sfSx9LI0sjSyNLJ0snSydLK0srSytLL0svSy9LM0szSzNLN0s3SzdLO0s7SztLP0s/Sz9LQ0tDS0NLR0tHS0dLS0tLS0tLT0tPS09LU0tTS1NLV0tXS1dLW0tbS1tLX0tfS19LY0tjS2NLZ0tnS2dLa0trS2tLb0tvS29Lc0tzS3NLd0t3S3dLe0t7S3tLf0t/S39Lg0uDS4NLh0uHS4dLi0uLS4tLj0uPS49Lk0uTS5NLl0uXS5dLm0ubS5tLn0ufS59Lo0ujS6NLp0unS6dLq0urS6tLr0uvS69Ls0uzS7NLt0u3S7dLu0u7S7tLv0u/S79Lw0vDS8NLx0vHS8dLy0vLS8tLz0vPS89L00vTS9NL10vXS9dL20vbS9tL30vfS99L40vjS+NL50vnS+dL60vrS+tL70vvS+9L80vzS/NL90v3S/dL+0v7S/tL/0v/S/9IA0wDTANMB0wHTAdMC0wLTAtMD0wPTA9ME0wTTBNMF0wXTBdMG0wbTBtMH0wfTB9MI0wjTCNMJ0wnTCdMK0wrTCtML0wvTC9MM0wzTDNMN0w3TDdMO0w7TDtMP0w/TD9MQ0xDTENMR0xHTEdMS0xLTEtMT0xPTE9MU0xTTFNMV0xXTFdMW0xbTFtMX0xfTF9MY0xjTGNMZ0xnTGdMa0xrTGtMb0xvTG9Mc0xzTHNMd0x3THdMe0x7THtMf0x/TH9Mg0yDTINMh0yHTIdMi0yLTItMj0yPTI9Mk0yTTJNMl0yXTJdMm0ybTJtMn0yfTJ9Mo0yjTKNMp0ynTKdMq0yrTKtMr0yvTK9Ms0yzTLNMt0y3TLdMu0y7TLtMv0y/TL9Mw0zDTMNMx0zHTMdMy0zLTMtMz0zPTM9M00zTTNNM10zXTNdM20zbTNtM30zfTN9M40zjTONM50znTOdM60zrTOtM70zvTO9M80zzTPNM90z3TPdM+0z7TPtM/0z/TP9NA00DTQNNB00HTQdNC00LTQtND00PTQ9NE00TTRNNF00XTRdNG00bTRtNH00fTR9NI00jTSNNJ00nTSdNK00rTStNL00vTS9NM00zTTNNN003TTdNO007TTtNP00/TT9NQ01DTUNNR01HTUdNS01LTUtNT01PTU9NU01TTVNNV01XTVdNW01bTVtNX01fTV9NY01jTWNNZ01nTWdNa01rTWtNb01vTW9Nc01zTXNNd013TXdNe017TXtNf01/TX9Ng02DTYNNh02HTYdNi02LTYtNj02PTY9Nk02TTZNNl02XTZdNm02bTZtNn02fTZ9No02jTaNNp02nTadNq02rTatNr02vTa9Ns02zTbNNt023TbdNu027TbtNv02/Tb9Nw03DTcNNx03HTcdNy03LTctNz03PTc9N003TTdNN103XTddN203bTdtN303fTd9N403jTeNN503nTedN603rTetN703vTe9N803zTfNN9033TfdN+037TftN/03/Tf9OA04DTgNOB04HTgdOC04LTgtOD04PTg9OE04TThNOF04XThdOG04bThtOH04fTh9OI04jTiNOJ04nTidOK04rTitOL04vTi9OM04zTjNON043TjdOO047TjtOP04/Tj9OQ05DTkNOR05HTkdOS05LTktOT05PTk9OU05TTlNOV05XTldOW05bTltOX05fTl9OY05jTmNOZ05nTmdOa05rTmtOb05vTm9Oc05zTnNOd053TndOe057TntOf05/Tn9Og06DToNOh06HTodOi06LTotOj06PTo9Ok06TTpNOl06XTpdOm06bTptOn06fTp9Oo06jTqNOp06nTqdOq06rTqtOr06vTq9Os06zTrNOt063TrdOu067TrtOv06/Tr9Ow07DTsNOx07HTsdOy07LTstOz07PTs9O007TTtNO107XTtdO207bTttO307fTt9O407jTuNO507nTudO607rTutO707vTu9O807zTvNO9073TvdO+077TvtO/07/Tv9PA08DTwNPB08HTwdPC08LTwtPD08PTw9PE08TTxNPF08XTxdPG08bTxtPH08fTx9PI08jTyNPJ08nTydPK08rTytPL08vTy9PM08zTzNPN083TzdPO087TztPP08/Tz9PQ09DT0NPR09HT0dPS09LT0tPT09PT09PU09TT1NPV09XT1dPW09bT1tPX09fT19PY09jT2NPZ09nT2dPa09rT2tPb09vT29Pc09zT3NPd093T3dPe097T3tPf09/T39Pg0+DT4NPh0+HT4dPi0+LT4tPj0+PT49Pk0+TT5NPl0+XT5dPm0+bT5tPn0+fT59Po0+jT6NPp0+nT6dPq0+rT6tPr0+vT69Ps0+zT7NPt0+3T7dPu0+7T7tPv0+/T79Pw0/DT8NPx0/HT8dPy0/LT8tPz0/PT89P00/TT9NP10/XT9dP20/bT9tP30/fT99P40/jT+NP50/nT+dP60/rT+tP70/vT+9P80/zT/NP90/3T/dP+0/7T/tP/0//T/9MA1ADUANQB1AHUAdQC1ALUAtQD1APUA9QE1ATUBNQF1AXUBdQG1AbUBtQH1AfUB9QI1AjUCNQJ1AnUCdQK1ArUCtQL1AvUC9QM1AzUDNQN1A3UDdQO1A7UDtQP1A/UD9QQ1BDUENQR1BHUEdQS1BLUEtQT1BPUE9QU1BTUFNQV1BXUFdQW1BbUFtQX1BfUF9QY1BjUGNQZ1BnUGdQa1BrUGtQb1BvUG9Qc1BzUHNQd1B3UHdQe1B7UHtQf1B/UH9Qg1CDUINQh1CHUIdQi1CLUItQj1CPUI9Qk1CTUJNQl1CXUJdQm1CbUJtQn1CfUJ9Qo1CjUKNQp1CnUKdQq1CrUKtQr1CvUK9Qs1CzULNQt1C3ULdQu1C7ULtQv1C/UL9Qw1DDUMNQx1DHUMdQy1DLUMtQz1DPUM9Q01DTUNNQ11DXUNdQ21DbUNtQ31DfUN9Q41DjUONQ51DnUOdQ61DrUOtQ71DvUO9Q81DzUPNQ91D3UPdQ+1D7UPtQ/1D/UP9RA1EDUQNRB1EHUQdRC1ELUQtRD1EPUQ9RE1ETURNRF1EXURdRG1EbURtRH1EfUR9RI1EjUSNRJ1EnUSdRK1ErUStRL1EvUS9RM1EzUTNRN1E3UTdRO1E7UTtRP1E/UT9RQ1FDUUNRR1FHUUdRS1FLUUtRT1FPUU9RU1FTUVNRV1FXUVdRW1FbUVtRX1FfUV9RY1FjUWNRZ1FnUWdRa1FrUWtRb1FvUW9Rc1FzUXNRd1F3UXdRe1F7UXtRf1F/UX9Rg1GDUYNRh1GHUYdRi1GLUYtRj1GPUY9Rk1GTUZNRl1GXUZdRm1GbUZtRn1GfUZ9Ro1GjUaNRp1GnUadRq1GrUatRr1GvUa9Rs1GzUbNRt1G3UbdRu1G7UbtRv1G/Ub9Rw1HDUcNRx1HHUcdRy1HLUctRz1HPUc9R01HTUdNR11HXUddR21HbUdtR31HfUd9R41HjUeNR51HnUedR61HrUetR71HvUe9R81HzUfNR91H3UfdR+1H7UftR/1H/Uf9SA1IDUgNSB1IHUgdSC1ILUgtSD1IPUg9SE1ITUhNSF1IXUhdSG1IbUhtSH1IfUh9SI1IjUiNSJ1InUidSK1IrUitSL1IvUi9SM1IzUjNSN1I3UjdSO1I7UjtSP1I/Uj9SQ1JDUkNSR1JHUkdSS1JLUktST1JPUk9SU1JTUlNSV1JXUldSW1JbUltSX1JfUl9SY1JjUmNSZ1JnUmdSa1JrUmtSb1JvUm9Sc1JzUnNSd1J3UndSe1J7UntSf1J/Un9Sg1KDUoNSh1KHUodSi1KLUotSj1KPUo9Sk1KTUpNSl1KXUpdSm1KbUptSn1KfUp9So1KjUqNSp1KnUqdSq1KrUqtSr1KvUq9Ss1KzUrNSt1K3UrdSu1K7UrtSv1K/Ur9Sw1LDUsNSx1LHUsdSy1LLUstSz1LPUs9S01LTUtNS11LXUtdS21LbUttS31LfUt9S41LjUuNS51LnUudS61LrUutS71LvUu9S81LzUvNS91L3UvdS+1L7UvtS/1L/Uv9TA1MDUwNTB1MHUwdTC1MLUwtTD1MPUw9TE1MTUxNTF1MXUxdTG1MbUxtTH1MfUx9TI1MjUyNTJ1MnUydTK1MrUytTL1MvUy9TM1MzUzNTN1M3UzdTO1M7UztTP1M/Uz9TQ1NDU0NTR1NHU0dTS1NLU0tTT1NPU09TU1NTU1NTV1NXU1dTW1NbU1tTX1NfU19TY1NjU2NTZ1NnU2dTa1NrU2tTb1NvU29Tc1NzU3NTd1N3U3dTe1N7U3tTf1N/U39Tg1ODU4NTh1OHU4dTi1OLU4tTj1OPU49Tk1OTU5NTl1OXU5dTm1ObU5tTn1OfU59To1OjU6NTp1OnU6dTq1OrU6tTr1OvU69Ts1OzU7NTt1O3U7dTu1O7U7tTv1O/U79Tw1PDU8NTx1PHU8dTy1PLU8tTz1PPU89T01PTU9NT11PXU9dT21PbU9tT31PfU99T41PjU+NT51PnU+dT61PrU+tT71PvU+9T81PzU/NT91P3U/dT+1P7U/tT/1P/U/9QA1QDVANUB1QHVAdUC1QLVAtUD1QPVA9UE1QTVBNUF1QXVBdUG1QbVBtUH1QfVB9UI1QjVCNUJ1QnVCdUK1QrVCtUL1QvVC9UM1QzVDNUN1Q3VDdUO1Q7VDtUP1Q/VD9UQ1RDVENUR1RHVEdUS1RLVEtUT1RPVE9UU1RTVFNUV1RXVFdUW1RbVFtUX1RfVF9UY1RjVGNUZ1RnVGdUa1RrVGtUb1RvVG9Uc1RzVHNUd1R3VHdUe1R7VHtUf1R/VH9Ug1SDVINUh1SHVIdUi1SLVItUj1SPVI9Uk1STVJNUl1SXVJdUm1SbVJtUn1SfVJ9Uo1SjVKNUp1SnVKdUq1SrVKtUr1SvVK9Us1SzVLNUt1S3VLdUu1S7VLtUv1S/VL9Uw1TDVMNUx1THVMdUy1TLVMtUz1TPVM9U01TTVNNU11TXVNdU21TbVNtU31TfVN9U41TjVONU51TnVOdU61TrVOtU71TvVO9U81TzVPNU91T3VPdU+1T7VPtU/1T/VP9VA1UDVQNVB1UHVQdVC1ULVQtVD1UPVQ9VE1UTVRNVF1UXVRdVG1UbVRtVH1UfVR9VI1UjVSNVJ1UnVSdVK1UrVStVL1UvVS9VM1UzVTNVN1U3VTdVO1U7VTtVP1U/VT9VQ1VDVUNVR1VHVUdVS1VLVUtVT1VPVU9VU1VTVVNVV1VXVVdVW1VbVVtVX1VfVV9VY1VjVWNVZ1VnVWdVa1VrVWtVb1VvVW9Vc1VzVXNVd1V3VXdVe1V7VXtVf1V/VX9Vg1WDVYNVh1WHVYdVi1WLVYtVj1WPVY9Vk1WTVZNVl1WXVZdVm1WbVZtVn1WfVZ9Vo1WjVaNVp1WnVadVq1WrVatVr1WvVa9Vs1WzVbNVt1W3VbdVu1W7VbtVv1W/Vb9Vw1XDVcNVx1XHVcdVy1XLVctVz1XPVc9V01XTVdNV11XXVddV21XbVdtV31XfVd9V41XjVeNV51XnVedV61XrVetV71XvVe9V81XzVfNV91X3VfdV+1X7VftV/1X/Vf9WA1YDVgNWB1YHVgdWC1YLVgtWD1YPVg9WE1YTVhNWF1YXVhdWG1YbVhtWH1YfVh9WI1YjViNWJ1YnVidWK1YrVitWL1YvVi9WM1YzVjNWN1Y3VjdWO1Y7VjtWP1Y/Vj9WQ1ZDVkNWR1ZHVkdWS1ZLVktWT1ZPVk9WU1ZTVlNWV1ZXVldWW1ZbVltWX1ZfVl9WY1ZjVmNWZ1ZnVmdWa1ZrVmtWb1ZvVm9Wc1ZzVnNWd1Z3VndWe1Z7VntWf1Z/Vn9Wg1aDVoNWh1aHVodWi1aLVotWj1aPVo9Wk1aTVpNWl1aXVpdWm1abVptWn1afVp9Wo1ajVqNWp1anVqdWq1arVqtWr1avVq9Ws1azVrNWt1a3VrdWu1a7VrtWv1a/Vr9Ww1bDVsNWx1bHVsdWy1bLVstWz1bPVs9W01bTVtNW11bXVtdW21bbVttW31bfVt9W41bjVuNW51bnVudW61brVutW71bvVu9W81bzVvNW91b3VvdW+1b7VvtW/1b/Vv9XA1cDVwNXB1cHVwdXC1cLVwtXD1cPVw9XE1cTVxNXF1cXVxdXG1cbVxtXH1cfVx9XI1cjVyNXJ1cnVydXK1crVytXL1cvVy9XM1czVzNXN1c3VzdXO1c7VztXP1c/Vz9XQ1dDV0NXR1dHV0dXS1dLV0tXT1dPV09XU1dTV1NXV1dXV1dXW1dbV1tXX1dfV19XY1djV2NXZ1dnV2dXa1drV2tXb1dvV29Xc1dzV3NXd1d3V3dXe1d7V3tXf1d/V39Xg1eDV4NXh1eHV4dXi1eLV4tXj1ePV49Xk1eTV5NXl1eXV5dXm1ebV5tXn1efV59Xo1ejV6NXp1enV6dXq1erV6tXr1evV69Xs1ezV7NXt1e3V7dXu1e7V7tXv1e/V79Xw1fDV8NXx1fHV8dXy1fLV8tXz1fPV89X01fTV9NX11fXV9dX21fbV9tX31ffV99X41fjV+NX51fnV+dX61frV+tX71fvV+9X81fzV/NX91f3V/dX+1f7V/tX/1f/V/9UA1gDWANYB1gHWAdYC1gLWAtYD1gPWA9YE1gTWBNYF1gXWBdYG1gbWBtYH1gfWB9YI1gjWCNYJ1gnWCdYK1grWCtYL1gvWC9YM1gzWDNYN1g3WDdYO1g7WDtYP1g/WD9YQ1hDWENYR1hHWEdYS1hLWEtYT1hPWE9YU1hTWFNYV1hXWFdYW1hbWFtYX1hfWF9YY1hjWGNYZ1hnWGdYa1hrWGtYb1hvWG9Yc1hzWHNYd1h3WHdYe1h7WHtYf1h/WH9Yg1iDWINYh1iHWIdYi1iLWItYj1iPWI9Yk1iTWJNYl1iXWJdYm1ibWJtYn1ifWJ9Yo1ijWKNYp1inWKdYq1irWKtYr1ivWK9Ys1izWLNYt1i3WLdYu1i7WLtYv1i/WL9Yw1jDWMNYx1jHWMdYy1jLWMtYz1jPWM9Y01jTWNNY11jXWNdY21jbWNtY31jfWN9Y41jjWONY51jnWOdY61jrWOtY71jvWO9Y81jzWPNY91j3WPdY+1j7WPtY/1j/WP9ZA1kDWQNZB1kHWQdZC1kLWQtZD1kPWQ9ZE1kTWRNZF1kXWRdZG1kbWRtZH1kfWR9ZI1kjWSNZJ1knWSdZK1krWStZL1kvWS9ZM1kzWTNZN1k3WTdZO1k7WTtZP1k/WT9ZQ1lDWUNZR1lHWUdZS1lLWUtZT1lPWU9ZU1lTWVNZV1lXWVdZW1lbWVtZX1lfWV9ZY1ljWWNZZ1lnWWdZa1lrWWtZb1lvWW9Zc1lzWXNZd1l3WXdZe1l7WXtZf1l/WX9Zg1mDWYNZh1mHWYdZi1mLWYtZj1mPWY9Zk1mTWZNZl1mXWZdZm1mbWZtZn1mfWZ9Zo1mjWaNZp1mnWadZq1mrWatZr1mvWa9Zs1mzWbNZt1m3WbdZu1m7WbtZv1m/Wb9Zw1nDWcNZx1nHWcdZy1nLWctZz1nPWc9Z01nTWdNZ11nXWddZ21nbWdtZ31nfWd9Z41njWeNZ51nnWedZ61nrWetZ71nvWe9Z81nzWfNZ91n3WfdZ+1n7WftZ/1n/Wf9aA1oDWgNaB1oHWgdaC1oLWgtaD1oPWg9aE1oTWhNaF1oXWhdaG1obWhtaH1ofWh9aI1ojWiNaJ1onWidaK1orWitaL1ovWi9aM1ozWjNaN1o3WjdaO1o7WjtaP1o/Wj9aQ1pDWkNaR1pHWkdaS1pLWktaT1pPWk9aU1pTWlNaV1pXWldaW1pbWltaX1pfWl9aY1pjWmNaZ1pnWmdaa1prWmtab1pvWm9ac1pzWnNad1p3Wndae1p7Wntaf1p/Wn9ag1qDWoNah1qHWodai1qLWotaj1qPWo9ak1qTWpNal1qXWpdam1qbWptan1qfWp9ao1qjWqNap1qnWqdaq1qrWqtar1qvWq9as1qzWrNat1q3Wrdau1q7Wrtav1q/Wr9aw1rDWsNax1rHWsday1rLWstaz1rPWs9a01rTWtNa11rXWtda21rbWtta31rfWt9a41rjWuNa51rnWuda61rrWuta71rvWu9a81rzWvNa91r3Wvda+1r7Wvta/1r/Wv9bA1sDWwNbB1sHWwdbC1sLWwtbD1sPWw9bE1sTWxNbF1sXWxdbG1sbWxtbH1sfWx9bI1sjWyNbJ1snWydbK1srWytbL1svWy9bM1szWzNbN1s3WzdbO1s7WztbP1s/Wz9bQ1tDW0NbR1tHW0dbS1tLW0tbT1tPW09bU1tTW1NbV1tXW1dbW1tbW1tbX1tfW19bY1tjW2NbZ1tnW2dba1trW2tbb1tvW29bc1tzW3Nbd1t3W3dbe1t7W3tbf1t/W39bg1uDW4Nbh1uHW4dbi1uLW4tbj1uPW49bk1uTW5Nbl1uXW5dbm1ubW5tbn1ufW59bo1ujW6Nbp1unW6dbq1urW6tbr1uvW69bs1uzW7Nbt1u3W7dbu1u7W7tbv1u/W79bw1vDW8Nbx1vHW8dby1vLW8tbz1vPW89b01vTW9Nb11vXW9db21vbW9tb31vfW99b41vjW+Nb51vnW+db61vrW+tb71vvW+9b81vzW/Nb91v3W/db+1v7W/tb/1v/W/9YA1wDXANcB1wHXAdcC1wLXAtcD1wPXA9cE1wTXBNcF1wXXBdcG1wbXBtcH1wfXB9cI1wjXCNcJ1wnXCdcK1wrXCtcL1wvXC9cM1wzXDNcN1w3XDdcO1w7XDtcP1w/XD9cQ1xDXENcR1xHXEdcS1xLXEtcT1xPXE9cU1xTXFNcV1xXXFdcW1xbXFtcX1xfXF9cY1xjXGNcZ1xnXGdca1xrXGtcb1xvXG9cc1xzXHNcd1x3XHdce1x7XHtcf1x/XH9cg1yDXINch1yHXIdci1yLXItcj1yPXI9ck1yTXJNcl1yXXJdcm1ybXJtcn1yfXJ9co1yjXKNcp1ynXKdcq1yrXKtcr1yvXK9cs1yzXLNct1y3XLdcu1y7XLtcv1y/XL9cw1zDXMNcx1zHXMdcy1zLXMtcz1zPXM9c01zTXNNc11zXXNdc21zbXNtc31zfXN9c41zjXONc51znXOdc61zrXOtc71zvXO9c81zzXPNc91z3XPdc+1z7XPtc/1z/XP9dA10DXQNdB10HXQddC10LXQtdD10PXQ9dE10TXRNdF10XXRddG10bXRtdH10fXR9dI10jXSNdJ10nXSddK10rXStdL10vXS9dM10zXTNdN103XTddO107XTtdP10/XT9dQ11DXUNdR11HXUddS11LXUtdT11PXU9dU11TXVNdV11XXVddW11bXVtdX11fXV9dY11jXWNdZ11nXWdda11rXWtdb11vXW9dc11zXXNdd113XXdde117XXtdf11/XX9dg12DXYNdh12HXYddi12LXYtdj12PXY9dk12TXZNdl12XXZddm12bXZtdn12fXZ9do12jXaNdp12nXaddq12rXatdr12vXa9ds12zXbNdt123Xbddu127Xbtdv12/Xb9dw13DXcNdx13HXcddy13LXctdz13PXc9d013TXdNd113XXddd213bXdtd313fXd9d413jXeNd513nXedd613rXetd713vXe9d813zXfNd9133Xfdd+137Xftd/13/Xf9eA14DXgNeB14HXgdeC14LXgteD14PXg9eE14TXhNeF14XXhdeG14bXhteH14fXh9eI14jXiNeJ14nXideK14rXiteL14vXi9eM14zXjNeN143XjdeO147XjteP14/Xj9eQ15DXkNeR15HXkdeS15LXkteT15PXk9eU15TXlNeV15XXldeW15bXlteX15fXl9eY15jXmNeZ15nXmdea15rXmteb15vXm9ec15zXnNed153Xndee157Xntef15/Xn9eg16DXoNeh16HXodei16LXotej16PXo9cA+QD5APkB+QH5AfkC+QL5AvkD+QP5A/kE+QT5BPkF+QX5BfkG+Qb5BvkH+Qf5B/kI+Qj5CPkJ+Qn5CfkK+Qr5CvkL+Qv5C/kM+Qz5DPkN+Q35DfkO+Q75DvkP+Q/5D/kQ+RD5EPkR+RH5EfkS+RL5EvkT+RP5E/kU+RT5FPkV+RX5FfkW+Rb5FvkX+Rf5F/kY+Rj5GPkZ+Rn5Gfka+Rr5Gvkb+Rv5G/kc+Rz5HPkd+R35Hfke+R75Hvkf+R/5H/kg+SD5IPkh+SH5Ifki+SL5Ivkj+SP5I/kk+ST5JPkl+SX5Jfkm+Sb5Jvkn+Sf5J/ko+Sj5KPkp+Sn5Kfkq+Sr5Kvkr+Sv5K/ks+Sz5LPkt+S35Lfku+S75Lvkv+S/5L/kw+TD5MPkx+TH5Mfky+TL5Mvkz+TP5M/k0+TT5NPk1+TX5Nfk2+Tb5Nvk3+Tf5N/k4+Tj5OPk5+Tn5Ofk6+Tr5Ovk7+Tv5O/k8+Tz5PPk9+T35Pfk++T75Pvk/+T/5P/lA+UD5QPlB+UH5QflC+UL5QvlD+UP5Q/lE+UT5RPlF+UX5RflG+Ub5RvlH+Uf5R/lI+Uj5SPlJ+Un5SflK+Ur5SvlL+Uv5S/lM+Uz5TPlN+U35TflO+U75TvlP+U/5T/lQ+VD5UPlR+VH5UflS+VL5UvlT+VP5U/lU+VT5VPlV+VX5VflW+Vb5VvlX+Vf5V/lY+Vj5WPlZ+Vn5Wfla+Vr5Wvlb+Vv5W/lc+Vz5XPld+V35Xfle+V75Xvlf+V/5X/lg+WD5YPlh+WH5Yfli+WL5Yvlj+WP5Y/lk+WT5ZPll+WX5Zflm+Wb5Zvln+Wf5Z/lo+Wj5aPlp+Wn5aflq+Wr5avlr+Wv5a/ls+Wz5bPlt+W35bflu+W75bvlv+W/5b/lw+XD5cPlx+XH5cfly+XL5cvlz+XP5c/l0+XT5dPl1+XX5dfl2+Xb5dvl3+Xf5d/l4+Xj5ePl5+Xn5efl6+Xr5evl7+Xv5e/l8+Xz5fPl9+X35ffl++X75fvl/+X/5f/mA+YD5gPmB+YH5gfmC+YL5gvmD+YP5g/mE+YT5hPmF+YX5hfmG+Yb5hvmH+Yf5h/mI+Yj5iPmJ+Yn5ifmK+Yr5ivmL+Yv5i/mM+Yz5jPmN+Y35jfmO+Y75jvmP+Y/5j/mQ+ZD5kPmR+ZH5kfmS+ZL5kvmT+ZP5k/mU+ZT5lPmV+ZX5lfmW+Zb5lvmX+Zf5l/mY+Zj5mPmZ+Zn5mfma+Zr5mvmb+Zv5m/mc+Zz5nPmd+Z35nfme+Z75nvmf+Z/5n/mg+aD5oPmh+aH5ofmi+aL5ovmj+aP5o/mk+aT5pPml+aX5pfmm+ab5pvmn+af5p/mo+aj5qPmp+an5qfmq+ar5qvmr+av5q/ms+az5rPmt+a35rfmu+a75rvmv+a/5r/mw+bD5sPmx+bH5sfmy+bL5svmz+bP5s/m0+bT5tPm1+bX5tfm2+bb5tvm3+bf5t/m4+bj5uPm5+bn5ufm6+br5uvm7+bv5u/m8+bz5vPm9+b35vfm++b75vvm/+b/5v/nA+cD5wPnB+cH5wfnC+cL5wvnD+cP5w/nE+cT5xPnF+cX5xfnG+cb5xvnH+cf5x/nI+cj5yPnJ+cn5yfnK+cr5yvnL+cv5y/nM+cz5zPnN+c35zfnO+c75zvnP+c/5z/nQ+dD50PnR+dH50fnS+dL50vnT+dP50/nU+dT51PnV+dX51fnW+db51vnX+df51/nY+dj52PnZ+dn52fna+dr52vnb+dv52/nc+dz53Pnd+d353fne+d753vnf+d/53/ng+eD54Pnh+eH54fni+eL54vnj+eP54/nk+eT55Pnl+eX55fnm+eb55vnn+ef55/no+ej56Pnp+en56fnq+er56vnr+ev56/ns+ez57Pnt+e357fnu+e757vnv+e/57/nw+fD58Pnx+fH58fny+fL58vnz+fP58/n0+fT59Pn1+fX59fn2+fb59vn3+ff59/n4+fj5+Pn5+fn5+fn6+fr5+vn7+fv5+/n8+fz5/Pn9+f35/fn++f75/vn/+f/5//kA+gD6APoB+gH6AfoC+gL6AvoD+gP6A/oE+gT6BPoF+gX6BfoG+gb6BvoH+gf6B/oI+gj6CPoJ+gn6CfoK+gr6CvoL+gv6C/oM+gz6DPoN+g36DfoO+g76DvoP+g/6D/oQ+hD6EPoR+hH6EfoS+hL6EvoT+hP6E/oU+hT6FPoV+hX6FfoW+hb6FvoX+hf6F/oY+hj6GPoZ+hn6Gfoa+hr6Gvob+hv6G/oc+hz6HPod+h36Hfoe+h76Hvof+h/6H/og+iD6IPoh+iH6Ifoi+iL6Ivoj+iP6I/ok+iT6JPol+iX6Jfom+ib6Jvon+if6J/oo+ij6KPop+in6Kfoq+ir6Kvor+iv6K/os+iz6LPot+i36Lfow+jD6MPox+jH6Mfoy+jL6Mvoz+jP6M/o0+jT6NPo1+jX6Nfo2+jb6Nvo3+jf6N/o4+jj6OPo5+jn6Ofo6+jr6Ovo7+jv6O/o8+jz6PPo9+j36Pfo++j76Pvo/+j/6P/pA+kD6QPpB+kH6QfpC+kL6QvpD+kP6Q/pE+kT6RPpF+kX6RfpG+kb6RvpH+kf6R/pI+kj6SPpJ+kn6SfpK+kr6SvpL+kv6S/pM+kz6TPpN+k36TfpO+k76TvpP+k/6T/pQ+lD6UPpR+lH6UfpS+lL6UvpT+lP6U/pU+lT6VPpV+lX6VfpW+lb6VvpX+lf6V/pY+lj6WPpZ+ln6Wfpa+lr6Wvpb+lv6W/pc+lz6XPpd+l36Xfpe+l76Xvpf+l/6X/pg+mD6YPph+mH6Yfpi+mL6Yvpj+mP6Y/pk+mT6ZPpl+mX6Zfpm+mb6Zvpn+mf6Z/po+mj6aPpp+mn6afpq+mr6avpw+nD6cPpx+nH6cfpy+nL6cvpz+nP6c/p0+nT6dPp1+nX6dfp2+nb6dvp3+nf6d/p4+nj6ePp5+nn6efp6+nr6evp7+nv6e/p8+nz6fPp9+n36ffp++n76fvp/+n/6f/qA+oD6gPqB+oH6gfqC+oL6gvqD+oP6g/qE+oT6hPqF+oX6hfqG+ob6hvqH+of6h/qI+oj6iPqJ+on6ifqK+or6ivqL+ov6i/qM+oz6jPqN+o36jfqO+o76jvqP+o/6j/qQ+pD6kPqR+pH6kfqS+pL6kvqT+pP6k/qU+pT6lPqV+pX6lfqW+pb6lvqX+pf6l/qY+pj6mPqZ+pn6mfqa+pr6mvqb+pv6m/qc+pz6nPqd+p36nfqe+p76nvqf+p/6n/qg+qD6oPqh+qH6ofqi+qL6ovqj+qP6o/qk+qT6pPql+qX6pfqm+qb6pvqn+qf6p/qo+qj6qPqp+qn6qfqq+qr6qvqr+qv6q/qs+qz6rPqt+q36rfqu+q76rvqv+q/6r/qw+rD6sPqx+rH6sfqy+rL6svqz+rP6s/q0+rT6tPq1+rX6tfq2+rb6tvq3+rf6t/q4+rj6uPq5+rn6ufq6+rr6uvq7+rv6u/q8+rz6vPq9+r36vfq++r76vvq/+r/6v/rA+sD6wPrB+sH6wfrC+sL6wvrD+sP6w/rE+sT6xPrF+sX6xfrG+sb6xvrH+sf6x/rI+sj6yPrJ+sn6yfrK+sr6yvrL+sv6y/rM+sz6zPrN+s36zfrO+s76zvrP+s/6z/rQ+tD60PrR+tH60frS+tL60vrT+tP60/rU+tT61PrV+tX61frW+tb61vrX+tf61/rY+tj62PrZ+tn62foA+wD7APsB+wH7AfsC+wL7AvsD+wP7A/sE+wT7BPsF+wX7BfsG+wb7BvsT+xP7E/sU+xT7FPsV+xX7FfsW+xb7FvsX+xf7F/sd+x37Hfse+x77Hvsf+x/7H/sg+yD7IPsh+yH7Ifsi+yL7Ivsj+yP7I/sk+yT7JPsl+yX7Jfsm+yb7Jvsn+yf7J/so+yj7KPsq+yr7Kvsr+yv7K/ss+yz7LPst+y37Lfsu+y77Lvsv+y/7L/sw+zD7MPsx+zH7Mfsy+zL7Mvsz+zP7M/s0+zT7NPs1+zX7Nfs2+zb7Nvs4+zj7OPs5+zn7Ofs6+zr7Ovs7+zv7O/s8+zz7PPs++z77PvtA+0D7QPtB+0H7QftD+0P7Q/tE+0T7RPtG+0b7RvtH+0f7R/tI+0j7SPtJ+0n7SftK+0r7SvtL+0v7S/tM+0z7TPtN+037TftO+077TvtP+0/7T/tQ+1D7UPtR+1H7UftS+1L7UvtT+1P7U/tU+1T7VPtV+1X7VftW+1b7VvtX+1f7V/tY+1j7WPtZ+1n7Wfta+1r7Wvtb+1v7W/tc+1z7XPtd+137Xfte+177Xvtf+1/7X/tg+2D7YPth+2H7Yfti+2L7Yvtj+2P7Y/tk+2T7ZPtl+2X7Zftm+2b7Zvtn+2f7Z/to+2j7aPtp+2n7aftq+2r7avtr+2v7a/ts+2z7bPtt+237bftu+277bvtv+2/7b/tw+3D7cPtx+3H7cfty+3L7cvtz+3P7c/t0+3T7dPt1+3X7dft2+3b7dvt3+3f7d/t4+3j7ePt5+3n7eft6+3r7evt7+3v7e/t8+3z7fPt9+337fft++377fvt/+3/7f/uA+4D7gPuB+4H7gfuC+4L7gvuD+4P7g/uE+4T7hPuF+4X7hfuG+4b7hvuH+4f7h/uI+4j7iPuJ+4n7ifuK+4r7ivuL+4v7i/uM+4z7jPuN+437jfuO+477jvuP+4/7j/uQ+5D7kPuR+5H7kfuS+5L7kvuT+5P7k/uU+5T7lPuV+5X7lfuW+5b7lvuX+5f7l/uY+5j7mPuZ+5n7mfua+5r7mvub+5v7m/uc+5z7nPud+537nfue+577nvuf+5/7n/ug+6D7oPuh+6H7ofui+6L7ovuj+6P7o/uk+6T7pPul+6X7pfum+6b7pvun+6f7p/uo+6j7qPup+6n7qfuq+6r7qvur+6v7q/us+6z7rPut+637rfuu+677rvuv+6/7r/uw+7D7sPux+7H7sfvT+9P70/vU+9T71PvV+9X71fvW+9b71vvX+9f71/vY+9j72PvZ+9n72fva+9r72vvb+9v72/vc+9z73Pvd+9373fve+9773vvf+9/73/vg++D74Pvh++H74fvi++L74vvj++P74/vk++T75Pvl++X75fvm++b75vvn++f75/vo++j76Pvp++n76fvq++r76vvr++v76/vs++z77Pvt++377fvu++777vvv++/77/vw+/D78Pvx+/H78fvy+/L78vvz+/P78/v0+/T79Pv1+/X79fv2+/b79vv3+/f79/v4+/j7+Pv5+/n7+fv6+/r7+vv7+/v7+/v8+/z7/Pv9+/37/fv++/77/vv/+//7//sA/AD8APwB/AH8AfwC/AL8AvwD/AP8A/wE/AT8BPwF/AX8BfwG/Ab8BvwH/Af8B/wI/Aj8CPwJ/An8CfwK/Ar8CvwL/Av8C/wM/Az8DPwN/A38DfwO/A78DvwP/A/8D/wQ/BD8EPwR/BH8EfwS/BL8EvwT/BP8E/wU/BT8FPwV/BX8FfwW/Bb8FvwX/Bf8F/wY/Bj8GPwZ/Bn8Gfwa/Br8Gvwb/Bv8G/wc/Bz8HPwd/B38Hfwe/B78Hvwf/B/8H/wg/CD8IPwh/CH8Ifwi/CL8Ivwj/CP8I/wk/CT8JPwl/CX8Jfwm/Cb8Jvwn/Cf8J/wo/Cj8KPwp/Cn8Kfwq/Cr8Kvwr/Cv8K/ws/Cz8LPwt/C38Lfwu/C78Lvwv/C/8L/ww/DD8MPwx/DH8Mfwy/DL8Mvwz/DP8M/w0/DT8NPw1/DX8Nfw2/Db8Nvw3/Df8N/w4/Dj8OPw5/Dn8Ofw6/Dr8Ovw7/Dv8O/w8/Dz8PPw9/D38Pfw+/D78Pvw//D/8P/xA/ED8QPxB/EH8QfxC/EL8QvxD/EP8Q/xE/ET8RPxF/EX8RfxG/Eb8RvxH/Ef8R/xI/Ej8SPxJ/En8SfxK/Er8SvxL/Ev8S/xM/Ez8TPxN/E38TfxO/E78TvxP/E/8T/xQ/FD8UPxR/FH8UfxS/FL8UvxT/FP8U/xU/FT8VPxV/FX8VfxW/Fb8VvxX/Ff8V/xY/Fj8WPxZ/Fn8Wfxa/Fr8Wvxb/Fv8W/xc/Fz8XPxd/F38Xfxe/F78Xvxf/F/8X/xg/GD8YPxh/GH8Yfxi/GL8Yvxj/GP8Y/xk/GT8ZPxl/GX8Zfxm/Gb8Zvxn/Gf8Z/xo/Gj8aPxp/Gn8afxq/Gr8avxr/Gv8a/xs/Gz8bPxt/G38bfxu/G78bvxv/G/8b/xw/HD8cPxx/HH8cfxy/HL8cvxz/HP8c/x0/HT8dPx1/HX8dfx2/Hb8dvx3/Hf8d/x4/Hj8ePx5/Hn8efx6/Hr8evx7/Hv8e/x8/Hz8fPx9/H38ffx+/H78fvx//H/8f/yA/ID8gPyB/IH8gfyC/IL8gvyD/IP8g/yE/IT8hPyF/IX8hfyG/Ib8hvyH/If8h/yI/Ij8iPyJ/In8ifyK/Ir8ivyL/Iv8i/yM/Iz8jPyN/I38jfyO/I78jvyP/I/8j/yQ/JD8kPyR/JH8kfyS/JL8kvyT/JP8k/yU/JT8lPyV/JX8lfyW/Jb8lvyX/Jf8l/yY/Jj8mPyZ/Jn8mfya/Jr8mvyb/Jv8m/yc/Jz8nPyd/J38nfye/J78nvyf/J/8n/yg/KD8oPyh/KH8ofyi/KL8ovyj/KP8o/yk/KT8pPyl/KX8pfym/Kb8pvyn/Kf8p/yo/Kj8qPyp/Kn8qfyq/Kr8qvyr/Kv8q/ys/Kz8rPyt/K38rfyu/K78rvyv/K/8r/yw/LD8sPyx/LH8sfyy/LL8svyz/LP8s/y0/LT8tPy1/LX8tfy2/Lb8tvy3/Lf8t/y4/Lj8uPy5/Ln8ufy6/Lr8uvy7/Lv8u/y8/Lz8vPy9/L38vfy+/L78vvy//L/8v/zA/MD8wPzB/MH8wfzC/ML8wvzD/MP8w/zE/MT8xPzF/MX8xfzG/Mb8xvzH/Mf8x/zI/Mj8yPzJ/Mn8yfzK/Mr8yvzL/Mv8y/zM/Mz8zPzN/M38zfzO/M78zvzP/M/8z/zQ/ND80PzR/NH80fzS/NL80vzT/NP80/zU/NT81PzV/NX81fzW/Nb81vzX/Nf81/zY/Nj82PzZ/Nn82fza/Nr82vzb/Nv82/zc/Nz83Pzd/N383fze/N783vzf/N/83/zg/OD84Pzh/OH84fzi/OL84vzj/OP84/zk/OT85Pzl/OX85fzm/Ob85vzn/Of85/zo/Oj86Pzp/On86fzq/Or86vzr/Ov86/zs/Oz87Pzt/O387fzu/O787vzv/O/87/zw/PD88Pzx/PH88fzy/PL88vzz/PP88/z0/PT89Pz1/PX89fz2/Pb89vz3/Pf89/z4/Pj8+Pz5/Pn8+fz6/Pr8+vz7/Pv8+/z8/Pz8/Pz9/P38/fz+/P78/vz//P/8//wA/QD9AP0B/QH9Af0C/QL9Av0D/QP9A/0E/QT9BP0F/QX9Bf0G/Qb9Bv0H/Qf9B/0I/Qj9CP0J/Qn9Cf0K/Qr9Cv0L/Qv9C/0M/Qz9DP0N/Q39Df0O/Q79Dv0P/Q/9D/0Q/RD9EP0R/RH9Ef0S/RL9Ev0T/RP9E/0U/RT9FP0V/RX9Ff0W/Rb9Fv0X/Rf9F/0Y/Rj9GP0Z/Rn9Gf0a/Rr9Gv0b/Rv9G/0c/Rz9HP0d/R39Hf0e/R79Hv0f/R/9H/0g/SD9IP0h/SH9If0i/SL9Iv0j/SP9I/0k/ST9JP0l/SX9Jf0m/Sb9Jv0n/Sf9J/0o/Sj9KP0p/Sn9Kf0q/Sr9Kv0r/Sv9K/0s/Sz9LP0t/S39Lf0u/S79Lv0v/S/9L/0w/TD9MP0x/TH9Mf0y/TL9Mv0z/TP9M/00/TT9NP01/TX9Nf02/Tb9Nv03/Tf9N/04/Tj9OP05/Tn9Of06/Tr9Ov07/Tv9O/08/Tz9PP09/T39Pf1Q/VD9UP1R/VH9Uf1S/VL9Uv1T/VP9U/1U/VT9VP1V/VX9Vf1W/Vb9Vv1X/Vf9V/1Y/Vj9WP1Z/Vn9Wf1a/Vr9Wv1b/Vv9W/1c/Vz9XP1d/V39Xf1e/V79Xv1f/V/9X/1g/WD9YP1h/WH9Yf1i/WL9Yv1j/WP9Y/1k/WT9ZP1l/WX9Zf1m/Wb9Zv1n/Wf9Z/1o/Wj9aP1p/Wn9af1q/Wr9av1r/Wv9a/1s/Wz9bP1t/W39bf1u/W79bv1v/W/9b/1w/XD9cP1x/XH9cf1y/XL9cv1z/XP9c/10/XT9dP11/XX9df12/Xb9dv13/Xf9d/14/Xj9eP15/Xn9ef16/Xr9ev17/Xv9e/18/Xz9fP19/X39ff1+/X79fv1//X/9f/2A/YD9gP2B/YH9gf2C/YL9gv2D/YP9g/2E/YT9hP2F/YX9hf2G/Yb9hv2H/Yf9h/2I/Yj9iP2J/Yn9if2K/Yr9iv2L/Yv9i/2M/Yz9jP2N/Y39jf2O/Y79jv2P/Y/9j/2S/ZL9kv2T/ZP9k/2U/ZT9lP2V/ZX9lf2W/Zb9lv2X/Zf9l/2Y/Zj9mP2Z/Zn9mf2a/Zr9mv2b/Zv9m/2c/Zz9nP2d/Z39nf2e/Z79nv2f/Z/9n/2g/aD9oP2h/aH9of2i/aL9ov2j/aP9o/2k/aT9pP2l/aX9pf2m/ab9pv2n/af9p/2o/aj9qP2p/an9qf2q/ar9qv2r/av9q/2s/az9rP2t/a39rf2u/a79rv2v/a/9r/2w/bD9sP2x/bH9sf2y/bL9sv2z/bP9s/20/bT9tP21/bX9tf22/bb9tv23/bf9t/24/bj9uP25/bn9uf26/br9uv27/bv9u/28/bz9vP29/b39vf2+/b79vv2//b/9v/3A/cD9wP3B/cH9wf3C/cL9wv3D/cP9w/3E/cT9xP3F/cX9xf3G/cb9xv3H/cf9x/3w/fD98P3x/fH98f3y/fL98v3z/fP98/30/fT99P31/fX99f32/fb99v33/ff99/34/fj9+P35/fn9+f36/fr9+v37/fv9+/0A/gD+AP4B/gH+Af4C/gL+Av4D/gP+A/4E/gT+BP4F/gX+Bf4G/gb+Bv4H/gf+B/4I/gj+CP4J/gn+Cf4K/gr+Cv4L/gv+C/4M/gz+DP4N/g3+Df4O/g7+Dv4P/g/+D/4g/iD+IP4h/iH+If4i/iL+Iv4j/iP+I/5w/nD+cP5x/nH+cf5y/nL+cv5z/nP+c/50/nT+dP52/nb+dv53/nf+d/54/nj+eP55/nn+ef56/nr+ev57/nv+e/58/nz+fP59/n3+ff5+/n7+fv5//n/+f/6A/oD+gP6B/oH+gf6C/oL+gv6D/oP+g/6E/oT+hP6F/oX+hf6G/ob+hv6H/of+h/6I/oj+iP6J/on+if6K/or+iv6L/ov+i/6M/oz+jP6N/o3+jf6O/o7+jv6P/o/+j/6Q/pD+kP6R/pH+kf6S/pL+kv6T/pP+k/6U/pT+lP6V/pX+lf6W/pb+lv6X/pf+l/6Y/pj+mP6Z/pn+mf6a/pr+mv6b/pv+m/6c/pz+nP6d/p3+nf6e/p7+nv6f/p/+n/6g/qD+oP6h/qH+of6i/qL+ov6j/qP+o/6k/qT+pP6l/qX+pf6m/qb+pv6n/qf+p/6o/qj+qP6p/qn+qf6q/qr+qv6r/qv+q/6s/qz+rP6t/q3+rf6u/q7+rv6v/q/+r/6w/rD+sP6x/rH+sf6y/rL+sv6z/rP+s/60/rT+tP61/rX+tf62/rb+tv63/rf+t/64/rj+uP65/rn+uf66/rr+uv67/rv+u/68/rz+vP69/r3+vf6+/r7+vv6//r/+v/7A/sD+wP7B/sH+wf7C/sL+wv7D/sP+w/7E/sT+xP7F/sX+xf7G/sb+xv7H/sf+x/7I/sj+yP7J/sn+yf7K/sr+yv7L/sv+y/7M/sz+zP7N/s3+zf7O/s7+zv7P/s/+z/7Q/tD+0P7R/tH+0f7S/tL+0v7T/tP+0/7U/tT+1P7V/tX+1f7W/tb+1v7X/tf+1/7Y/tj+2P7Z/tn+2f7a/tr+2v7b/tv+2/7c/tz+3P7d/t3+3f7e/t7+3v7f/t/+3/7g/uD+4P7h/uH+4f7i/uL+4v7j/uP+4/7k/uT+5P7l/uX+5f7m/ub+5v7n/uf+5/7o/uj+6P7p/un+6f7q/ur+6v7r/uv+6/7s/uz+7P7t/u3+7f7u/u7+7v7v/u/+7/7w/vD+8P7x/vH+8f7y/vL+8v7z/vP+8/70/vT+9P71/vX+9f72/vb+9v73/vf+9/74/vj++P75/vn++f76/vr++v77/vv++/78/vz+/P4h/yH/Qf8i/yL/Qv8j/yP/Q/8k/yT/RP8l/yX/Rf8m/yb/Rv8n/yf/R/8o/yj/SP8p/yn/Sf8q/yr/Sv8r/yv/S/8s/yz/TP8t/y3/Tf8u/y7/Tv8v/y//T/8w/zD/UP8x/zH/Uf8y/zL/Uv8z/zP/U/80/zT/VP81/zX/Vf82/zb/Vv83/zf/V/84/zj/WP85/zn/Wf86/zr/Wv9B/yH/Qf9C/yL/Qv9D/yP/Q/9E/yT/RP9F/yX/Rf9G/yb/Rv9H/yf/R/9I/yj/SP9J/yn/Sf9K/yr/Sv9L/yv/S/9M/yz/TP9N/y3/Tf9O/y7/Tv9P/y//T/9Q/zD/UP9R/zH/Uf9S/zL/Uv9T/zP/U/9U/zT/VP9V/zX/Vf9W/zb/Vv9X/zf/V/9Y/zj/WP9Z/zn/Wf9a/zr/Wv9m/2b/Zv9n/2f/Z/9o/2j/aP9p/2n/af9q/2r/av9r/2v/a/9s/2z/bP9t/23/bf9u/27/bv9v/2//b/9w/3D/cP9x/3H/cf9y/3L/cv9z/3P/c/90/3T/dP91/3X/df92/3b/dv93/3f/d/94/3j/eP95/3n/ef96/3r/ev97/3v/e/98/3z/fP99/33/ff9+/37/fv9//3//f/+A/4D/gP+B/4H/gf+C/4L/gv+D/4P/g/+E/4T/hP+F/4X/hf+G/4b/hv+H/4f/h/+I/4j/iP+J/4n/if+K/4r/iv+L/4v/i/+M/4z/jP+N/43/jf+O/47/jv+P/4//j/+Q/5D/kP+R/5H/kf+S/5L/kv+T/5P/k/+U/5T/lP+V/5X/lf+W/5b/lv+X/5f/l/+Y/5j/mP+Z/5n/mf+a/5r/mv+b/5v/m/+c/5z/nP+d/53/nf+e/57/nv+f/5//n/+g/6D/oP+h/6H/of+i/6L/ov+j/6P/o/+k/6T/pP+l/6X/pf+m/6b/pv+n/6f/p/+o/6j/qP+p/6n/qf+q/6r/qv+r/6v/q/+s/6z/rP+t/63/rf+u/67/rv+v/6//r/+w/7D/sP+x/7H/sf+y/7L/sv+z/7P/s/+0/7T/tP+1/7X/tf+2/7b/tv+3/7f/t/+4/7j/uP+5/7n/uf+6/7r/uv+7/7v/u/+8/7z/vP+9/73/vf++/77/vv/C/8L/wv/D/8P/w//E/8T/xP/F/8X/xf/G/8b/xv/H/8f/x//K/8r/yv/L/8v/y//M/8z/zP/N/83/zf/O/87/zv/P/8//z//S/9L/0v/T/9P/0//U/9T/1P/V/9X/1f/W/9b/1v/X/9f/1//a/9r/2v/b/9v/2//c/9z/3P9AAAAAAAAAAHgNAgBRAQAAUgEAADgAAAD4////eA0CAFMBAABUAQAAwP///8D///94DQIAVQEAAFYBAABMDAIAsAwCAOwMAgAADQIAFA0CACgNAgDYDAIAxAwCAHQMAgBgDAIAQAAAAAAAAAB0PQAASQEAAEoBAAA4AAAA+P///3Q9AABLAQAATAEAAMD////A////dD0AAE0BAABOAQAAQAAAAAAAAACUPAAAJgAAACcAAADA////wP///5Q8AAAoAAAAKQAAADgAAAAAAAAA3DwAADwAAAA9AAAAyP///8j////cPAAAPgAAAD8AAABOU3QzX18yMThiYXNpY19zdHJpbmdzdHJlYW1JY05TXzExY2hhcl90cmFpdHNJY0VFTlNfOWFsbG9jYXRvckljRUVFRQAAAAAkBwAAMA0CAHQ9AAAAAAAACA4CAFcBAABYAQAAQQEAAEIBAABZAQAAWgEAAEUBAAAxAAAAMgAAAFsBAAA0AAAAXAEAADYAAABdAQAATlN0M19fMjE1YmFzaWNfc3RyaW5nYnVmSWNOU18xMWNoYXJfdHJhaXRzSWNFRU5TXzlhbGxvY2F0b3JJY0VFRUUAAAAkBwAAxA0CAFw8AABpc284ODU5MQBpc284ODU5MgBpc284ODU5MwBpc284ODU5NABpc284ODU5NQBpc284ODU5NgBpc284ODU5NwBpc284ODU5OABpc284ODU5OQBpc284ODU5MTAAdGlzNjIwAHRpczYyMDI1MzMAaXNvODg1OTExAGlzbzg4NTkxMwBpc284ODU5MTQAaXNvODg1OTE1AGtvaThyAGtvaTh1AGNwMTI1MQBtaWNyb3NvZnRjcDEyNTEAeGlzY2lpYXMAaXNjaWlkZXZhbmFnYXJpAGFyAGF6AGF6X0FaAGJnAGNhAGNzAGRhAGRlAGVsAGVuAGVzAGV1AGdsAGZyAGhyAGh1AGh1X0hVAGl0AGxhAGx2AG5sAHBsAHB0AHN2AHRyAHRyX1RSAHJ1AHVrAHIAcisAdysAYSsAcmIAcitiAHcrYgBhK2IAYWxsb2NhdG9yPFQ+OjphbGxvY2F0ZShzaXplX3QgbikgJ24nIGV4Y2VlZHMgbWF4aW11bSBzdXBwb3J0ZWQgc2l6ZQBwaDoAc3Q6ACAACgBhbDoAcGE6ACB8IABpczoAdHM6AHNwOgBkczoAAGFsbG9jYXRvcjxUPjo6YWxsb2NhdGUoc2l6ZV90IG4pICduJyBleGNlZWRzIG1heGltdW0gc3VwcG9ydGVkIHNpemUAPD94bWw/PgAtAHBhOgAgfCAAZHM6AGlzOgBzcDoAc3Q6AAoAJmFtcDsAPHF1ZXJ5ADx3b3JkAHR5cGU9AGFuYWx5emUAPGNvZGU+ADxhPgA8L2E+ADwvY29kZT4Ac3RlbQBnZW5lcmF0ZQA8Y29kZQBhbGxvY2F0b3I8VD46OmFsbG9jYXRlKHNpemVfdCBuKSAnbicgZXhjZWVkcyBtYXhpbXVtIHN1cHBvcnRlZCBzaXplAEHQoQgLAQUAQdyhCAsBAQBB9KEICwsCAAAAAwAAAFxIAgBBjKIICwECAEGboggLBf//////AEGQpAgLA4RIAgBB1KQIC/xrAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUApqYAp6cAqKgAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIAs7MAtLQAtbUAtrYAt7cAuLgAubkAuroAu7sAvLwAvb0Avr4Av78B4MAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788B8NAB8dEB8tIB89MB9NQB9dUB9tYA19cB+NgB+dkB+toB+9sB/NwB/d0B/t4A398A4MAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8NAA8dEA8tIA89MA9NQA9dUA9tYA9/cA+NgA+dkA+toA+9sA/NwA/d0A/t4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKABsaEAoqIBs6MApKQBtaUBtqYAp6cAqKgBuakBuqoBu6sBvKwAra0Bvq4Bv68AsLAAsaEAsrIAs6MAtLQAtaUAtqYAt7cAuLgAuakAuqoAu6sAvKwAvb0Avq4Av68B4MAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788B8NAB8dEB8tIB89MB9NQB9dUB9tYA19cB+NgB+dkB+toB+9sB/NwB/d0B/t4A398A4MAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8NAA8dEA8tIA89MA9NQA9dUA9tYA9/cA+NgA+dkA+toA+9sA/NwA/d0A/t4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKABsaEAoqIAo6MApKQApaUBtqYAp6cAqKgBaakBuqoBu6sBvKwAra0Arq4Bv68AsLAAsaEAsrIAs7MAtLQAtbUAtqYAt7cAuLgAuUkAuqoAu6sAvKwAvb0Avr4Av68B4MAB4cEB4sIAw8MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788A0NAB8dEB8tIB89MB9NQB9dUB9tYA19cB+NgB+dkB+toB+9sB/NwB/d0B/t4A398A4MAA4cEA4sIA4+MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8PAA8dEA8tIA89MA9NQA9dUA9tYA9/cA+NgA+dkA+toA+9sA/NwA/d0A/t4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKABsaEAoqIBs6MApKQBtaUBtqYAp6cAqKgBuakBuqoBu6sBvKwAra0Bvq4Ar68AsLAAsaEAsrIAs6MAtLQAtaUAtqYAt7cAuLgAuakAuqoAu6sAvKwAvb0Avq4Av78B4MAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788B8NAB8dEB8tIB89MB9NQB9dUB9tYA19cB+NgB+dkB+toB+9sB/NwB/d0B/t4A398A4MAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8NAA8dEA8tIA89MA9NQA9dUA9tYA9/cA+NgA+dkA+toA+9sA/NwA/d0A/t4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAB8aEB8qIB86MB9KQB9aUB9qYB96cB+KgB+akB+qoB+6sB/KwAra0B/q4B/68B0LAB0bEB0rIB07MB1LQB1bUB1rYB17cB2LgB2bkB2roB27sB3LwB3b0B3r4B378B4MAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788A0LAA0bEA0rIA07MA1LQA1bUA1rYA17cA2LgA2bkA2roA27sA3LwA3b0A3r4A378A4MAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8PAA8aEA8qIA86MA9KQA9aUA9qYA96cA+KgA+akA+qoA+6sA/KwA/f0A/q4A/68AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUApqYAp6cAqKgAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIAs7MAtLQAtbUAtrYAt7cAuLgAubkAuroAu7sAvLwAvb0Avr4Av78AwMAAwcEAwsIAw8MAxMQAxcUAxsYAx8cAyMgAyckAysoAy8sAzMwAzc0Azs4Az88A0NAA0dEA0tIA09MA1NQA1dUA1tYA19cA2NgA2dkA2toA29sA3NwA3d0A3t4A398A4OAA4eEA4uIA4+MA5OQA5eUA5uYA5+cA6OgA6ekA6uoA6+sA7OwA7e0A7u4A7+8A8PAA8fEA8vIA8/MA9PQA9fUA9vYA9/cA+PgA+fkA+voA+/sA/PwA/f0A/v4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUApqYAp6cAqKgAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIAs7MAtLQAtbUB3LYAt7cB3bgB3rkB37oAu7sB/LwAvb0B/b4B/r8AwMAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788B8NAB8dEA0tIB89MB9NQB9dUB9tYB99cB+NgB+dkB+toB+9sA3LYA3bgA3rkA37oA4OAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8NAA8dEA8tMA89MA9NQA9dUA9tYA99cA+NgA+dkA+toA+9sA/LwA/b4A/r8A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUApqYAp6cAqKgAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIAs7MAtLQAtbUAtrYAt7cAuLgAubkAuroAu7sAvLwAvb0Avr4Av78AwMAAwcEAwsIAw8MAxMQAxcUAxsYAx8cAyMgAyckAysoAy8sAzMwAzc0Azs4Az88A0NAA0dEA0tIA09MA1NQA1dUA1tYA19cA2NgA2dkA2toA29sA3NwA3d0A3t4A398A4OAA4eEA4uIA4+MA5OQA5eUA5uYA5+cA6OgA6ekA6uoA6+sA7OwA7e0A7u4A7+8A8PAA8fEA8vIA8/MA9PQA9fUA9vYA9/cA+PgA+fkA+voA+/sA/PwA/f0A/v4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgB/UkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAad0AakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUApqYAp6cAqKgAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIAs7MAtLQAtbUAtrYAt7cAuLgAubkAuroAu7sAvLwAvb0Avr4Av78B4MAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788B8NAB8dEB8tIB89MB9NQB9dUB9tYA19cB+NgB+dkB+toB+9sB/NwBad0B/t4A398A4MAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8NAA8dEA8tIA89MA9NQA9dUA9tYA9/cA+NgA+dkA+toA+9sA/NwA/UkA/t4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUApqYAp6cAqKgAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIAs7MAtLQAtbUAtrYAt7cAuLgAubkAuroAu7sAvLwAvb0Avr4Av78AwMAAwcEAwsIAw8MAxMQAxcUAxsYAx8cAyMgAyckAysoAy8sAzMwAzc0Azs4Az88A0NAA0dEA0tIA09MA1NQA1dUA1tYA19cA2NgA2dkA2toA29sA3NwA3d0A3t4A398A4OAA4eEA4uIA4+MA5OQA5eUA5uYA5+cA6OgA6ekA6uoA6+sA7OwA7e0A7u4A7+8A8PAA8fEA8vIA8/MA9PQA9fUA9vYA9/cA+PgA+fkA+voA+/sA/PwA/f0A/v4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUApqYAp6cAqKgAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIAs7MAtLQAtbUAtrYAt7cAuLgAubkAuroAu7sAvLwAvb0Avr4Av78AwMAAwcEAwsIAw8MAxMQAxcUAxsYAx8cAyMgAyckAysoAy8sAzMwAzc0Azs4Az88A0NAA0dEA0tIA09MA1NQA1dUA1tYA19cA2NgA2dkA2toA29sA3NwA3d0A3t4A398A4OAA4eEA4uIA4+MA5OQA5eUA5uYA5+cA6OgA6ekA6uoA6+sA7OwA7e0A7u4A7+8A8PAA8fEA8vIA8/MA9PQA9fUA9vYA9/cA+PgA+fkA+voA+/sA/PwA/f0A/v4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUApqYAp6cBuKgAqakBuqoAq6sArKwAra0Arq4Bv68AsLAAsbEAsrIAs7MAtLQAtbUAtrYAt7cAuKgAubkAuqoAu7sAvLwAvb0Avr4Av68B4MAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788B8NAB8dEB8tIB89MB9NQB9dUB9tYA19cB+NgB+dkB+toB+9sB/NwB/d0B/t4A398A4MAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8NAA8dEA8tIA89MA9NQA9dUA9tYA9/cA+NgA+dkA+toA+9sA/NwA/d0A/t4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKABoqEAoqEAo6MBpaQApaQBpqsAp6cBuKgAqakBuqoAq6YBvKwAra0Arq4B/68BsbAAsbABs7IAs7IBtbQAtbQAtrYBubcAuKgAubYAuqoBv7sAvKwBvr0Avr0Av7sB4MAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788B8NAB8dEB8tIB89MB9NQB9dUB9tYB99cB+NgB+dkB+toB+9sB/NwB/d0B/t4A398A4MAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8NAA8dEA8tIA89MA9NQA9dUA9tYA99cA+NgA+dkA+toA+9sA/NwA/d0A/t4A//8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUBqKYAp6cAqKYAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIAs7MBuLQAtbUAtrYAt7cAuLQAubkAuroAu7sBvbwAvbwB/74Av78B4MAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788B8NAB8dEB8tIB89MB9NQB9dUB9tYA19cB+NgB+dkB+toB+9sB/NwB/d0B/t4A398A4MAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8NAA8dEA8tIA89MA9NQA9dUA9tYA9/cA+NgA+dkA+toA+9sA/NwA/d0A/t4A/74AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo7MApKQApaUApqYAp6cAqKgAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIBo7MAtLQAtbUAtrYAt7cAuLgAubkAuroAu7sAvLwAvb0Avr4Av78AwOAAweEAwuIAw+MAxOQAxeUAxuYAx+cAyOgAyekAyuoAy+sAzOwAze0Azu4Az+8A0PAA0fEA0vIA0/MA1PQA1fUA1vYA1/cA2PgA2fkA2voA2/sA3PwA3f0A3v4A3/8BwOABweEBwuIBw+MBxOQBxeUBxuYBx+cByOgByekByuoBy+sBzOwBze0Bzu4Bz+8B0PAB0fEB0vIB0/MB1PQB1fUB1vYB1/cB2PgB2fkB2voB2/sB3PwB3f0B3v4B3/8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo7MApLQApaUAprYAp7cAqKgAqakAqqoAq6sArKwArb0Arq4Ar68AsLAAsbEAsrIBo7MAtLQAtbUAtrYAt7cAuLgAubkAuroAu7sAvLwAvb0Avr4Av78AwOAAweEAwuIAw+MAxOQAxeUAxuYAx+cAyOgAyekAyuoAy+sAzOwAze0Azu4Az+8A0PAA0fEA0vIA0/MA1PQA1fUA1vYA1/cA2PgA2fkA2voA2/sA3PwA3f0A3v4A3/8BwOABweEBwuIBw+MBxOQBxeUBxuYBx+cByOgByekByuoBy+sBzOwBze0Bzu4Bz+8B0PAB0fEB0vIB0/MB1PQB1fUB1vYB1/cB2PgB2fkB2voB2/sB3PwB3f0B3v4B3/8AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38BkIABg4EAgoIAg4EAhIQAhYUAhoYAh4cAiIgAiYkBmooAi4sBnIwBnY0Bno4Bn48AkIAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmooAm5sAnIwAnY0Ano4An48AoKABoqEAoqEBvKMApKQBtKUApqYAp6cBuKgAqakBuqoAq6sArKwAra0Arq4Bv68AsLAAsbEBs7IAs7IAtKUAtbUAtrYAt7cAuKgAubkAuqoAu7sAvKMBvr0Avr0Av68B4MAB4cEB4sIB48MB5MQB5cUB5sYB58cB6MgB6ckB6soB68sB7MwB7c0B7s4B788B8NAB8dEB8tIB89MB9NQB9dUB9tYB99cB+NgB+dkB+toB+9sB/NwB/d0B/t4B/98A4MAA4cEA4sIA48MA5MQA5cUA5sYA58cA6MgA6ckA6soA68sA7MwA7c0A7s4A788A8NAA8dEA8tIA89MA9NQA9dUA9tYA99cA+NgA+dkA+toA+9sA/NwA/d0A/t4A/98AAAAAAQEAAgIAAwMABAQABQUABgYABwcACAgACQkACgoACwsADAwADQ0ADg4ADw8AEBAAEREAEhIAExMAFBQAFRUAFhYAFxcAGBgAGRkAGhoAGxsAHBwAHR0AHh4AHx8AICAAISEAIiIAIyMAJCQAJSUAJiYAJycAKCgAKSkAKioAKysALCwALS0ALi4ALy8AMDAAMTEAMjIAMzMANDQANTUANjYANzcAODgAOTkAOjoAOzsAPDwAPT0APj4APz8AQEABYUEBYkIBY0MBZEQBZUUBZkYBZ0cBaEgBaUkBakoBa0sBbEwBbU0Bbk4Bb08BcFABcVEBclIBc1MBdFQBdVUBdlYBd1cBeFgBeVkBeloAW1sAXFwAXV0AXl4AX18AYGAAYUEAYkIAY0MAZEQAZUUAZkYAZ0cAaEgAaUkAakoAa0sAbEwAbU0Abk4Ab08AcFAAcVEAclIAc1MAdFQAdVUAdlYAd1cAeFgAeVkAeloAe3sAfHwAfX0Afn4Af38AgIAAgYEAgoIAg4MAhIQAhYUAhoYAh4cAiIgAiYkAiooAi4sAjIwAjY0Ajo4Aj48AkJAAkZEAkpIAk5MAlJQAlZUAlpYAl5cAmJgAmZkAmpoAm5sAnJwAnZ0Anp4An58AoKAAoaEAoqIAo6MApKQApaUApqYAp6cAqKgAqakAqqoAq6sArKwAra0Arq4Ar68AsLAAsbEAsrIAs7MAtLQAtbUAtrYAt7cAuLgAubkAuroAu7sAvLwAvb0Avr4Av78AwMAAwcEAwsIAw8MAxMQAxcUAxsYAx8cAyMgAyckAysoAy8sAzMwAzc0Azs4Az88A0NAA0dEA0tIA09MA1NQA1dUA1tYA19cA2NgA2dkA2toA29sA3NwA3d0A3t4A398A4OAA4eEA4uIA4+MA5OQA5eUA5uYA5+cA6OgA6ekA6uoA6+sA7OwA7e0A7u4A7+8A8PAA8fEA8vIA8/MA9PQA9fUA9vYA9/cA+PgA+fkA+voA+/sA/PwA/f0A/v4A//8=";
        if (!isDataURI(wasmBinaryFile)) {
          wasmBinaryFile = locateFile(wasmBinaryFile);
        }
        function getBinary() {
          try {
            if (wasmBinary2) {
              return new Uint8Array(wasmBinary2);
            }
            var binary = tryParseAsDataURI(wasmBinaryFile);
            if (binary) {
              return binary;
            }
            if (readBinary) {
              return readBinary(wasmBinaryFile);
            } else {
              throw "both async and sync fetching of the wasm failed";
            }
          } catch (err2) {
            abort(err2);
          }
        }
        function getBinaryPromise() {
          if (!wasmBinary2 && (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) && typeof fetch === "function") {
            return fetch(wasmBinaryFile, { credentials: "same-origin" }).then(function(response) {
              if (!response["ok"]) {
                throw "failed to load wasm binary file at '" + wasmBinaryFile + "'";
              }
              return response["arrayBuffer"]();
            }).catch(function() {
              return getBinary();
            });
          }
          return new Promise(function(resolve, reject) {
            resolve(getBinary());
          });
        }
        function createWasm() {
          var info = { "env": asmLibraryArg, "wasi_snapshot_preview1": asmLibraryArg };
          function receiveInstance(instance, module2) {
            var exports3 = instance.exports;
            Module2["asm"] = exports3;
            removeRunDependency("wasm-instantiate");
          }
          addRunDependency("wasm-instantiate");
          var trueModule = Module2;
          function receiveInstantiatedSource(output) {
            assert(Module2 === trueModule, "the Module object should not be replaced during async compilation - perhaps the order of HTML elements is wrong?");
            trueModule = null;
            receiveInstance(output["instance"]);
          }
          function instantiateArrayBuffer(receiver) {
            return getBinaryPromise().then(function(binary) {
              return WebAssembly.instantiate(binary, info);
            }).then(receiver, function(reason) {
              err("failed to asynchronously prepare wasm: " + reason);
              abort(reason);
            });
          }
          function instantiateAsync() {
            if (!wasmBinary2 && typeof WebAssembly.instantiateStreaming === "function" && !isDataURI(wasmBinaryFile) && typeof fetch === "function") {
              fetch(wasmBinaryFile, { credentials: "same-origin" }).then(function(response) {
                var result = WebAssembly.instantiateStreaming(response, info);
                return result.then(receiveInstantiatedSource, function(reason) {
                  err("wasm streaming compile failed: " + reason);
                  err("falling back to ArrayBuffer instantiation");
                  instantiateArrayBuffer(receiveInstantiatedSource);
                });
              });
            } else {
              return instantiateArrayBuffer(receiveInstantiatedSource);
            }
          }
          if (Module2["instantiateWasm"]) {
            try {
              var exports2 = Module2["instantiateWasm"](info, receiveInstance);
              return exports2;
            } catch (e) {
              err("Module.instantiateWasm callback failed with error: " + e);
              return false;
            }
          }
          instantiateAsync();
          return {};
        }
        var tempDouble;
        var tempI64;
        __ATINIT__.push({ func: function() {
          ___wasm_call_ctors();
        } });
        function demangle(func) {
          warnOnce("warning: build with  -s DEMANGLE_SUPPORT=1  to link in libcxxabi demangling");
          return func;
        }
        function demangleAll(text) {
          var regex = /\b_Z[\w\d_]+/g;
          return text.replace(regex, function(x) {
            var y = demangle(x);
            return x === y ? x : y + " [" + x + "]";
          });
        }
        function jsStackTrace() {
          var err2 = new Error();
          if (!err2.stack) {
            try {
              throw new Error(0);
            } catch (e) {
              err2 = e;
            }
            if (!err2.stack) {
              return "(no stack trace available)";
            }
          }
          return err2.stack.toString();
        }
        function stackTrace() {
          var js = jsStackTrace();
          if (Module2["extraStackTrace"]) js += "\n" + Module2["extraStackTrace"]();
          return demangleAll(js);
        }
        function ___cxa_allocate_exception(size) {
          return _malloc(size);
        }
        function _atexit(func, arg) {
          warnOnce("atexit() called, but EXIT_RUNTIME is not set, so atexits() will not be called. set EXIT_RUNTIME to 1 (see the FAQ)");
          __ATEXIT__.unshift({ func, arg });
        }
        function ___cxa_atexit() {
          return _atexit.apply(null, arguments);
        }
        var ___exception_infos = {};
        var ___exception_last = 0;
        function ___cxa_throw(ptr, type, destructor) {
          ___exception_infos[ptr] = { ptr, adjusted: [ptr], type, destructor, refcount: 0, caught: false, rethrown: false };
          ___exception_last = ptr;
          if (!("uncaught_exception" in __ZSt18uncaught_exceptionv)) {
            __ZSt18uncaught_exceptionv.uncaught_exceptions = 1;
          } else {
            __ZSt18uncaught_exceptionv.uncaught_exceptions++;
          }
          throw ptr + " - Exception catching is disabled, this exception cannot be caught. Compile with -s DISABLE_EXCEPTION_CATCHING=0 or DISABLE_EXCEPTION_CATCHING=2 to catch.";
        }
        function ___handle_stack_overflow() {
          abort("stack overflow");
        }
        function ___lock() {
        }
        function ___setErrNo(value) {
          if (Module2["___errno_location"]) HEAP32[Module2["___errno_location"]() >> 2] = value;
          else err("failed to set errno from JS");
          return value;
        }
        function ___map_file(pathname, size) {
          ___setErrNo(63);
          return -1;
        }
        var PATH = { splitPath: function(filename) {
          var splitPathRe = /^(\/?|)([\s\S]*?)((?:\.{1,2}|[^\/]+?|)(\.[^.\/]*|))(?:[\/]*)$/;
          return splitPathRe.exec(filename).slice(1);
        }, normalizeArray: function(parts, allowAboveRoot) {
          var up = 0;
          for (var i = parts.length - 1; i >= 0; i--) {
            var last = parts[i];
            if (last === ".") {
              parts.splice(i, 1);
            } else if (last === "..") {
              parts.splice(i, 1);
              up++;
            } else if (up) {
              parts.splice(i, 1);
              up--;
            }
          }
          if (allowAboveRoot) {
            for (; up; up--) {
              parts.unshift("..");
            }
          }
          return parts;
        }, normalize: function(path3) {
          var isAbsolute = path3.charAt(0) === "/", trailingSlash = path3.substr(-1) === "/";
          path3 = PATH.normalizeArray(path3.split("/").filter(function(p) {
            return !!p;
          }), !isAbsolute).join("/");
          if (!path3 && !isAbsolute) {
            path3 = ".";
          }
          if (path3 && trailingSlash) {
            path3 += "/";
          }
          return (isAbsolute ? "/" : "") + path3;
        }, dirname: function(path3) {
          var result = PATH.splitPath(path3), root = result[0], dir = result[1];
          if (!root && !dir) {
            return ".";
          }
          if (dir) {
            dir = dir.substr(0, dir.length - 1);
          }
          return root + dir;
        }, basename: function(path3) {
          if (path3 === "/") return "/";
          var lastSlash = path3.lastIndexOf("/");
          if (lastSlash === -1) return path3;
          return path3.substr(lastSlash + 1);
        }, extname: function(path3) {
          return PATH.splitPath(path3)[3];
        }, join: function() {
          var paths = Array.prototype.slice.call(arguments, 0);
          return PATH.normalize(paths.join("/"));
        }, join2: function(l, r) {
          return PATH.normalize(l + "/" + r);
        } };
        var PATH_FS = { resolve: function() {
          var resolvedPath = "", resolvedAbsolute = false;
          for (var i = arguments.length - 1; i >= -1 && !resolvedAbsolute; i--) {
            var path3 = i >= 0 ? arguments[i] : FS.cwd();
            if (typeof path3 !== "string") {
              throw new TypeError("Arguments to path.resolve must be strings");
            } else if (!path3) {
              return "";
            }
            resolvedPath = path3 + "/" + resolvedPath;
            resolvedAbsolute = path3.charAt(0) === "/";
          }
          resolvedPath = PATH.normalizeArray(resolvedPath.split("/").filter(function(p) {
            return !!p;
          }), !resolvedAbsolute).join("/");
          return (resolvedAbsolute ? "/" : "") + resolvedPath || ".";
        }, relative: function(from, to) {
          from = PATH_FS.resolve(from).substr(1);
          to = PATH_FS.resolve(to).substr(1);
          function trim(arr) {
            var start = 0;
            for (; start < arr.length; start++) {
              if (arr[start] !== "") break;
            }
            var end = arr.length - 1;
            for (; end >= 0; end--) {
              if (arr[end] !== "") break;
            }
            if (start > end) return [];
            return arr.slice(start, end - start + 1);
          }
          var fromParts = trim(from.split("/"));
          var toParts = trim(to.split("/"));
          var length = Math.min(fromParts.length, toParts.length);
          var samePartsLength = length;
          for (var i = 0; i < length; i++) {
            if (fromParts[i] !== toParts[i]) {
              samePartsLength = i;
              break;
            }
          }
          var outputParts = [];
          for (var i = samePartsLength; i < fromParts.length; i++) {
            outputParts.push("..");
          }
          outputParts = outputParts.concat(toParts.slice(samePartsLength));
          return outputParts.join("/");
        } };
        var TTY = { ttys: [], init: function() {
        }, shutdown: function() {
        }, register: function(dev, ops) {
          TTY.ttys[dev] = { input: [], output: [], ops };
          FS.registerDevice(dev, TTY.stream_ops);
        }, stream_ops: { open: function(stream) {
          var tty = TTY.ttys[stream.node.rdev];
          if (!tty) {
            throw new FS.ErrnoError(43);
          }
          stream.tty = tty;
          stream.seekable = false;
        }, close: function(stream) {
          stream.tty.ops.flush(stream.tty);
        }, flush: function(stream) {
          stream.tty.ops.flush(stream.tty);
        }, read: function(stream, buffer2, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.get_char) {
            throw new FS.ErrnoError(60);
          }
          var bytesRead = 0;
          for (var i = 0; i < length; i++) {
            var result;
            try {
              result = stream.tty.ops.get_char(stream.tty);
            } catch (e) {
              throw new FS.ErrnoError(29);
            }
            if (result === void 0 && bytesRead === 0) {
              throw new FS.ErrnoError(6);
            }
            if (result === null || result === void 0) break;
            bytesRead++;
            buffer2[offset + i] = result;
          }
          if (bytesRead) {
            stream.node.timestamp = Date.now();
          }
          return bytesRead;
        }, write: function(stream, buffer2, offset, length, pos) {
          if (!stream.tty || !stream.tty.ops.put_char) {
            throw new FS.ErrnoError(60);
          }
          try {
            for (var i = 0; i < length; i++) {
              stream.tty.ops.put_char(stream.tty, buffer2[offset + i]);
            }
          } catch (e) {
            throw new FS.ErrnoError(29);
          }
          if (length) {
            stream.node.timestamp = Date.now();
          }
          return i;
        } }, default_tty_ops: { get_char: function(tty) {
          if (!tty.input.length) {
            var result = null;
            if (ENVIRONMENT_IS_NODE) {
              var BUFSIZE = 256;
              var buf = Buffer.alloc ? Buffer.alloc(BUFSIZE) : new Buffer(BUFSIZE);
              var bytesRead = 0;
              try {
                bytesRead = nodeFS.readSync(process.stdin.fd, buf, 0, BUFSIZE, null);
              } catch (e) {
                if (e.toString().indexOf("EOF") != -1) bytesRead = 0;
                else throw e;
              }
              if (bytesRead > 0) {
                result = buf.slice(0, bytesRead).toString("utf-8");
              } else {
                result = null;
              }
            } else if (typeof window != "undefined" && typeof window.prompt == "function") {
              result = window.prompt("Input: ");
              if (result !== null) {
                result += "\n";
              }
            } else if (typeof readline == "function") {
              result = readline();
              if (result !== null) {
                result += "\n";
              }
            }
            if (!result) {
              return null;
            }
            tty.input = intArrayFromString(result, true);
          }
          return tty.input.shift();
        }, put_char: function(tty, val) {
          if (val === null || val === 10) {
            out(UTF8ArrayToString(tty.output, 0));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, flush: function(tty) {
          if (tty.output && tty.output.length > 0) {
            out(UTF8ArrayToString(tty.output, 0));
            tty.output = [];
          }
        } }, default_tty1_ops: { put_char: function(tty, val) {
          if (val === null || val === 10) {
            err(UTF8ArrayToString(tty.output, 0));
            tty.output = [];
          } else {
            if (val != 0) tty.output.push(val);
          }
        }, flush: function(tty) {
          if (tty.output && tty.output.length > 0) {
            err(UTF8ArrayToString(tty.output, 0));
            tty.output = [];
          }
        } } };
        var MEMFS = { ops_table: null, mount: function(mount) {
          return MEMFS.createNode(null, "/", 16384 | 511, 0);
        }, createNode: function(parent, name, mode, dev) {
          if (FS.isBlkdev(mode) || FS.isFIFO(mode)) {
            throw new FS.ErrnoError(63);
          }
          if (!MEMFS.ops_table) {
            MEMFS.ops_table = { dir: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, lookup: MEMFS.node_ops.lookup, mknod: MEMFS.node_ops.mknod, rename: MEMFS.node_ops.rename, unlink: MEMFS.node_ops.unlink, rmdir: MEMFS.node_ops.rmdir, readdir: MEMFS.node_ops.readdir, symlink: MEMFS.node_ops.symlink }, stream: { llseek: MEMFS.stream_ops.llseek } }, file: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: { llseek: MEMFS.stream_ops.llseek, read: MEMFS.stream_ops.read, write: MEMFS.stream_ops.write, allocate: MEMFS.stream_ops.allocate, mmap: MEMFS.stream_ops.mmap, msync: MEMFS.stream_ops.msync } }, link: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr, readlink: MEMFS.node_ops.readlink }, stream: {} }, chrdev: { node: { getattr: MEMFS.node_ops.getattr, setattr: MEMFS.node_ops.setattr }, stream: FS.chrdev_stream_ops } };
          }
          var node = FS.createNode(parent, name, mode, dev);
          if (FS.isDir(node.mode)) {
            node.node_ops = MEMFS.ops_table.dir.node;
            node.stream_ops = MEMFS.ops_table.dir.stream;
            node.contents = {};
          } else if (FS.isFile(node.mode)) {
            node.node_ops = MEMFS.ops_table.file.node;
            node.stream_ops = MEMFS.ops_table.file.stream;
            node.usedBytes = 0;
            node.contents = null;
          } else if (FS.isLink(node.mode)) {
            node.node_ops = MEMFS.ops_table.link.node;
            node.stream_ops = MEMFS.ops_table.link.stream;
          } else if (FS.isChrdev(node.mode)) {
            node.node_ops = MEMFS.ops_table.chrdev.node;
            node.stream_ops = MEMFS.ops_table.chrdev.stream;
          }
          node.timestamp = Date.now();
          if (parent) {
            parent.contents[name] = node;
          }
          return node;
        }, getFileDataAsRegularArray: function(node) {
          if (node.contents && node.contents.subarray) {
            var arr = [];
            for (var i = 0; i < node.usedBytes; ++i) arr.push(node.contents[i]);
            return arr;
          }
          return node.contents;
        }, getFileDataAsTypedArray: function(node) {
          if (!node.contents) return new Uint8Array();
          if (node.contents.subarray) return node.contents.subarray(0, node.usedBytes);
          return new Uint8Array(node.contents);
        }, expandFileStorage: function(node, newCapacity) {
          var prevCapacity = node.contents ? node.contents.length : 0;
          if (prevCapacity >= newCapacity) return;
          var CAPACITY_DOUBLING_MAX = 1024 * 1024;
          newCapacity = Math.max(newCapacity, prevCapacity * (prevCapacity < CAPACITY_DOUBLING_MAX ? 2 : 1.125) | 0);
          if (prevCapacity != 0) newCapacity = Math.max(newCapacity, 256);
          var oldContents = node.contents;
          node.contents = new Uint8Array(newCapacity);
          if (node.usedBytes > 0) node.contents.set(oldContents.subarray(0, node.usedBytes), 0);
          return;
        }, resizeFileStorage: function(node, newSize) {
          if (node.usedBytes == newSize) return;
          if (newSize == 0) {
            node.contents = null;
            node.usedBytes = 0;
            return;
          }
          if (!node.contents || node.contents.subarray) {
            var oldContents = node.contents;
            node.contents = new Uint8Array(new ArrayBuffer(newSize));
            if (oldContents) {
              node.contents.set(oldContents.subarray(0, Math.min(newSize, node.usedBytes)));
            }
            node.usedBytes = newSize;
            return;
          }
          if (!node.contents) node.contents = [];
          if (node.contents.length > newSize) node.contents.length = newSize;
          else while (node.contents.length < newSize) node.contents.push(0);
          node.usedBytes = newSize;
        }, node_ops: { getattr: function(node) {
          var attr = {};
          attr.dev = FS.isChrdev(node.mode) ? node.id : 1;
          attr.ino = node.id;
          attr.mode = node.mode;
          attr.nlink = 1;
          attr.uid = 0;
          attr.gid = 0;
          attr.rdev = node.rdev;
          if (FS.isDir(node.mode)) {
            attr.size = 4096;
          } else if (FS.isFile(node.mode)) {
            attr.size = node.usedBytes;
          } else if (FS.isLink(node.mode)) {
            attr.size = node.link.length;
          } else {
            attr.size = 0;
          }
          attr.atime = new Date(node.timestamp);
          attr.mtime = new Date(node.timestamp);
          attr.ctime = new Date(node.timestamp);
          attr.blksize = 4096;
          attr.blocks = Math.ceil(attr.size / attr.blksize);
          return attr;
        }, setattr: function(node, attr) {
          if (attr.mode !== void 0) {
            node.mode = attr.mode;
          }
          if (attr.timestamp !== void 0) {
            node.timestamp = attr.timestamp;
          }
          if (attr.size !== void 0) {
            MEMFS.resizeFileStorage(node, attr.size);
          }
        }, lookup: function(parent, name) {
          throw FS.genericErrors[44];
        }, mknod: function(parent, name, mode, dev) {
          return MEMFS.createNode(parent, name, mode, dev);
        }, rename: function(old_node, new_dir, new_name) {
          if (FS.isDir(old_node.mode)) {
            var new_node;
            try {
              new_node = FS.lookupNode(new_dir, new_name);
            } catch (e) {
            }
            if (new_node) {
              for (var i in new_node.contents) {
                throw new FS.ErrnoError(55);
              }
            }
          }
          delete old_node.parent.contents[old_node.name];
          old_node.name = new_name;
          new_dir.contents[new_name] = old_node;
          old_node.parent = new_dir;
        }, unlink: function(parent, name) {
          delete parent.contents[name];
        }, rmdir: function(parent, name) {
          var node = FS.lookupNode(parent, name);
          for (var i in node.contents) {
            throw new FS.ErrnoError(55);
          }
          delete parent.contents[name];
        }, readdir: function(node) {
          var entries = [".", ".."];
          for (var key2 in node.contents) {
            if (!node.contents.hasOwnProperty(key2)) {
              continue;
            }
            entries.push(key2);
          }
          return entries;
        }, symlink: function(parent, newname, oldpath) {
          var node = MEMFS.createNode(parent, newname, 511 | 40960, 0);
          node.link = oldpath;
          return node;
        }, readlink: function(node) {
          if (!FS.isLink(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          return node.link;
        } }, stream_ops: { read: function(stream, buffer2, offset, length, position) {
          var contents = stream.node.contents;
          if (position >= stream.node.usedBytes) return 0;
          var size = Math.min(stream.node.usedBytes - position, length);
          assert(size >= 0);
          if (size > 8 && contents.subarray) {
            buffer2.set(contents.subarray(position, position + size), offset);
          } else {
            for (var i = 0; i < size; i++) buffer2[offset + i] = contents[position + i];
          }
          return size;
        }, write: function(stream, buffer2, offset, length, position, canOwn) {
          assert(!(buffer2 instanceof ArrayBuffer));
          if (buffer2.buffer === HEAP8.buffer) {
            if (canOwn) {
              warnOnce("file packager has copied file data into memory, but in memory growth we are forced to copy it again (see --no-heap-copy)");
            }
            canOwn = false;
          }
          if (!length) return 0;
          var node = stream.node;
          node.timestamp = Date.now();
          if (buffer2.subarray && (!node.contents || node.contents.subarray)) {
            if (canOwn) {
              assert(position === 0, "canOwn must imply no weird position inside the file");
              node.contents = buffer2.subarray(offset, offset + length);
              node.usedBytes = length;
              return length;
            } else if (node.usedBytes === 0 && position === 0) {
              node.contents = new Uint8Array(buffer2.subarray(offset, offset + length));
              node.usedBytes = length;
              return length;
            } else if (position + length <= node.usedBytes) {
              node.contents.set(buffer2.subarray(offset, offset + length), position);
              return length;
            }
          }
          MEMFS.expandFileStorage(node, position + length);
          if (node.contents.subarray && buffer2.subarray) node.contents.set(buffer2.subarray(offset, offset + length), position);
          else {
            for (var i = 0; i < length; i++) {
              node.contents[position + i] = buffer2[offset + i];
            }
          }
          node.usedBytes = Math.max(node.usedBytes, position + length);
          return length;
        }, llseek: function(stream, offset, whence) {
          var position = offset;
          if (whence === 1) {
            position += stream.position;
          } else if (whence === 2) {
            if (FS.isFile(stream.node.mode)) {
              position += stream.node.usedBytes;
            }
          }
          if (position < 0) {
            throw new FS.ErrnoError(28);
          }
          return position;
        }, allocate: function(stream, offset, length) {
          MEMFS.expandFileStorage(stream.node, offset + length);
          stream.node.usedBytes = Math.max(stream.node.usedBytes, offset + length);
        }, mmap: function(stream, buffer2, offset, length, position, prot, flags) {
          assert(!(buffer2 instanceof ArrayBuffer));
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          var ptr;
          var allocated;
          var contents = stream.node.contents;
          if (!(flags & 2) && contents.buffer === buffer2.buffer) {
            allocated = false;
            ptr = contents.byteOffset;
          } else {
            if (position > 0 || position + length < stream.node.usedBytes) {
              if (contents.subarray) {
                contents = contents.subarray(position, position + length);
              } else {
                contents = Array.prototype.slice.call(contents, position, position + length);
              }
            }
            allocated = true;
            var fromHeap = buffer2.buffer == HEAP8.buffer;
            ptr = _malloc(length);
            if (!ptr) {
              throw new FS.ErrnoError(48);
            }
            (fromHeap ? HEAP8 : buffer2).set(contents, ptr);
          }
          return { ptr, allocated };
        }, msync: function(stream, buffer2, offset, length, mmapFlags) {
          if (!FS.isFile(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (mmapFlags & 2) {
            return 0;
          }
          var bytesWritten = MEMFS.stream_ops.write(stream, buffer2, 0, length, offset, false);
          return 0;
        } } };
        var ERRNO_MESSAGES = { 0: "Success", 1: "Arg list too long", 2: "Permission denied", 3: "Address already in use", 4: "Address not available", 5: "Address family not supported by protocol family", 6: "No more processes", 7: "Socket already connected", 8: "Bad file number", 9: "Trying to read unreadable message", 10: "Mount device busy", 11: "Operation canceled", 12: "No children", 13: "Connection aborted", 14: "Connection refused", 15: "Connection reset by peer", 16: "File locking deadlock error", 17: "Destination address required", 18: "Math arg out of domain of func", 19: "Quota exceeded", 20: "File exists", 21: "Bad address", 22: "File too large", 23: "Host is unreachable", 24: "Identifier removed", 25: "Illegal byte sequence", 26: "Connection already in progress", 27: "Interrupted system call", 28: "Invalid argument", 29: "I/O error", 30: "Socket is already connected", 31: "Is a directory", 32: "Too many symbolic links", 33: "Too many open files", 34: "Too many links", 35: "Message too long", 36: "Multihop attempted", 37: "File or path name too long", 38: "Network interface is not configured", 39: "Connection reset by network", 40: "Network is unreachable", 41: "Too many open files in system", 42: "No buffer space available", 43: "No such device", 44: "No such file or directory", 45: "Exec format error", 46: "No record locks available", 47: "The link has been severed", 48: "Not enough core", 49: "No message of desired type", 50: "Protocol not available", 51: "No space left on device", 52: "Function not implemented", 53: "Socket is not connected", 54: "Not a directory", 55: "Directory not empty", 56: "State not recoverable", 57: "Socket operation on non-socket", 59: "Not a typewriter", 60: "No such device or address", 61: "Value too large for defined data type", 62: "Previous owner died", 63: "Not super-user", 64: "Broken pipe", 65: "Protocol error", 66: "Unknown protocol", 67: "Protocol wrong type for socket", 68: "Math result not representable", 69: "Read only file system", 70: "Illegal seek", 71: "No such process", 72: "Stale file handle", 73: "Connection timed out", 74: "Text file busy", 75: "Cross-device link", 100: "Device not a stream", 101: "Bad font file fmt", 102: "Invalid slot", 103: "Invalid request code", 104: "No anode", 105: "Block device required", 106: "Channel number out of range", 107: "Level 3 halted", 108: "Level 3 reset", 109: "Link number out of range", 110: "Protocol driver not attached", 111: "No CSI structure available", 112: "Level 2 halted", 113: "Invalid exchange", 114: "Invalid request descriptor", 115: "Exchange full", 116: "No data (for no delay io)", 117: "Timer expired", 118: "Out of streams resources", 119: "Machine is not on the network", 120: "Package not installed", 121: "The object is remote", 122: "Advertise error", 123: "Srmount error", 124: "Communication error on send", 125: "Cross mount point (not really error)", 126: "Given log. name not unique", 127: "f.d. invalid for this operation", 128: "Remote address changed", 129: "Can   access a needed shared lib", 130: "Accessing a corrupted shared lib", 131: ".lib section in a.out corrupted", 132: "Attempting to link in too many libs", 133: "Attempting to exec a shared library", 135: "Streams pipe error", 136: "Too many users", 137: "Socket type not supported", 138: "Not supported", 139: "Protocol family not supported", 140: "Can't send after socket shutdown", 141: "Too many references", 142: "Host is down", 148: "No medium (in tape drive)", 156: "Level 2 not synchronized" };
        var ERRNO_CODES = { EPERM: 63, ENOENT: 44, ESRCH: 71, EINTR: 27, EIO: 29, ENXIO: 60, E2BIG: 1, ENOEXEC: 45, EBADF: 8, ECHILD: 12, EAGAIN: 6, EWOULDBLOCK: 6, ENOMEM: 48, EACCES: 2, EFAULT: 21, ENOTBLK: 105, EBUSY: 10, EEXIST: 20, EXDEV: 75, ENODEV: 43, ENOTDIR: 54, EISDIR: 31, EINVAL: 28, ENFILE: 41, EMFILE: 33, ENOTTY: 59, ETXTBSY: 74, EFBIG: 22, ENOSPC: 51, ESPIPE: 70, EROFS: 69, EMLINK: 34, EPIPE: 64, EDOM: 18, ERANGE: 68, ENOMSG: 49, EIDRM: 24, ECHRNG: 106, EL2NSYNC: 156, EL3HLT: 107, EL3RST: 108, ELNRNG: 109, EUNATCH: 110, ENOCSI: 111, EL2HLT: 112, EDEADLK: 16, ENOLCK: 46, EBADE: 113, EBADR: 114, EXFULL: 115, ENOANO: 104, EBADRQC: 103, EBADSLT: 102, EDEADLOCK: 16, EBFONT: 101, ENOSTR: 100, ENODATA: 116, ETIME: 117, ENOSR: 118, ENONET: 119, ENOPKG: 120, EREMOTE: 121, ENOLINK: 47, EADV: 122, ESRMNT: 123, ECOMM: 124, EPROTO: 65, EMULTIHOP: 36, EDOTDOT: 125, EBADMSG: 9, ENOTUNIQ: 126, EBADFD: 127, EREMCHG: 128, ELIBACC: 129, ELIBBAD: 130, ELIBSCN: 131, ELIBMAX: 132, ELIBEXEC: 133, ENOSYS: 52, ENOTEMPTY: 55, ENAMETOOLONG: 37, ELOOP: 32, EOPNOTSUPP: 138, EPFNOSUPPORT: 139, ECONNRESET: 15, ENOBUFS: 42, EAFNOSUPPORT: 5, EPROTOTYPE: 67, ENOTSOCK: 57, ENOPROTOOPT: 50, ESHUTDOWN: 140, ECONNREFUSED: 14, EADDRINUSE: 3, ECONNABORTED: 13, ENETUNREACH: 40, ENETDOWN: 38, ETIMEDOUT: 73, EHOSTDOWN: 142, EHOSTUNREACH: 23, EINPROGRESS: 26, EALREADY: 7, EDESTADDRREQ: 17, EMSGSIZE: 35, EPROTONOSUPPORT: 66, ESOCKTNOSUPPORT: 137, EADDRNOTAVAIL: 4, ENETRESET: 39, EISCONN: 30, ENOTCONN: 53, ETOOMANYREFS: 141, EUSERS: 136, EDQUOT: 19, ESTALE: 72, ENOTSUP: 138, ENOMEDIUM: 148, EILSEQ: 25, EOVERFLOW: 61, ECANCELED: 11, ENOTRECOVERABLE: 56, EOWNERDEAD: 62, ESTRPIPE: 135 };
        var FS = { root: null, mounts: [], devices: {}, streams: [], nextInode: 1, nameTable: null, currentPath: "/", initialized: false, ignorePermissions: true, trackingDelegate: {}, tracking: { openFlags: { READ: 1, WRITE: 2 } }, ErrnoError: null, genericErrors: {}, filesystems: null, syncFSRequests: 0, handleFSError: function(e) {
          if (!(e instanceof FS.ErrnoError)) throw e + " : " + stackTrace();
          return ___setErrNo(e.errno);
        }, lookupPath: function(path3, opts) {
          path3 = PATH_FS.resolve(FS.cwd(), path3);
          opts = opts || {};
          if (!path3) return { path: "", node: null };
          var defaults = { follow_mount: true, recurse_count: 0 };
          for (var key2 in defaults) {
            if (opts[key2] === void 0) {
              opts[key2] = defaults[key2];
            }
          }
          if (opts.recurse_count > 8) {
            throw new FS.ErrnoError(32);
          }
          var parts = PATH.normalizeArray(path3.split("/").filter(function(p) {
            return !!p;
          }), false);
          var current = FS.root;
          var current_path = "/";
          for (var i = 0; i < parts.length; i++) {
            var islast = i === parts.length - 1;
            if (islast && opts.parent) {
              break;
            }
            current = FS.lookupNode(current, parts[i]);
            current_path = PATH.join2(current_path, parts[i]);
            if (FS.isMountpoint(current)) {
              if (!islast || islast && opts.follow_mount) {
                current = current.mounted.root;
              }
            }
            if (!islast || opts.follow) {
              var count = 0;
              while (FS.isLink(current.mode)) {
                var link = FS.readlink(current_path);
                current_path = PATH_FS.resolve(PATH.dirname(current_path), link);
                var lookup = FS.lookupPath(current_path, { recurse_count: opts.recurse_count });
                current = lookup.node;
                if (count++ > 40) {
                  throw new FS.ErrnoError(32);
                }
              }
            }
          }
          return { path: current_path, node: current };
        }, getPath: function(node) {
          var path3;
          while (true) {
            if (FS.isRoot(node)) {
              var mount = node.mount.mountpoint;
              if (!path3) return mount;
              return mount[mount.length - 1] !== "/" ? mount + "/" + path3 : mount + path3;
            }
            path3 = path3 ? node.name + "/" + path3 : node.name;
            node = node.parent;
          }
        }, hashName: function(parentid, name) {
          var hash = 0;
          for (var i = 0; i < name.length; i++) {
            hash = (hash << 5) - hash + name.charCodeAt(i) | 0;
          }
          return (parentid + hash >>> 0) % FS.nameTable.length;
        }, hashAddNode: function(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          node.name_next = FS.nameTable[hash];
          FS.nameTable[hash] = node;
        }, hashRemoveNode: function(node) {
          var hash = FS.hashName(node.parent.id, node.name);
          if (FS.nameTable[hash] === node) {
            FS.nameTable[hash] = node.name_next;
          } else {
            var current = FS.nameTable[hash];
            while (current) {
              if (current.name_next === node) {
                current.name_next = node.name_next;
                break;
              }
              current = current.name_next;
            }
          }
        }, lookupNode: function(parent, name) {
          var err2 = FS.mayLookup(parent);
          if (err2) {
            throw new FS.ErrnoError(err2, parent);
          }
          var hash = FS.hashName(parent.id, name);
          for (var node = FS.nameTable[hash]; node; node = node.name_next) {
            var nodeName = node.name;
            if (node.parent.id === parent.id && nodeName === name) {
              return node;
            }
          }
          return FS.lookup(parent, name);
        }, createNode: function(parent, name, mode, rdev) {
          if (!FS.FSNode) {
            FS.FSNode = function(parent2, name2, mode2, rdev2) {
              if (!parent2) {
                parent2 = this;
              }
              this.parent = parent2;
              this.mount = parent2.mount;
              this.mounted = null;
              this.id = FS.nextInode++;
              this.name = name2;
              this.mode = mode2;
              this.node_ops = {};
              this.stream_ops = {};
              this.rdev = rdev2;
            };
            FS.FSNode.prototype = {};
            var readMode = 292 | 73;
            var writeMode = 146;
            Object.defineProperties(FS.FSNode.prototype, { read: { get: function() {
              return (this.mode & readMode) === readMode;
            }, set: function(val) {
              val ? this.mode |= readMode : this.mode &= ~readMode;
            } }, write: { get: function() {
              return (this.mode & writeMode) === writeMode;
            }, set: function(val) {
              val ? this.mode |= writeMode : this.mode &= ~writeMode;
            } }, isFolder: { get: function() {
              return FS.isDir(this.mode);
            } }, isDevice: { get: function() {
              return FS.isChrdev(this.mode);
            } } });
          }
          var node = new FS.FSNode(parent, name, mode, rdev);
          FS.hashAddNode(node);
          return node;
        }, destroyNode: function(node) {
          FS.hashRemoveNode(node);
        }, isRoot: function(node) {
          return node === node.parent;
        }, isMountpoint: function(node) {
          return !!node.mounted;
        }, isFile: function(mode) {
          return (mode & 61440) === 32768;
        }, isDir: function(mode) {
          return (mode & 61440) === 16384;
        }, isLink: function(mode) {
          return (mode & 61440) === 40960;
        }, isChrdev: function(mode) {
          return (mode & 61440) === 8192;
        }, isBlkdev: function(mode) {
          return (mode & 61440) === 24576;
        }, isFIFO: function(mode) {
          return (mode & 61440) === 4096;
        }, isSocket: function(mode) {
          return (mode & 49152) === 49152;
        }, flagModes: { "r": 0, "rs": 1052672, "r+": 2, "w": 577, "wx": 705, "xw": 705, "w+": 578, "wx+": 706, "xw+": 706, "a": 1089, "ax": 1217, "xa": 1217, "a+": 1090, "ax+": 1218, "xa+": 1218 }, modeStringToFlags: function(str) {
          var flags = FS.flagModes[str];
          if (typeof flags === "undefined") {
            throw new Error("Unknown file open mode: " + str);
          }
          return flags;
        }, flagsToPermissionString: function(flag) {
          var perms = ["r", "w", "rw"][flag & 3];
          if (flag & 512) {
            perms += "w";
          }
          return perms;
        }, nodePermissions: function(node, perms) {
          if (FS.ignorePermissions) {
            return 0;
          }
          if (perms.indexOf("r") !== -1 && !(node.mode & 292)) {
            return 2;
          } else if (perms.indexOf("w") !== -1 && !(node.mode & 146)) {
            return 2;
          } else if (perms.indexOf("x") !== -1 && !(node.mode & 73)) {
            return 2;
          }
          return 0;
        }, mayLookup: function(dir) {
          var err2 = FS.nodePermissions(dir, "x");
          if (err2) return err2;
          if (!dir.node_ops.lookup) return 2;
          return 0;
        }, mayCreate: function(dir, name) {
          try {
            var node = FS.lookupNode(dir, name);
            return 20;
          } catch (e) {
          }
          return FS.nodePermissions(dir, "wx");
        }, mayDelete: function(dir, name, isdir) {
          var node;
          try {
            node = FS.lookupNode(dir, name);
          } catch (e) {
            return e.errno;
          }
          var err2 = FS.nodePermissions(dir, "wx");
          if (err2) {
            return err2;
          }
          if (isdir) {
            if (!FS.isDir(node.mode)) {
              return 54;
            }
            if (FS.isRoot(node) || FS.getPath(node) === FS.cwd()) {
              return 10;
            }
          } else {
            if (FS.isDir(node.mode)) {
              return 31;
            }
          }
          return 0;
        }, mayOpen: function(node, flags) {
          if (!node) {
            return 44;
          }
          if (FS.isLink(node.mode)) {
            return 32;
          } else if (FS.isDir(node.mode)) {
            if (FS.flagsToPermissionString(flags) !== "r" || flags & 512) {
              return 31;
            }
          }
          return FS.nodePermissions(node, FS.flagsToPermissionString(flags));
        }, MAX_OPEN_FDS: 4096, nextfd: function(fd_start, fd_end) {
          fd_start = fd_start || 0;
          fd_end = fd_end || FS.MAX_OPEN_FDS;
          for (var fd = fd_start; fd <= fd_end; fd++) {
            if (!FS.streams[fd]) {
              return fd;
            }
          }
          throw new FS.ErrnoError(33);
        }, getStream: function(fd) {
          return FS.streams[fd];
        }, createStream: function(stream, fd_start, fd_end) {
          if (!FS.FSStream) {
            FS.FSStream = function() {
            };
            FS.FSStream.prototype = {};
            Object.defineProperties(FS.FSStream.prototype, { object: { get: function() {
              return this.node;
            }, set: function(val) {
              this.node = val;
            } }, isRead: { get: function() {
              return (this.flags & 2097155) !== 1;
            } }, isWrite: { get: function() {
              return (this.flags & 2097155) !== 0;
            } }, isAppend: { get: function() {
              return this.flags & 1024;
            } } });
          }
          var newStream = new FS.FSStream();
          for (var p in stream) {
            newStream[p] = stream[p];
          }
          stream = newStream;
          var fd = FS.nextfd(fd_start, fd_end);
          stream.fd = fd;
          FS.streams[fd] = stream;
          return stream;
        }, closeStream: function(fd) {
          FS.streams[fd] = null;
        }, chrdev_stream_ops: { open: function(stream) {
          var device = FS.getDevice(stream.node.rdev);
          stream.stream_ops = device.stream_ops;
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
        }, llseek: function() {
          throw new FS.ErrnoError(70);
        } }, major: function(dev) {
          return dev >> 8;
        }, minor: function(dev) {
          return dev & 255;
        }, makedev: function(ma, mi) {
          return ma << 8 | mi;
        }, registerDevice: function(dev, ops) {
          FS.devices[dev] = { stream_ops: ops };
        }, getDevice: function(dev) {
          return FS.devices[dev];
        }, getMounts: function(mount) {
          var mounts = [];
          var check = [mount];
          while (check.length) {
            var m = check.pop();
            mounts.push(m);
            check.push.apply(check, m.mounts);
          }
          return mounts;
        }, syncfs: function(populate, callback) {
          if (typeof populate === "function") {
            callback = populate;
            populate = false;
          }
          FS.syncFSRequests++;
          if (FS.syncFSRequests > 1) {
            err("warning: " + FS.syncFSRequests + " FS.syncfs operations in flight at once, probably just doing extra work");
          }
          var mounts = FS.getMounts(FS.root.mount);
          var completed = 0;
          function doCallback(err2) {
            assert(FS.syncFSRequests > 0);
            FS.syncFSRequests--;
            return callback(err2);
          }
          function done(err2) {
            if (err2) {
              if (!done.errored) {
                done.errored = true;
                return doCallback(err2);
              }
              return;
            }
            if (++completed >= mounts.length) {
              doCallback(null);
            }
          }
          mounts.forEach(function(mount) {
            if (!mount.type.syncfs) {
              return done(null);
            }
            mount.type.syncfs(mount, populate, done);
          });
        }, mount: function(type, opts, mountpoint) {
          if (typeof type === "string") {
            throw type;
          }
          var root = mountpoint === "/";
          var pseudo = !mountpoint;
          var node;
          if (root && FS.root) {
            throw new FS.ErrnoError(10);
          } else if (!root && !pseudo) {
            var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
            mountpoint = lookup.path;
            node = lookup.node;
            if (FS.isMountpoint(node)) {
              throw new FS.ErrnoError(10);
            }
            if (!FS.isDir(node.mode)) {
              throw new FS.ErrnoError(54);
            }
          }
          var mount = { type, opts, mountpoint, mounts: [] };
          var mountRoot = type.mount(mount);
          mountRoot.mount = mount;
          mount.root = mountRoot;
          if (root) {
            FS.root = mountRoot;
          } else if (node) {
            node.mounted = mount;
            if (node.mount) {
              node.mount.mounts.push(mount);
            }
          }
          return mountRoot;
        }, unmount: function(mountpoint) {
          var lookup = FS.lookupPath(mountpoint, { follow_mount: false });
          if (!FS.isMountpoint(lookup.node)) {
            throw new FS.ErrnoError(28);
          }
          var node = lookup.node;
          var mount = node.mounted;
          var mounts = FS.getMounts(mount);
          Object.keys(FS.nameTable).forEach(function(hash) {
            var current = FS.nameTable[hash];
            while (current) {
              var next = current.name_next;
              if (mounts.indexOf(current.mount) !== -1) {
                FS.destroyNode(current);
              }
              current = next;
            }
          });
          node.mounted = null;
          var idx = node.mount.mounts.indexOf(mount);
          assert(idx !== -1);
          node.mount.mounts.splice(idx, 1);
        }, lookup: function(parent, name) {
          return parent.node_ops.lookup(parent, name);
        }, mknod: function(path3, mode, dev) {
          var lookup = FS.lookupPath(path3, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path3);
          if (!name || name === "." || name === "..") {
            throw new FS.ErrnoError(28);
          }
          var err2 = FS.mayCreate(parent, name);
          if (err2) {
            throw new FS.ErrnoError(err2);
          }
          if (!parent.node_ops.mknod) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.mknod(parent, name, mode, dev);
        }, create: function(path3, mode) {
          mode = mode !== void 0 ? mode : 438;
          mode &= 4095;
          mode |= 32768;
          return FS.mknod(path3, mode, 0);
        }, mkdir: function(path3, mode) {
          mode = mode !== void 0 ? mode : 511;
          mode &= 511 | 512;
          mode |= 16384;
          return FS.mknod(path3, mode, 0);
        }, mkdirTree: function(path3, mode) {
          var dirs = path3.split("/");
          var d = "";
          for (var i = 0; i < dirs.length; ++i) {
            if (!dirs[i]) continue;
            d += "/" + dirs[i];
            try {
              FS.mkdir(d, mode);
            } catch (e) {
              if (e.errno != 20) throw e;
            }
          }
        }, mkdev: function(path3, mode, dev) {
          if (typeof dev === "undefined") {
            dev = mode;
            mode = 438;
          }
          mode |= 8192;
          return FS.mknod(path3, mode, dev);
        }, symlink: function(oldpath, newpath) {
          if (!PATH_FS.resolve(oldpath)) {
            throw new FS.ErrnoError(44);
          }
          var lookup = FS.lookupPath(newpath, { parent: true });
          var parent = lookup.node;
          if (!parent) {
            throw new FS.ErrnoError(44);
          }
          var newname = PATH.basename(newpath);
          var err2 = FS.mayCreate(parent, newname);
          if (err2) {
            throw new FS.ErrnoError(err2);
          }
          if (!parent.node_ops.symlink) {
            throw new FS.ErrnoError(63);
          }
          return parent.node_ops.symlink(parent, newname, oldpath);
        }, rename: function(old_path, new_path) {
          var old_dirname = PATH.dirname(old_path);
          var new_dirname = PATH.dirname(new_path);
          var old_name = PATH.basename(old_path);
          var new_name = PATH.basename(new_path);
          var lookup, old_dir, new_dir;
          try {
            lookup = FS.lookupPath(old_path, { parent: true });
            old_dir = lookup.node;
            lookup = FS.lookupPath(new_path, { parent: true });
            new_dir = lookup.node;
          } catch (e) {
            throw new FS.ErrnoError(10);
          }
          if (!old_dir || !new_dir) throw new FS.ErrnoError(44);
          if (old_dir.mount !== new_dir.mount) {
            throw new FS.ErrnoError(75);
          }
          var old_node = FS.lookupNode(old_dir, old_name);
          var relative = PATH_FS.relative(old_path, new_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(28);
          }
          relative = PATH_FS.relative(new_path, old_dirname);
          if (relative.charAt(0) !== ".") {
            throw new FS.ErrnoError(55);
          }
          var new_node;
          try {
            new_node = FS.lookupNode(new_dir, new_name);
          } catch (e) {
          }
          if (old_node === new_node) {
            return;
          }
          var isdir = FS.isDir(old_node.mode);
          var err2 = FS.mayDelete(old_dir, old_name, isdir);
          if (err2) {
            throw new FS.ErrnoError(err2);
          }
          err2 = new_node ? FS.mayDelete(new_dir, new_name, isdir) : FS.mayCreate(new_dir, new_name);
          if (err2) {
            throw new FS.ErrnoError(err2);
          }
          if (!old_dir.node_ops.rename) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(old_node) || new_node && FS.isMountpoint(new_node)) {
            throw new FS.ErrnoError(10);
          }
          if (new_dir !== old_dir) {
            err2 = FS.nodePermissions(old_dir, "w");
            if (err2) {
              throw new FS.ErrnoError(err2);
            }
          }
          try {
            if (FS.trackingDelegate["willMovePath"]) {
              FS.trackingDelegate["willMovePath"](old_path, new_path);
            }
          } catch (e) {
            err2("FS.trackingDelegate['willMovePath']('" + old_path + "', '" + new_path + "') threw an exception: " + e.message);
          }
          FS.hashRemoveNode(old_node);
          try {
            old_dir.node_ops.rename(old_node, new_dir, new_name);
          } catch (e) {
            throw e;
          } finally {
            FS.hashAddNode(old_node);
          }
          try {
            if (FS.trackingDelegate["onMovePath"]) FS.trackingDelegate["onMovePath"](old_path, new_path);
          } catch (e) {
            err2("FS.trackingDelegate['onMovePath']('" + old_path + "', '" + new_path + "') threw an exception: " + e.message);
          }
        }, rmdir: function(path3) {
          var lookup = FS.lookupPath(path3, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path3);
          var node = FS.lookupNode(parent, name);
          var err2 = FS.mayDelete(parent, name, true);
          if (err2) {
            throw new FS.ErrnoError(err2);
          }
          if (!parent.node_ops.rmdir) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          try {
            if (FS.trackingDelegate["willDeletePath"]) {
              FS.trackingDelegate["willDeletePath"](path3);
            }
          } catch (e) {
            err2("FS.trackingDelegate['willDeletePath']('" + path3 + "') threw an exception: " + e.message);
          }
          parent.node_ops.rmdir(parent, name);
          FS.destroyNode(node);
          try {
            if (FS.trackingDelegate["onDeletePath"]) FS.trackingDelegate["onDeletePath"](path3);
          } catch (e) {
            err2("FS.trackingDelegate['onDeletePath']('" + path3 + "') threw an exception: " + e.message);
          }
        }, readdir: function(path3) {
          var lookup = FS.lookupPath(path3, { follow: true });
          var node = lookup.node;
          if (!node.node_ops.readdir) {
            throw new FS.ErrnoError(54);
          }
          return node.node_ops.readdir(node);
        }, unlink: function(path3) {
          var lookup = FS.lookupPath(path3, { parent: true });
          var parent = lookup.node;
          var name = PATH.basename(path3);
          var node = FS.lookupNode(parent, name);
          var err2 = FS.mayDelete(parent, name, false);
          if (err2) {
            throw new FS.ErrnoError(err2);
          }
          if (!parent.node_ops.unlink) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isMountpoint(node)) {
            throw new FS.ErrnoError(10);
          }
          try {
            if (FS.trackingDelegate["willDeletePath"]) {
              FS.trackingDelegate["willDeletePath"](path3);
            }
          } catch (e) {
            err2("FS.trackingDelegate['willDeletePath']('" + path3 + "') threw an exception: " + e.message);
          }
          parent.node_ops.unlink(parent, name);
          FS.destroyNode(node);
          try {
            if (FS.trackingDelegate["onDeletePath"]) FS.trackingDelegate["onDeletePath"](path3);
          } catch (e) {
            err2("FS.trackingDelegate['onDeletePath']('" + path3 + "') threw an exception: " + e.message);
          }
        }, readlink: function(path3) {
          var lookup = FS.lookupPath(path3);
          var link = lookup.node;
          if (!link) {
            throw new FS.ErrnoError(44);
          }
          if (!link.node_ops.readlink) {
            throw new FS.ErrnoError(28);
          }
          return PATH_FS.resolve(FS.getPath(link.parent), link.node_ops.readlink(link));
        }, stat: function(path3, dontFollow) {
          var lookup = FS.lookupPath(path3, { follow: !dontFollow });
          var node = lookup.node;
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (!node.node_ops.getattr) {
            throw new FS.ErrnoError(63);
          }
          return node.node_ops.getattr(node);
        }, lstat: function(path3) {
          return FS.stat(path3, true);
        }, chmod: function(path3, mode, dontFollow) {
          var node;
          if (typeof path3 === "string") {
            var lookup = FS.lookupPath(path3, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path3;
          }
          if (!node.node_ops.setattr) {
            throw new FS.ErrnoError(63);
          }
          node.node_ops.setattr(node, { mode: mode & 4095 | node.mode & ~4095, timestamp: Date.now() });
        }, lchmod: function(path3, mode) {
          FS.chmod(path3, mode, true);
        }, fchmod: function(fd, mode) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          FS.chmod(stream.node, mode);
        }, chown: function(path3, uid, gid, dontFollow) {
          var node;
          if (typeof path3 === "string") {
            var lookup = FS.lookupPath(path3, { follow: !dontFollow });
            node = lookup.node;
          } else {
            node = path3;
          }
          if (!node.node_ops.setattr) {
            throw new FS.ErrnoError(63);
          }
          node.node_ops.setattr(node, { timestamp: Date.now() });
        }, lchown: function(path3, uid, gid) {
          FS.chown(path3, uid, gid, true);
        }, fchown: function(fd, uid, gid) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          FS.chown(stream.node, uid, gid);
        }, truncate: function(path3, len) {
          if (len < 0) {
            throw new FS.ErrnoError(28);
          }
          var node;
          if (typeof path3 === "string") {
            var lookup = FS.lookupPath(path3, { follow: true });
            node = lookup.node;
          } else {
            node = path3;
          }
          if (!node.node_ops.setattr) {
            throw new FS.ErrnoError(63);
          }
          if (FS.isDir(node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!FS.isFile(node.mode)) {
            throw new FS.ErrnoError(28);
          }
          var err2 = FS.nodePermissions(node, "w");
          if (err2) {
            throw new FS.ErrnoError(err2);
          }
          node.node_ops.setattr(node, { size: len, timestamp: Date.now() });
        }, ftruncate: function(fd, len) {
          var stream = FS.getStream(fd);
          if (!stream) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(28);
          }
          FS.truncate(stream.node, len);
        }, utime: function(path3, atime, mtime) {
          var lookup = FS.lookupPath(path3, { follow: true });
          var node = lookup.node;
          node.node_ops.setattr(node, { timestamp: Math.max(atime, mtime) });
        }, open: function(path3, flags, mode, fd_start, fd_end) {
          if (path3 === "") {
            throw new FS.ErrnoError(44);
          }
          flags = typeof flags === "string" ? FS.modeStringToFlags(flags) : flags;
          mode = typeof mode === "undefined" ? 438 : mode;
          if (flags & 64) {
            mode = mode & 4095 | 32768;
          } else {
            mode = 0;
          }
          var node;
          if (typeof path3 === "object") {
            node = path3;
          } else {
            path3 = PATH.normalize(path3);
            try {
              var lookup = FS.lookupPath(path3, { follow: !(flags & 131072) });
              node = lookup.node;
            } catch (e) {
            }
          }
          var created = false;
          if (flags & 64) {
            if (node) {
              if (flags & 128) {
                throw new FS.ErrnoError(20);
              }
            } else {
              node = FS.mknod(path3, mode, 0);
              created = true;
            }
          }
          if (!node) {
            throw new FS.ErrnoError(44);
          }
          if (FS.isChrdev(node.mode)) {
            flags &= ~512;
          }
          if (flags & 65536 && !FS.isDir(node.mode)) {
            throw new FS.ErrnoError(54);
          }
          if (!created) {
            var err2 = FS.mayOpen(node, flags);
            if (err2) {
              throw new FS.ErrnoError(err2);
            }
          }
          if (flags & 512) {
            FS.truncate(node, 0);
          }
          flags &= ~(128 | 512);
          var stream = FS.createStream({ node, path: FS.getPath(node), flags, seekable: true, position: 0, stream_ops: node.stream_ops, ungotten: [], error: false }, fd_start, fd_end);
          if (stream.stream_ops.open) {
            stream.stream_ops.open(stream);
          }
          if (Module2["logReadFiles"] && !(flags & 1)) {
            if (!FS.readFiles) FS.readFiles = {};
            if (!(path3 in FS.readFiles)) {
              FS.readFiles[path3] = 1;
              err2("FS.trackingDelegate error on read file: " + path3);
            }
          }
          try {
            if (FS.trackingDelegate["onOpenFile"]) {
              var trackingFlags = 0;
              if ((flags & 2097155) !== 1) {
                trackingFlags |= FS.tracking.openFlags.READ;
              }
              if ((flags & 2097155) !== 0) {
                trackingFlags |= FS.tracking.openFlags.WRITE;
              }
              FS.trackingDelegate["onOpenFile"](path3, trackingFlags);
            }
          } catch (e) {
            err2("FS.trackingDelegate['onOpenFile']('" + path3 + "', flags) threw an exception: " + e.message);
          }
          return stream;
        }, close: function(stream) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (stream.getdents) stream.getdents = null;
          try {
            if (stream.stream_ops.close) {
              stream.stream_ops.close(stream);
            }
          } catch (e) {
            throw e;
          } finally {
            FS.closeStream(stream.fd);
          }
          stream.fd = null;
        }, isClosed: function(stream) {
          return stream.fd === null;
        }, llseek: function(stream, offset, whence) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (!stream.seekable || !stream.stream_ops.llseek) {
            throw new FS.ErrnoError(70);
          }
          if (whence != 0 && whence != 1 && whence != 2) {
            throw new FS.ErrnoError(28);
          }
          stream.position = stream.stream_ops.llseek(stream, offset, whence);
          stream.ungotten = [];
          return stream.position;
        }, read: function(stream, buffer2, offset, length, position) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.read) {
            throw new FS.ErrnoError(28);
          }
          var seeking = typeof position !== "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesRead = stream.stream_ops.read(stream, buffer2, offset, length, position);
          if (!seeking) stream.position += bytesRead;
          return bytesRead;
        }, write: function(stream, buffer2, offset, length, position, canOwn) {
          if (length < 0 || position < 0) {
            throw new FS.ErrnoError(28);
          }
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(31);
          }
          if (!stream.stream_ops.write) {
            throw new FS.ErrnoError(28);
          }
          if (stream.flags & 1024) {
            FS.llseek(stream, 0, 2);
          }
          var seeking = typeof position !== "undefined";
          if (!seeking) {
            position = stream.position;
          } else if (!stream.seekable) {
            throw new FS.ErrnoError(70);
          }
          var bytesWritten = stream.stream_ops.write(stream, buffer2, offset, length, position, canOwn);
          if (!seeking) stream.position += bytesWritten;
          try {
            if (stream.path && FS.trackingDelegate["onWriteToFile"]) FS.trackingDelegate["onWriteToFile"](stream.path);
          } catch (e) {
            err("FS.trackingDelegate['onWriteToFile']('" + stream.path + "') threw an exception: " + e.message);
          }
          return bytesWritten;
        }, allocate: function(stream, offset, length) {
          if (FS.isClosed(stream)) {
            throw new FS.ErrnoError(8);
          }
          if (offset < 0 || length <= 0) {
            throw new FS.ErrnoError(28);
          }
          if ((stream.flags & 2097155) === 0) {
            throw new FS.ErrnoError(8);
          }
          if (!FS.isFile(stream.node.mode) && !FS.isDir(stream.node.mode)) {
            throw new FS.ErrnoError(43);
          }
          if (!stream.stream_ops.allocate) {
            throw new FS.ErrnoError(138);
          }
          stream.stream_ops.allocate(stream, offset, length);
        }, mmap: function(stream, buffer2, offset, length, position, prot, flags) {
          if ((prot & 2) !== 0 && (flags & 2) === 0 && (stream.flags & 2097155) !== 2) {
            throw new FS.ErrnoError(2);
          }
          if ((stream.flags & 2097155) === 1) {
            throw new FS.ErrnoError(2);
          }
          if (!stream.stream_ops.mmap) {
            throw new FS.ErrnoError(43);
          }
          return stream.stream_ops.mmap(stream, buffer2, offset, length, position, prot, flags);
        }, msync: function(stream, buffer2, offset, length, mmapFlags) {
          if (!stream || !stream.stream_ops.msync) {
            return 0;
          }
          return stream.stream_ops.msync(stream, buffer2, offset, length, mmapFlags);
        }, munmap: function(stream) {
          return 0;
        }, ioctl: function(stream, cmd, arg) {
          if (!stream.stream_ops.ioctl) {
            throw new FS.ErrnoError(59);
          }
          return stream.stream_ops.ioctl(stream, cmd, arg);
        }, readFile: function(path3, opts) {
          opts = opts || {};
          opts.flags = opts.flags || "r";
          opts.encoding = opts.encoding || "binary";
          if (opts.encoding !== "utf8" && opts.encoding !== "binary") {
            throw new Error('Invalid encoding type "' + opts.encoding + '"');
          }
          var ret;
          var stream = FS.open(path3, opts.flags);
          var stat = FS.stat(path3);
          var length = stat.size;
          var buf = new Uint8Array(length);
          FS.read(stream, buf, 0, length, 0);
          if (opts.encoding === "utf8") {
            ret = UTF8ArrayToString(buf, 0);
          } else if (opts.encoding === "binary") {
            ret = buf;
          }
          FS.close(stream);
          return ret;
        }, writeFile: function(path3, data, opts) {
          opts = opts || {};
          opts.flags = opts.flags || "w";
          var stream = FS.open(path3, opts.flags, opts.mode);
          if (typeof data === "string") {
            var buf = new Uint8Array(lengthBytesUTF8(data) + 1);
            var actualNumBytes = stringToUTF8Array(data, buf, 0, buf.length);
            FS.write(stream, buf, 0, actualNumBytes, void 0, opts.canOwn);
          } else if (ArrayBuffer.isView(data)) {
            FS.write(stream, data, 0, data.byteLength, void 0, opts.canOwn);
          } else {
            throw new Error("Unsupported data type");
          }
          FS.close(stream);
        }, cwd: function() {
          return FS.currentPath;
        }, chdir: function(path3) {
          var lookup = FS.lookupPath(path3, { follow: true });
          if (lookup.node === null) {
            throw new FS.ErrnoError(44);
          }
          if (!FS.isDir(lookup.node.mode)) {
            throw new FS.ErrnoError(54);
          }
          var err2 = FS.nodePermissions(lookup.node, "x");
          if (err2) {
            throw new FS.ErrnoError(err2);
          }
          FS.currentPath = lookup.path;
        }, createDefaultDirectories: function() {
          FS.mkdir("/tmp");
          FS.mkdir("/home");
          FS.mkdir("/home/web_user");
        }, createDefaultDevices: function() {
          FS.mkdir("/dev");
          FS.registerDevice(FS.makedev(1, 3), { read: function() {
            return 0;
          }, write: function(stream, buffer2, offset, length, pos) {
            return length;
          } });
          FS.mkdev("/dev/null", FS.makedev(1, 3));
          TTY.register(FS.makedev(5, 0), TTY.default_tty_ops);
          TTY.register(FS.makedev(6, 0), TTY.default_tty1_ops);
          FS.mkdev("/dev/tty", FS.makedev(5, 0));
          FS.mkdev("/dev/tty1", FS.makedev(6, 0));
          var random_device;
          if (typeof crypto === "object" && typeof crypto["getRandomValues"] === "function") {
            var randomBuffer = new Uint8Array(1);
            random_device = function() {
              crypto.getRandomValues(randomBuffer);
              return randomBuffer[0];
            };
          } else if (ENVIRONMENT_IS_NODE) {
            try {
              var crypto_module = __require("crypto");
              random_device = function() {
                return crypto_module["randomBytes"](1)[0];
              };
            } catch (e) {
            }
          } else {
          }
          if (!random_device) {
            random_device = function() {
              abort("no cryptographic support found for random_device. consider polyfilling it if you want to use something insecure like Math.random(), e.g. put this in a --pre-js: var crypto = { getRandomValues: function(array) { for (var i = 0; i < array.length; i++) array[i] = (Math.random()*256)|0 } };");
            };
          }
          FS.createDevice("/dev", "random", random_device);
          FS.createDevice("/dev", "urandom", random_device);
          FS.mkdir("/dev/shm");
          FS.mkdir("/dev/shm/tmp");
        }, createSpecialDirectories: function() {
          FS.mkdir("/proc");
          FS.mkdir("/proc/self");
          FS.mkdir("/proc/self/fd");
          FS.mount({ mount: function() {
            var node = FS.createNode("/proc/self", "fd", 16384 | 511, 73);
            node.node_ops = { lookup: function(parent, name) {
              var fd = +name;
              var stream = FS.getStream(fd);
              if (!stream) throw new FS.ErrnoError(8);
              var ret = { parent: null, mount: { mountpoint: "fake" }, node_ops: { readlink: function() {
                return stream.path;
              } } };
              ret.parent = ret;
              return ret;
            } };
            return node;
          } }, {}, "/proc/self/fd");
        }, createStandardStreams: function() {
          if (Module2["stdin"]) {
            FS.createDevice("/dev", "stdin", Module2["stdin"]);
          } else {
            FS.symlink("/dev/tty", "/dev/stdin");
          }
          if (Module2["stdout"]) {
            FS.createDevice("/dev", "stdout", null, Module2["stdout"]);
          } else {
            FS.symlink("/dev/tty", "/dev/stdout");
          }
          if (Module2["stderr"]) {
            FS.createDevice("/dev", "stderr", null, Module2["stderr"]);
          } else {
            FS.symlink("/dev/tty1", "/dev/stderr");
          }
          var stdin = FS.open("/dev/stdin", "r");
          var stdout = FS.open("/dev/stdout", "w");
          var stderr = FS.open("/dev/stderr", "w");
          assert(stdin.fd === 0, "invalid handle for stdin (" + stdin.fd + ")");
          assert(stdout.fd === 1, "invalid handle for stdout (" + stdout.fd + ")");
          assert(stderr.fd === 2, "invalid handle for stderr (" + stderr.fd + ")");
        }, ensureErrnoError: function() {
          if (FS.ErrnoError) return;
          FS.ErrnoError = function ErrnoError(errno, node) {
            this.node = node;
            this.setErrno = function(errno2) {
              this.errno = errno2;
              for (var key2 in ERRNO_CODES) {
                if (ERRNO_CODES[key2] === errno2) {
                  this.code = key2;
                  break;
                }
              }
            };
            this.setErrno(errno);
            this.message = ERRNO_MESSAGES[errno];
            if (this.stack) {
              Object.defineProperty(this, "stack", { value: new Error().stack, writable: true });
              this.stack = demangleAll(this.stack);
            }
          };
          FS.ErrnoError.prototype = new Error();
          FS.ErrnoError.prototype.constructor = FS.ErrnoError;
          [44].forEach(function(code) {
            FS.genericErrors[code] = new FS.ErrnoError(code);
            FS.genericErrors[code].stack = "<generic error, no stack>";
          });
        }, staticInit: function() {
          FS.ensureErrnoError();
          FS.nameTable = new Array(4096);
          FS.mount(MEMFS, {}, "/");
          FS.createDefaultDirectories();
          FS.createDefaultDevices();
          FS.createSpecialDirectories();
          FS.filesystems = { "MEMFS": MEMFS };
        }, init: function(input, output, error) {
          assert(!FS.init.initialized, "FS.init was previously called. If you want to initialize later with custom parameters, remove any earlier calls (note that one is automatically added to the generated code)");
          FS.init.initialized = true;
          FS.ensureErrnoError();
          Module2["stdin"] = input || Module2["stdin"];
          Module2["stdout"] = output || Module2["stdout"];
          Module2["stderr"] = error || Module2["stderr"];
          FS.createStandardStreams();
        }, quit: function() {
          FS.init.initialized = false;
          var fflush = Module2["_fflush"];
          if (fflush) fflush(0);
          for (var i = 0; i < FS.streams.length; i++) {
            var stream = FS.streams[i];
            if (!stream) {
              continue;
            }
            FS.close(stream);
          }
        }, getMode: function(canRead, canWrite) {
          var mode = 0;
          if (canRead) mode |= 292 | 73;
          if (canWrite) mode |= 146;
          return mode;
        }, joinPath: function(parts, forceRelative) {
          var path3 = PATH.join.apply(null, parts);
          if (forceRelative && path3[0] == "/") path3 = path3.substr(1);
          return path3;
        }, absolutePath: function(relative, base) {
          return PATH_FS.resolve(base, relative);
        }, standardizePath: function(path3) {
          return PATH.normalize(path3);
        }, findObject: function(path3, dontResolveLastLink) {
          var ret = FS.analyzePath(path3, dontResolveLastLink);
          if (ret.exists) {
            return ret.object;
          } else {
            ___setErrNo(ret.error);
            return null;
          }
        }, analyzePath: function(path3, dontResolveLastLink) {
          try {
            var lookup = FS.lookupPath(path3, { follow: !dontResolveLastLink });
            path3 = lookup.path;
          } catch (e) {
          }
          var ret = { isRoot: false, exists: false, error: 0, name: null, path: null, object: null, parentExists: false, parentPath: null, parentObject: null };
          try {
            var lookup = FS.lookupPath(path3, { parent: true });
            ret.parentExists = true;
            ret.parentPath = lookup.path;
            ret.parentObject = lookup.node;
            ret.name = PATH.basename(path3);
            lookup = FS.lookupPath(path3, { follow: !dontResolveLastLink });
            ret.exists = true;
            ret.path = lookup.path;
            ret.object = lookup.node;
            ret.name = lookup.node.name;
            ret.isRoot = lookup.path === "/";
          } catch (e) {
            ret.error = e.errno;
          }
          return ret;
        }, createFolder: function(parent, name, canRead, canWrite) {
          var path3 = PATH.join2(typeof parent === "string" ? parent : FS.getPath(parent), name);
          var mode = FS.getMode(canRead, canWrite);
          return FS.mkdir(path3, mode);
        }, createPath: function(parent, path3, canRead, canWrite) {
          parent = typeof parent === "string" ? parent : FS.getPath(parent);
          var parts = path3.split("/").reverse();
          while (parts.length) {
            var part = parts.pop();
            if (!part) continue;
            var current = PATH.join2(parent, part);
            try {
              FS.mkdir(current);
            } catch (e) {
            }
            parent = current;
          }
          return current;
        }, createFile: function(parent, name, properties, canRead, canWrite) {
          var path3 = PATH.join2(typeof parent === "string" ? parent : FS.getPath(parent), name);
          var mode = FS.getMode(canRead, canWrite);
          return FS.create(path3, mode);
        }, createDataFile: function(parent, name, data, canRead, canWrite, canOwn) {
          var path3 = name ? PATH.join2(typeof parent === "string" ? parent : FS.getPath(parent), name) : parent;
          var mode = FS.getMode(canRead, canWrite);
          var node = FS.create(path3, mode);
          if (data) {
            if (typeof data === "string") {
              var arr = new Array(data.length);
              for (var i = 0, len = data.length; i < len; ++i) arr[i] = data.charCodeAt(i);
              data = arr;
            }
            FS.chmod(node, mode | 146);
            var stream = FS.open(node, "w");
            FS.write(stream, data, 0, data.length, 0, canOwn);
            FS.close(stream);
            FS.chmod(node, mode);
          }
          return node;
        }, createDevice: function(parent, name, input, output) {
          var path3 = PATH.join2(typeof parent === "string" ? parent : FS.getPath(parent), name);
          var mode = FS.getMode(!!input, !!output);
          if (!FS.createDevice.major) FS.createDevice.major = 64;
          var dev = FS.makedev(FS.createDevice.major++, 0);
          FS.registerDevice(dev, { open: function(stream) {
            stream.seekable = false;
          }, close: function(stream) {
            if (output && output.buffer && output.buffer.length) {
              output(10);
            }
          }, read: function(stream, buffer2, offset, length, pos) {
            var bytesRead = 0;
            for (var i = 0; i < length; i++) {
              var result;
              try {
                result = input();
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
              if (result === void 0 && bytesRead === 0) {
                throw new FS.ErrnoError(6);
              }
              if (result === null || result === void 0) break;
              bytesRead++;
              buffer2[offset + i] = result;
            }
            if (bytesRead) {
              stream.node.timestamp = Date.now();
            }
            return bytesRead;
          }, write: function(stream, buffer2, offset, length, pos) {
            for (var i = 0; i < length; i++) {
              try {
                output(buffer2[offset + i]);
              } catch (e) {
                throw new FS.ErrnoError(29);
              }
            }
            if (length) {
              stream.node.timestamp = Date.now();
            }
            return i;
          } });
          return FS.mkdev(path3, mode, dev);
        }, createLink: function(parent, name, target, canRead, canWrite) {
          var path3 = PATH.join2(typeof parent === "string" ? parent : FS.getPath(parent), name);
          return FS.symlink(target, path3);
        }, forceLoadFile: function(obj) {
          if (obj.isDevice || obj.isFolder || obj.link || obj.contents) return true;
          var success = true;
          if (typeof XMLHttpRequest !== "undefined") {
            throw new Error("Lazy loading should have been performed (contents set) in createLazyFile, but it was not. Lazy loading only works in web workers. Use --embed-file or --preload-file in emcc on the main thread.");
          } else if (read_) {
            try {
              obj.contents = intArrayFromString(read_(obj.url), true);
              obj.usedBytes = obj.contents.length;
            } catch (e) {
              success = false;
            }
          } else {
            throw new Error("Cannot load without read() or XMLHttpRequest.");
          }
          if (!success) ___setErrNo(29);
          return success;
        }, createLazyFile: function(parent, name, url, canRead, canWrite) {
          function LazyUint8Array() {
            this.lengthKnown = false;
            this.chunks = [];
          }
          LazyUint8Array.prototype.get = function LazyUint8Array_get(idx) {
            if (idx > this.length - 1 || idx < 0) {
              return void 0;
            }
            var chunkOffset = idx % this.chunkSize;
            var chunkNum = idx / this.chunkSize | 0;
            return this.getter(chunkNum)[chunkOffset];
          };
          LazyUint8Array.prototype.setDataGetter = function LazyUint8Array_setDataGetter(getter) {
            this.getter = getter;
          };
          LazyUint8Array.prototype.cacheLength = function LazyUint8Array_cacheLength() {
            var xhr = new XMLHttpRequest();
            xhr.open("HEAD", url, false);
            xhr.send(null);
            if (!(xhr.status >= 200 && xhr.status < 300 || xhr.status === 304)) throw new Error("Couldn't load " + url + ". Status: " + xhr.status);
            var datalength = Number(xhr.getResponseHeader("Content-length"));
            var header;
            var hasByteServing = (header = xhr.getResponseHeader("Accept-Ranges")) && header === "bytes";
            var usesGzip = (header = xhr.getResponseHeader("Content-Encoding")) && header === "gzip";
            var chunkSize = 1024 * 1024;
            if (!hasByteServing) chunkSize = datalength;
            var doXHR = function(from, to) {
              if (from > to) throw new Error("invalid range (" + from + ", " + to + ") or no bytes requested!");
              if (to > datalength - 1) throw new Error("only " + datalength + " bytes available! programmer error!");
              var xhr2 = new XMLHttpRequest();
              xhr2.open("GET", url, false);
              if (datalength !== chunkSize) xhr2.setRequestHeader("Range", "bytes=" + from + "-" + to);
              if (typeof Uint8Array != "undefined") xhr2.responseType = "arraybuffer";
              if (xhr2.overrideMimeType) {
                xhr2.overrideMimeType("text/plain; charset=x-user-defined");
              }
              xhr2.send(null);
              if (!(xhr2.status >= 200 && xhr2.status < 300 || xhr2.status === 304)) throw new Error("Couldn't load " + url + ". Status: " + xhr2.status);
              if (xhr2.response !== void 0) {
                return new Uint8Array(xhr2.response || []);
              } else {
                return intArrayFromString(xhr2.responseText || "", true);
              }
            };
            var lazyArray2 = this;
            lazyArray2.setDataGetter(function(chunkNum) {
              var start = chunkNum * chunkSize;
              var end = (chunkNum + 1) * chunkSize - 1;
              end = Math.min(end, datalength - 1);
              if (typeof lazyArray2.chunks[chunkNum] === "undefined") {
                lazyArray2.chunks[chunkNum] = doXHR(start, end);
              }
              if (typeof lazyArray2.chunks[chunkNum] === "undefined") throw new Error("doXHR failed!");
              return lazyArray2.chunks[chunkNum];
            });
            if (usesGzip || !datalength) {
              chunkSize = datalength = 1;
              datalength = this.getter(0).length;
              chunkSize = datalength;
              out("LazyFiles on gzip forces download of the whole file when length is accessed");
            }
            this._length = datalength;
            this._chunkSize = chunkSize;
            this.lengthKnown = true;
          };
          if (typeof XMLHttpRequest !== "undefined") {
            if (!ENVIRONMENT_IS_WORKER) throw "Cannot do synchronous binary XHRs outside webworkers in modern browsers. Use --embed-file or --preload-file in emcc";
            var lazyArray = new LazyUint8Array();
            Object.defineProperties(lazyArray, { length: { get: function() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._length;
            } }, chunkSize: { get: function() {
              if (!this.lengthKnown) {
                this.cacheLength();
              }
              return this._chunkSize;
            } } });
            var properties = { isDevice: false, contents: lazyArray };
          } else {
            var properties = { isDevice: false, url };
          }
          var node = FS.createFile(parent, name, properties, canRead, canWrite);
          if (properties.contents) {
            node.contents = properties.contents;
          } else if (properties.url) {
            node.contents = null;
            node.url = properties.url;
          }
          Object.defineProperties(node, { usedBytes: { get: function() {
            return this.contents.length;
          } } });
          var stream_ops = {};
          var keys = Object.keys(node.stream_ops);
          keys.forEach(function(key2) {
            var fn = node.stream_ops[key2];
            stream_ops[key2] = function forceLoadLazyFile() {
              if (!FS.forceLoadFile(node)) {
                throw new FS.ErrnoError(29);
              }
              return fn.apply(null, arguments);
            };
          });
          stream_ops.read = function stream_ops_read(stream, buffer2, offset, length, position) {
            if (!FS.forceLoadFile(node)) {
              throw new FS.ErrnoError(29);
            }
            var contents = stream.node.contents;
            if (position >= contents.length) return 0;
            var size = Math.min(contents.length - position, length);
            assert(size >= 0);
            if (contents.slice) {
              for (var i = 0; i < size; i++) {
                buffer2[offset + i] = contents[position + i];
              }
            } else {
              for (var i = 0; i < size; i++) {
                buffer2[offset + i] = contents.get(position + i);
              }
            }
            return size;
          };
          node.stream_ops = stream_ops;
          return node;
        }, createPreloadedFile: function(parent, name, url, canRead, canWrite, onload, onerror, dontCreateFile, canOwn, preFinish) {
          Browser.init();
          var fullname = name ? PATH_FS.resolve(PATH.join2(parent, name)) : parent;
          var dep = getUniqueRunDependency("cp " + fullname);
          function processData(byteArray) {
            function finish(byteArray2) {
              if (preFinish) preFinish();
              if (!dontCreateFile) {
                FS.createDataFile(parent, name, byteArray2, canRead, canWrite, canOwn);
              }
              if (onload) onload();
              removeRunDependency(dep);
            }
            var handled = false;
            Module2["preloadPlugins"].forEach(function(plugin) {
              if (handled) return;
              if (plugin["canHandle"](fullname)) {
                plugin["handle"](byteArray, fullname, finish, function() {
                  if (onerror) onerror();
                  removeRunDependency(dep);
                });
                handled = true;
              }
            });
            if (!handled) finish(byteArray);
          }
          addRunDependency(dep);
          if (typeof url == "string") {
            Browser.asyncLoad(url, function(byteArray) {
              processData(byteArray);
            }, onerror);
          } else {
            processData(url);
          }
        }, indexedDB: function() {
          return window.indexedDB || window.mozIndexedDB || window.webkitIndexedDB || window.msIndexedDB;
        }, DB_NAME: function() {
          return "EM_FS_" + window.location.pathname;
        }, DB_VERSION: 20, DB_STORE_NAME: "FILE_DATA", saveFilesToDB: function(paths, onload, onerror) {
          onload = onload || function() {
          };
          onerror = onerror || function() {
          };
          var indexedDB = FS.indexedDB();
          try {
            var openRequest = indexedDB.open(FS.DB_NAME(), FS.DB_VERSION);
          } catch (e) {
            return onerror(e);
          }
          openRequest.onupgradeneeded = function openRequest_onupgradeneeded() {
            out("creating db");
            var db = openRequest.result;
            db.createObjectStore(FS.DB_STORE_NAME);
          };
          openRequest.onsuccess = function openRequest_onsuccess() {
            var db = openRequest.result;
            var transaction = db.transaction([FS.DB_STORE_NAME], "readwrite");
            var files = transaction.objectStore(FS.DB_STORE_NAME);
            var ok = 0, fail = 0, total = paths.length;
            function finish() {
              if (fail == 0) onload();
              else onerror();
            }
            paths.forEach(function(path3) {
              var putRequest = files.put(FS.analyzePath(path3).object.contents, path3);
              putRequest.onsuccess = function putRequest_onsuccess() {
                ok++;
                if (ok + fail == total) finish();
              };
              putRequest.onerror = function putRequest_onerror() {
                fail++;
                if (ok + fail == total) finish();
              };
            });
            transaction.onerror = onerror;
          };
          openRequest.onerror = onerror;
        }, loadFilesFromDB: function(paths, onload, onerror) {
          onload = onload || function() {
          };
          onerror = onerror || function() {
          };
          var indexedDB = FS.indexedDB();
          try {
            var openRequest = indexedDB.open(FS.DB_NAME(), FS.DB_VERSION);
          } catch (e) {
            return onerror(e);
          }
          openRequest.onupgradeneeded = onerror;
          openRequest.onsuccess = function openRequest_onsuccess() {
            var db = openRequest.result;
            try {
              var transaction = db.transaction([FS.DB_STORE_NAME], "readonly");
            } catch (e) {
              onerror(e);
              return;
            }
            var files = transaction.objectStore(FS.DB_STORE_NAME);
            var ok = 0, fail = 0, total = paths.length;
            function finish() {
              if (fail == 0) onload();
              else onerror();
            }
            paths.forEach(function(path3) {
              var getRequest = files.get(path3);
              getRequest.onsuccess = function getRequest_onsuccess() {
                if (FS.analyzePath(path3).exists) {
                  FS.unlink(path3);
                }
                FS.createDataFile(PATH.dirname(path3), PATH.basename(path3), getRequest.result, true, true, true);
                ok++;
                if (ok + fail == total) finish();
              };
              getRequest.onerror = function getRequest_onerror() {
                fail++;
                if (ok + fail == total) finish();
              };
            });
            transaction.onerror = onerror;
          };
          openRequest.onerror = onerror;
        } };
        var SYSCALLS = { DEFAULT_POLLMASK: 5, mappings: {}, umask: 511, calculateAt: function(dirfd, path3) {
          if (path3[0] !== "/") {
            var dir;
            if (dirfd === -100) {
              dir = FS.cwd();
            } else {
              var dirstream = FS.getStream(dirfd);
              if (!dirstream) throw new FS.ErrnoError(8);
              dir = dirstream.path;
            }
            path3 = PATH.join2(dir, path3);
          }
          return path3;
        }, doStat: function(func, path3, buf) {
          try {
            var stat = func(path3);
          } catch (e) {
            if (e && e.node && PATH.normalize(path3) !== PATH.normalize(FS.getPath(e.node))) {
              return -54;
            }
            throw e;
          }
          HEAP32[buf >> 2] = stat.dev;
          HEAP32[buf + 4 >> 2] = 0;
          HEAP32[buf + 8 >> 2] = stat.ino;
          HEAP32[buf + 12 >> 2] = stat.mode;
          HEAP32[buf + 16 >> 2] = stat.nlink;
          HEAP32[buf + 20 >> 2] = stat.uid;
          HEAP32[buf + 24 >> 2] = stat.gid;
          HEAP32[buf + 28 >> 2] = stat.rdev;
          HEAP32[buf + 32 >> 2] = 0;
          tempI64 = [stat.size >>> 0, (tempDouble = stat.size, +Math_abs(tempDouble) >= 1 ? tempDouble > 0 ? (Math_min(+Math_floor(tempDouble / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math_ceil((tempDouble - +(~~tempDouble >>> 0)) / 4294967296) >>> 0 : 0)], HEAP32[buf + 40 >> 2] = tempI64[0], HEAP32[buf + 44 >> 2] = tempI64[1];
          HEAP32[buf + 48 >> 2] = 4096;
          HEAP32[buf + 52 >> 2] = stat.blocks;
          HEAP32[buf + 56 >> 2] = stat.atime.getTime() / 1e3 | 0;
          HEAP32[buf + 60 >> 2] = 0;
          HEAP32[buf + 64 >> 2] = stat.mtime.getTime() / 1e3 | 0;
          HEAP32[buf + 68 >> 2] = 0;
          HEAP32[buf + 72 >> 2] = stat.ctime.getTime() / 1e3 | 0;
          HEAP32[buf + 76 >> 2] = 0;
          tempI64 = [stat.ino >>> 0, (tempDouble = stat.ino, +Math_abs(tempDouble) >= 1 ? tempDouble > 0 ? (Math_min(+Math_floor(tempDouble / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math_ceil((tempDouble - +(~~tempDouble >>> 0)) / 4294967296) >>> 0 : 0)], HEAP32[buf + 80 >> 2] = tempI64[0], HEAP32[buf + 84 >> 2] = tempI64[1];
          return 0;
        }, doMsync: function(addr, stream, len, flags, offset) {
          var buffer2 = new Uint8Array(HEAPU8.subarray(addr, addr + len));
          FS.msync(stream, buffer2, offset, len, flags);
        }, doMkdir: function(path3, mode) {
          path3 = PATH.normalize(path3);
          if (path3[path3.length - 1] === "/") path3 = path3.substr(0, path3.length - 1);
          FS.mkdir(path3, mode, 0);
          return 0;
        }, doMknod: function(path3, mode, dev) {
          switch (mode & 61440) {
            case 32768:
            case 8192:
            case 24576:
            case 4096:
            case 49152:
              break;
            default:
              return -28;
          }
          FS.mknod(path3, mode, dev);
          return 0;
        }, doReadlink: function(path3, buf, bufsize) {
          if (bufsize <= 0) return -28;
          var ret = FS.readlink(path3);
          var len = Math.min(bufsize, lengthBytesUTF8(ret));
          var endChar = HEAP8[buf + len];
          stringToUTF8(ret, buf, bufsize + 1);
          HEAP8[buf + len] = endChar;
          return len;
        }, doAccess: function(path3, amode) {
          if (amode & ~7) {
            return -28;
          }
          var node;
          var lookup = FS.lookupPath(path3, { follow: true });
          node = lookup.node;
          if (!node) {
            return -44;
          }
          var perms = "";
          if (amode & 4) perms += "r";
          if (amode & 2) perms += "w";
          if (amode & 1) perms += "x";
          if (perms && FS.nodePermissions(node, perms)) {
            return -2;
          }
          return 0;
        }, doDup: function(path3, flags, suggestFD) {
          var suggest = FS.getStream(suggestFD);
          if (suggest) FS.close(suggest);
          return FS.open(path3, flags, 0, suggestFD, suggestFD).fd;
        }, doReadv: function(stream, iov, iovcnt, offset) {
          var ret = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAP32[iov + i * 8 >> 2];
            var len = HEAP32[iov + (i * 8 + 4) >> 2];
            var curr = FS.read(stream, HEAP8, ptr, len, offset);
            if (curr < 0) return -1;
            ret += curr;
            if (curr < len) break;
          }
          return ret;
        }, doWritev: function(stream, iov, iovcnt, offset) {
          var ret = 0;
          for (var i = 0; i < iovcnt; i++) {
            var ptr = HEAP32[iov + i * 8 >> 2];
            var len = HEAP32[iov + (i * 8 + 4) >> 2];
            var curr = FS.write(stream, HEAP8, ptr, len, offset);
            if (curr < 0) return -1;
            ret += curr;
          }
          return ret;
        }, varargs: 0, get: function(varargs) {
          SYSCALLS.varargs += 4;
          var ret = HEAP32[SYSCALLS.varargs - 4 >> 2];
          return ret;
        }, getStr: function() {
          var ret = UTF8ToString(SYSCALLS.get());
          return ret;
        }, getStreamFromFD: function(fd) {
          if (fd === void 0) fd = SYSCALLS.get();
          var stream = FS.getStream(fd);
          if (!stream) throw new FS.ErrnoError(8);
          return stream;
        }, get64: function() {
          var low = SYSCALLS.get(), high = SYSCALLS.get();
          if (low >= 0) assert(high === 0);
          else assert(high === -1);
          return low;
        }, getZero: function() {
          assert(SYSCALLS.get() === 0);
        } };
        function ___syscall221(which, varargs) {
          SYSCALLS.varargs = varargs;
          try {
            var stream = SYSCALLS.getStreamFromFD(), cmd = SYSCALLS.get();
            switch (cmd) {
              case 0: {
                var arg = SYSCALLS.get();
                if (arg < 0) {
                  return -28;
                }
                var newStream;
                newStream = FS.open(stream.path, stream.flags, 0, arg);
                return newStream.fd;
              }
              case 1:
              case 2:
                return 0;
              case 3:
                return stream.flags;
              case 4: {
                var arg = SYSCALLS.get();
                stream.flags |= arg;
                return 0;
              }
              case 12: {
                var arg = SYSCALLS.get();
                var offset = 0;
                HEAP16[arg + offset >> 1] = 2;
                return 0;
              }
              case 13:
              case 14:
                return 0;
              case 16:
              case 8:
                return -28;
              case 9:
                ___setErrNo(28);
                return -1;
              default: {
                return -28;
              }
            }
          } catch (e) {
            if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
            return -e.errno;
          }
        }
        function ___syscall5(which, varargs) {
          SYSCALLS.varargs = varargs;
          try {
            var pathname = SYSCALLS.getStr(), flags = SYSCALLS.get(), mode = SYSCALLS.get();
            var stream = FS.open(pathname, flags, mode);
            return stream.fd;
          } catch (e) {
            if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
            return -e.errno;
          }
        }
        function ___syscall54(which, varargs) {
          SYSCALLS.varargs = varargs;
          try {
            var stream = SYSCALLS.getStreamFromFD(), op = SYSCALLS.get();
            switch (op) {
              case 21509:
              case 21505: {
                if (!stream.tty) return -59;
                return 0;
              }
              case 21510:
              case 21511:
              case 21512:
              case 21506:
              case 21507:
              case 21508: {
                if (!stream.tty) return -59;
                return 0;
              }
              case 21519: {
                if (!stream.tty) return -59;
                var argp = SYSCALLS.get();
                HEAP32[argp >> 2] = 0;
                return 0;
              }
              case 21520: {
                if (!stream.tty) return -59;
                return -28;
              }
              case 21531: {
                var argp = SYSCALLS.get();
                return FS.ioctl(stream, op, argp);
              }
              case 21523: {
                if (!stream.tty) return -59;
                return 0;
              }
              case 21524: {
                if (!stream.tty) return -59;
                return 0;
              }
              default:
                abort("bad ioctl syscall " + op);
            }
          } catch (e) {
            if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
            return -e.errno;
          }
        }
        function __emscripten_syscall_munmap(addr, len) {
          if (addr === -1 || len === 0) {
            return -28;
          }
          var info = SYSCALLS.mappings[addr];
          if (!info) return 0;
          if (len === info.len) {
            var stream = FS.getStream(info.fd);
            SYSCALLS.doMsync(addr, stream, len, info.flags, info.offset);
            FS.munmap(stream);
            SYSCALLS.mappings[addr] = null;
            if (info.allocated) {
              _free(info.malloc);
            }
          }
          return 0;
        }
        function ___syscall91(which, varargs) {
          SYSCALLS.varargs = varargs;
          try {
            var addr = SYSCALLS.get(), len = SYSCALLS.get();
            return __emscripten_syscall_munmap(addr, len);
          } catch (e) {
            if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
            return -e.errno;
          }
        }
        function ___unlock() {
        }
        function _abort() {
          abort();
        }
        function _clock() {
          if (_clock.start === void 0) _clock.start = Date.now();
          return (Date.now() - _clock.start) * (1e6 / 1e3) | 0;
        }
        function _emscripten_get_heap_size() {
          return HEAP8.length;
        }
        function _emscripten_get_sbrk_ptr() {
          return 152272;
        }
        function _emscripten_memcpy_big(dest, src, num) {
          HEAPU8.set(HEAPU8.subarray(src, src + num), dest);
        }
        function emscripten_realloc_buffer(size) {
          try {
            wasmMemory.grow(size - buffer.byteLength + 65535 >> 16);
            updateGlobalBufferAndViews(wasmMemory.buffer);
            return 1;
          } catch (e) {
            console.error("emscripten_realloc_buffer: Attempted to grow heap from " + buffer.byteLength + " bytes to " + size + " bytes, but got error: " + e);
          }
        }
        function _emscripten_resize_heap(requestedSize) {
          var oldSize = _emscripten_get_heap_size();
          assert(requestedSize > oldSize);
          var PAGE_MULTIPLE = 65536;
          var maxHeapSize = 2147483648 - PAGE_MULTIPLE;
          if (requestedSize > maxHeapSize) {
            err("Cannot enlarge memory, asked to go up to " + requestedSize + " bytes, but the limit is " + maxHeapSize + " bytes!");
            return false;
          }
          var minHeapSize = 16777216;
          for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
            var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
            overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
            var newSize = Math.min(maxHeapSize, alignUp(Math.max(minHeapSize, requestedSize, overGrownHeapSize), PAGE_MULTIPLE));
            var replacement = emscripten_realloc_buffer(newSize);
            if (replacement) {
              return true;
            }
          }
          err("Failed to grow the heap from " + oldSize + " bytes to " + newSize + " bytes, not enough memory!");
          return false;
        }
        var ENV = {};
        function _emscripten_get_environ() {
          if (!_emscripten_get_environ.strings) {
            var env = { "USER": "web_user", "LOGNAME": "web_user", "PATH": "/", "PWD": "/", "HOME": "/home/web_user", "LANG": (typeof navigator === "object" && navigator.languages && navigator.languages[0] || "C").replace("-", "_") + ".UTF-8", "_": thisProgram };
            for (var x in ENV) {
              env[x] = ENV[x];
            }
            var strings = [];
            for (var x in env) {
              strings.push(x + "=" + env[x]);
            }
            _emscripten_get_environ.strings = strings;
          }
          return _emscripten_get_environ.strings;
        }
        function _environ_get(__environ, environ_buf) {
          var strings = _emscripten_get_environ();
          var bufSize = 0;
          strings.forEach(function(string, i) {
            var ptr = environ_buf + bufSize;
            HEAP32[__environ + i * 4 >> 2] = ptr;
            writeAsciiToMemory(string, ptr);
            bufSize += string.length + 1;
          });
          return 0;
        }
        function _environ_sizes_get(penviron_count, penviron_buf_size) {
          var strings = _emscripten_get_environ();
          HEAP32[penviron_count >> 2] = strings.length;
          var bufSize = 0;
          strings.forEach(function(string) {
            bufSize += string.length + 1;
          });
          HEAP32[penviron_buf_size >> 2] = bufSize;
          return 0;
        }
        function _fd_close(fd) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            FS.close(stream);
            return 0;
          } catch (e) {
            if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
            return e.errno;
          }
        }
        function _fd_read(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = SYSCALLS.doReadv(stream, iov, iovcnt);
            HEAP32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
            return e.errno;
          }
        }
        function _fd_seek(fd, offset_low, offset_high, whence, newOffset) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var HIGH_OFFSET = 4294967296;
            var offset = offset_high * HIGH_OFFSET + (offset_low >>> 0);
            var DOUBLE_LIMIT = 9007199254740992;
            if (offset <= -DOUBLE_LIMIT || offset >= DOUBLE_LIMIT) {
              return -61;
            }
            FS.llseek(stream, offset, whence);
            tempI64 = [stream.position >>> 0, (tempDouble = stream.position, +Math_abs(tempDouble) >= 1 ? tempDouble > 0 ? (Math_min(+Math_floor(tempDouble / 4294967296), 4294967295) | 0) >>> 0 : ~~+Math_ceil((tempDouble - +(~~tempDouble >>> 0)) / 4294967296) >>> 0 : 0)], HEAP32[newOffset >> 2] = tempI64[0], HEAP32[newOffset + 4 >> 2] = tempI64[1];
            if (stream.getdents && offset === 0 && whence === 0) stream.getdents = null;
            return 0;
          } catch (e) {
            if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
            return e.errno;
          }
        }
        function _fd_write(fd, iov, iovcnt, pnum) {
          try {
            var stream = SYSCALLS.getStreamFromFD(fd);
            var num = SYSCALLS.doWritev(stream, iov, iovcnt);
            HEAP32[pnum >> 2] = num;
            return 0;
          } catch (e) {
            if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
            return e.errno;
          }
        }
        function _setTempRet0($i) {
          setTempRet0($i | 0);
        }
        function __isLeapYear(year) {
          return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
        }
        function __arraySum(array, index) {
          var sum = 0;
          for (var i = 0; i <= index; sum += array[i++]) ;
          return sum;
        }
        var __MONTH_DAYS_LEAP = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        var __MONTH_DAYS_REGULAR = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        function __addDays(date, days) {
          var newDate = new Date(date.getTime());
          while (days > 0) {
            var leap = __isLeapYear(newDate.getFullYear());
            var currentMonth = newDate.getMonth();
            var daysInCurrentMonth = (leap ? __MONTH_DAYS_LEAP : __MONTH_DAYS_REGULAR)[currentMonth];
            if (days > daysInCurrentMonth - newDate.getDate()) {
              days -= daysInCurrentMonth - newDate.getDate() + 1;
              newDate.setDate(1);
              if (currentMonth < 11) {
                newDate.setMonth(currentMonth + 1);
              } else {
                newDate.setMonth(0);
                newDate.setFullYear(newDate.getFullYear() + 1);
              }
            } else {
              newDate.setDate(newDate.getDate() + days);
              return newDate;
            }
          }
          return newDate;
        }
        function _strftime(s, maxsize, format, tm) {
          var tm_zone = HEAP32[tm + 40 >> 2];
          var date = { tm_sec: HEAP32[tm >> 2], tm_min: HEAP32[tm + 4 >> 2], tm_hour: HEAP32[tm + 8 >> 2], tm_mday: HEAP32[tm + 12 >> 2], tm_mon: HEAP32[tm + 16 >> 2], tm_year: HEAP32[tm + 20 >> 2], tm_wday: HEAP32[tm + 24 >> 2], tm_yday: HEAP32[tm + 28 >> 2], tm_isdst: HEAP32[tm + 32 >> 2], tm_gmtoff: HEAP32[tm + 36 >> 2], tm_zone: tm_zone ? UTF8ToString(tm_zone) : "" };
          var pattern = UTF8ToString(format);
          var EXPANSION_RULES_1 = { "%c": "%a %b %d %H:%M:%S %Y", "%D": "%m/%d/%y", "%F": "%Y-%m-%d", "%h": "%b", "%r": "%I:%M:%S %p", "%R": "%H:%M", "%T": "%H:%M:%S", "%x": "%m/%d/%y", "%X": "%H:%M:%S", "%Ec": "%c", "%EC": "%C", "%Ex": "%m/%d/%y", "%EX": "%H:%M:%S", "%Ey": "%y", "%EY": "%Y", "%Od": "%d", "%Oe": "%e", "%OH": "%H", "%OI": "%I", "%Om": "%m", "%OM": "%M", "%OS": "%S", "%Ou": "%u", "%OU": "%U", "%OV": "%V", "%Ow": "%w", "%OW": "%W", "%Oy": "%y" };
          for (var rule in EXPANSION_RULES_1) {
            pattern = pattern.replace(new RegExp(rule, "g"), EXPANSION_RULES_1[rule]);
          }
          var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
          var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
          function leadingSomething(value, digits, character) {
            var str = typeof value === "number" ? value.toString() : value || "";
            while (str.length < digits) {
              str = character[0] + str;
            }
            return str;
          }
          function leadingNulls(value, digits) {
            return leadingSomething(value, digits, "0");
          }
          function compareByDay(date1, date2) {
            function sgn(value) {
              return value < 0 ? -1 : value > 0 ? 1 : 0;
            }
            var compare;
            if ((compare = sgn(date1.getFullYear() - date2.getFullYear())) === 0) {
              if ((compare = sgn(date1.getMonth() - date2.getMonth())) === 0) {
                compare = sgn(date1.getDate() - date2.getDate());
              }
            }
            return compare;
          }
          function getFirstWeekStartDate(janFourth) {
            switch (janFourth.getDay()) {
              case 0:
                return new Date(janFourth.getFullYear() - 1, 11, 29);
              case 1:
                return janFourth;
              case 2:
                return new Date(janFourth.getFullYear(), 0, 3);
              case 3:
                return new Date(janFourth.getFullYear(), 0, 2);
              case 4:
                return new Date(janFourth.getFullYear(), 0, 1);
              case 5:
                return new Date(janFourth.getFullYear() - 1, 11, 31);
              case 6:
                return new Date(janFourth.getFullYear() - 1, 11, 30);
            }
          }
          function getWeekBasedYear(date2) {
            var thisDate = __addDays(new Date(date2.tm_year + 1900, 0, 1), date2.tm_yday);
            var janFourthThisYear = new Date(thisDate.getFullYear(), 0, 4);
            var janFourthNextYear = new Date(thisDate.getFullYear() + 1, 0, 4);
            var firstWeekStartThisYear = getFirstWeekStartDate(janFourthThisYear);
            var firstWeekStartNextYear = getFirstWeekStartDate(janFourthNextYear);
            if (compareByDay(firstWeekStartThisYear, thisDate) <= 0) {
              if (compareByDay(firstWeekStartNextYear, thisDate) <= 0) {
                return thisDate.getFullYear() + 1;
              } else {
                return thisDate.getFullYear();
              }
            } else {
              return thisDate.getFullYear() - 1;
            }
          }
          var EXPANSION_RULES_2 = { "%a": function(date2) {
            return WEEKDAYS[date2.tm_wday].substring(0, 3);
          }, "%A": function(date2) {
            return WEEKDAYS[date2.tm_wday];
          }, "%b": function(date2) {
            return MONTHS[date2.tm_mon].substring(0, 3);
          }, "%B": function(date2) {
            return MONTHS[date2.tm_mon];
          }, "%C": function(date2) {
            var year = date2.tm_year + 1900;
            return leadingNulls(year / 100 | 0, 2);
          }, "%d": function(date2) {
            return leadingNulls(date2.tm_mday, 2);
          }, "%e": function(date2) {
            return leadingSomething(date2.tm_mday, 2, " ");
          }, "%g": function(date2) {
            return getWeekBasedYear(date2).toString().substring(2);
          }, "%G": function(date2) {
            return getWeekBasedYear(date2);
          }, "%H": function(date2) {
            return leadingNulls(date2.tm_hour, 2);
          }, "%I": function(date2) {
            var twelveHour = date2.tm_hour;
            if (twelveHour == 0) twelveHour = 12;
            else if (twelveHour > 12) twelveHour -= 12;
            return leadingNulls(twelveHour, 2);
          }, "%j": function(date2) {
            return leadingNulls(date2.tm_mday + __arraySum(__isLeapYear(date2.tm_year + 1900) ? __MONTH_DAYS_LEAP : __MONTH_DAYS_REGULAR, date2.tm_mon - 1), 3);
          }, "%m": function(date2) {
            return leadingNulls(date2.tm_mon + 1, 2);
          }, "%M": function(date2) {
            return leadingNulls(date2.tm_min, 2);
          }, "%n": function() {
            return "\n";
          }, "%p": function(date2) {
            if (date2.tm_hour >= 0 && date2.tm_hour < 12) {
              return "AM";
            } else {
              return "PM";
            }
          }, "%S": function(date2) {
            return leadingNulls(date2.tm_sec, 2);
          }, "%t": function() {
            return "	";
          }, "%u": function(date2) {
            return date2.tm_wday || 7;
          }, "%U": function(date2) {
            var janFirst = new Date(date2.tm_year + 1900, 0, 1);
            var firstSunday = janFirst.getDay() === 0 ? janFirst : __addDays(janFirst, 7 - janFirst.getDay());
            var endDate = new Date(date2.tm_year + 1900, date2.tm_mon, date2.tm_mday);
            if (compareByDay(firstSunday, endDate) < 0) {
              var februaryFirstUntilEndMonth = __arraySum(__isLeapYear(endDate.getFullYear()) ? __MONTH_DAYS_LEAP : __MONTH_DAYS_REGULAR, endDate.getMonth() - 1) - 31;
              var firstSundayUntilEndJanuary = 31 - firstSunday.getDate();
              var days = firstSundayUntilEndJanuary + februaryFirstUntilEndMonth + endDate.getDate();
              return leadingNulls(Math.ceil(days / 7), 2);
            }
            return compareByDay(firstSunday, janFirst) === 0 ? "01" : "00";
          }, "%V": function(date2) {
            var janFourthThisYear = new Date(date2.tm_year + 1900, 0, 4);
            var janFourthNextYear = new Date(date2.tm_year + 1901, 0, 4);
            var firstWeekStartThisYear = getFirstWeekStartDate(janFourthThisYear);
            var firstWeekStartNextYear = getFirstWeekStartDate(janFourthNextYear);
            var endDate = __addDays(new Date(date2.tm_year + 1900, 0, 1), date2.tm_yday);
            if (compareByDay(endDate, firstWeekStartThisYear) < 0) {
              return "53";
            }
            if (compareByDay(firstWeekStartNextYear, endDate) <= 0) {
              return "01";
            }
            var daysDifference;
            if (firstWeekStartThisYear.getFullYear() < date2.tm_year + 1900) {
              daysDifference = date2.tm_yday + 32 - firstWeekStartThisYear.getDate();
            } else {
              daysDifference = date2.tm_yday + 1 - firstWeekStartThisYear.getDate();
            }
            return leadingNulls(Math.ceil(daysDifference / 7), 2);
          }, "%w": function(date2) {
            return date2.tm_wday;
          }, "%W": function(date2) {
            var janFirst = new Date(date2.tm_year, 0, 1);
            var firstMonday = janFirst.getDay() === 1 ? janFirst : __addDays(janFirst, janFirst.getDay() === 0 ? 1 : 7 - janFirst.getDay() + 1);
            var endDate = new Date(date2.tm_year + 1900, date2.tm_mon, date2.tm_mday);
            if (compareByDay(firstMonday, endDate) < 0) {
              var februaryFirstUntilEndMonth = __arraySum(__isLeapYear(endDate.getFullYear()) ? __MONTH_DAYS_LEAP : __MONTH_DAYS_REGULAR, endDate.getMonth() - 1) - 31;
              var firstMondayUntilEndJanuary = 31 - firstMonday.getDate();
              var days = firstMondayUntilEndJanuary + februaryFirstUntilEndMonth + endDate.getDate();
              return leadingNulls(Math.ceil(days / 7), 2);
            }
            return compareByDay(firstMonday, janFirst) === 0 ? "01" : "00";
          }, "%y": function(date2) {
            return (date2.tm_year + 1900).toString().substring(2);
          }, "%Y": function(date2) {
            return date2.tm_year + 1900;
          }, "%z": function(date2) {
            var off = date2.tm_gmtoff;
            var ahead = off >= 0;
            off = Math.abs(off) / 60;
            off = off / 60 * 100 + off % 60;
            return (ahead ? "+" : "-") + String("0000" + off).slice(-4);
          }, "%Z": function(date2) {
            return date2.tm_zone;
          }, "%%": function() {
            return "%";
          } };
          for (var rule in EXPANSION_RULES_2) {
            if (pattern.indexOf(rule) >= 0) {
              pattern = pattern.replace(new RegExp(rule, "g"), EXPANSION_RULES_2[rule](date));
            }
          }
          var bytes = intArrayFromString(pattern, false);
          if (bytes.length > maxsize) {
            return 0;
          }
          writeArrayToMemory(bytes, s);
          return bytes.length - 1;
        }
        function _strftime_l(s, maxsize, format, tm) {
          return _strftime(s, maxsize, format, tm);
        }
        FS.staticInit();
        var ASSERTIONS = true;
        function intArrayFromString(stringy, dontAddNull, length) {
          var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
          var u8array = new Array(len);
          var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
          if (dontAddNull) u8array.length = numBytesWritten;
          return u8array;
        }
        var decodeBase64 = typeof atob === "function" ? atob : function(input) {
          var keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
          var output = "";
          var chr1, chr2, chr3;
          var enc1, enc2, enc3, enc4;
          var i = 0;
          input = input.replace(/[^A-Za-z0-9\+\/\=]/g, "");
          do {
            enc1 = keyStr.indexOf(input.charAt(i++));
            enc2 = keyStr.indexOf(input.charAt(i++));
            enc3 = keyStr.indexOf(input.charAt(i++));
            enc4 = keyStr.indexOf(input.charAt(i++));
            chr1 = enc1 << 2 | enc2 >> 4;
            chr2 = (enc2 & 15) << 4 | enc3 >> 2;
            chr3 = (enc3 & 3) << 6 | enc4;
            output = output + String.fromCharCode(chr1);
            if (enc3 !== 64) {
              output = output + String.fromCharCode(chr2);
            }
            if (enc4 !== 64) {
              output = output + String.fromCharCode(chr3);
            }
          } while (i < input.length);
          return output;
        };
        function intArrayFromBase64(s) {
          if (typeof ENVIRONMENT_IS_NODE === "boolean" && ENVIRONMENT_IS_NODE) {
            var buf;
            try {
              buf = Buffer.from(s, "base64");
            } catch (_) {
              buf = new Buffer(s, "base64");
            }
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
          }
          try {
            var decoded = decodeBase64(s);
            var bytes = new Uint8Array(decoded.length);
            for (var i = 0; i < decoded.length; ++i) {
              bytes[i] = decoded.charCodeAt(i);
            }
            return bytes;
          } catch (_) {
            throw new Error("Converting base64 string to bytes failed.");
          }
        }
        function tryParseAsDataURI(filename) {
          if (!isDataURI(filename)) {
            return;
          }
          return intArrayFromBase64(filename.slice(dataURIPrefix.length));
        }
        var asmLibraryArg = { "__cxa_allocate_exception": ___cxa_allocate_exception, "__cxa_atexit": ___cxa_atexit, "__cxa_throw": ___cxa_throw, "__handle_stack_overflow": ___handle_stack_overflow, "__lock": ___lock, "__map_file": ___map_file, "__syscall221": ___syscall221, "__syscall5": ___syscall5, "__syscall54": ___syscall54, "__syscall91": ___syscall91, "__unlock": ___unlock, "abort": _abort, "clock": _clock, "emscripten_get_sbrk_ptr": _emscripten_get_sbrk_ptr, "emscripten_memcpy_big": _emscripten_memcpy_big, "emscripten_resize_heap": _emscripten_resize_heap, "environ_get": _environ_get, "environ_sizes_get": _environ_sizes_get, "fd_close": _fd_close, "fd_read": _fd_read, "fd_seek": _fd_seek, "fd_write": _fd_write, "memory": wasmMemory, "setTempRet0": _setTempRet0, "strftime_l": _strftime_l, "table": wasmTable };
        var asm = createWasm();
        var real____wasm_call_ctors = asm["__wasm_call_ctors"];
        asm["__wasm_call_ctors"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real____wasm_call_ctors.apply(null, arguments);
        };
        var real__Hunspell_free_list = asm["Hunspell_free_list"];
        asm["Hunspell_free_list"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__Hunspell_free_list.apply(null, arguments);
        };
        var real__Hunspell_suggest = asm["Hunspell_suggest"];
        asm["Hunspell_suggest"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__Hunspell_suggest.apply(null, arguments);
        };
        var real__Hunspell_create = asm["Hunspell_create"];
        asm["Hunspell_create"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__Hunspell_create.apply(null, arguments);
        };
        var real__Hunspell_destroy = asm["Hunspell_destroy"];
        asm["Hunspell_destroy"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__Hunspell_destroy.apply(null, arguments);
        };
        var real__Hunspell_add_dic = asm["Hunspell_add_dic"];
        asm["Hunspell_add_dic"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__Hunspell_add_dic.apply(null, arguments);
        };
        var real__Hunspell_spell = asm["Hunspell_spell"];
        asm["Hunspell_spell"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__Hunspell_spell.apply(null, arguments);
        };
        var real__Hunspell_add = asm["Hunspell_add"];
        asm["Hunspell_add"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__Hunspell_add.apply(null, arguments);
        };
        var real__Hunspell_add_with_affix = asm["Hunspell_add_with_affix"];
        asm["Hunspell_add_with_affix"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__Hunspell_add_with_affix.apply(null, arguments);
        };
        var real__Hunspell_remove = asm["Hunspell_remove"];
        asm["Hunspell_remove"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__Hunspell_remove.apply(null, arguments);
        };
        var real__fflush = asm["fflush"];
        asm["fflush"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__fflush.apply(null, arguments);
        };
        var real____errno_location = asm["__errno_location"];
        asm["__errno_location"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real____errno_location.apply(null, arguments);
        };
        var real__setThrew = asm["setThrew"];
        asm["setThrew"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__setThrew.apply(null, arguments);
        };
        var real___ZSt18uncaught_exceptionv = asm["_ZSt18uncaught_exceptionv"];
        asm["_ZSt18uncaught_exceptionv"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real___ZSt18uncaught_exceptionv.apply(null, arguments);
        };
        var real__malloc = asm["malloc"];
        asm["malloc"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__malloc.apply(null, arguments);
        };
        var real__free = asm["free"];
        asm["free"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real__free.apply(null, arguments);
        };
        var real____set_stack_limit = asm["__set_stack_limit"];
        asm["__set_stack_limit"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real____set_stack_limit.apply(null, arguments);
        };
        var real_stackSave = asm["stackSave"];
        asm["stackSave"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_stackSave.apply(null, arguments);
        };
        var real_stackAlloc = asm["stackAlloc"];
        asm["stackAlloc"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_stackAlloc.apply(null, arguments);
        };
        var real_stackRestore = asm["stackRestore"];
        asm["stackRestore"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_stackRestore.apply(null, arguments);
        };
        var real___growWasmMemory = asm["__growWasmMemory"];
        asm["__growWasmMemory"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real___growWasmMemory.apply(null, arguments);
        };
        var real_dynCall_ii = asm["dynCall_ii"];
        asm["dynCall_ii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_ii.apply(null, arguments);
        };
        var real_dynCall_iiii = asm["dynCall_iiii"];
        asm["dynCall_iiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiii.apply(null, arguments);
        };
        var real_dynCall_jiji = asm["dynCall_jiji"];
        asm["dynCall_jiji"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_jiji.apply(null, arguments);
        };
        var real_dynCall_iidiiii = asm["dynCall_iidiiii"];
        asm["dynCall_iidiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iidiiii.apply(null, arguments);
        };
        var real_dynCall_vii = asm["dynCall_vii"];
        asm["dynCall_vii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_vii.apply(null, arguments);
        };
        var real_dynCall_vi = asm["dynCall_vi"];
        asm["dynCall_vi"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_vi.apply(null, arguments);
        };
        var real_dynCall_viiiiii = asm["dynCall_viiiiii"];
        asm["dynCall_viiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_viiiiii.apply(null, arguments);
        };
        var real_dynCall_viiiii = asm["dynCall_viiiii"];
        asm["dynCall_viiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_viiiii.apply(null, arguments);
        };
        var real_dynCall_viiii = asm["dynCall_viiii"];
        asm["dynCall_viiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_viiii.apply(null, arguments);
        };
        var real_dynCall_viijii = asm["dynCall_viijii"];
        asm["dynCall_viijii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_viijii.apply(null, arguments);
        };
        var real_dynCall_iii = asm["dynCall_iii"];
        asm["dynCall_iii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iii.apply(null, arguments);
        };
        var real_dynCall_v = asm["dynCall_v"];
        asm["dynCall_v"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_v.apply(null, arguments);
        };
        var real_dynCall_iiiii = asm["dynCall_iiiii"];
        asm["dynCall_iiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiiii.apply(null, arguments);
        };
        var real_dynCall_iiiiii = asm["dynCall_iiiiii"];
        asm["dynCall_iiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiiiii.apply(null, arguments);
        };
        var real_dynCall_iiiiiiiii = asm["dynCall_iiiiiiiii"];
        asm["dynCall_iiiiiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiiiiiiii.apply(null, arguments);
        };
        var real_dynCall_iiiiiii = asm["dynCall_iiiiiii"];
        asm["dynCall_iiiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiiiiii.apply(null, arguments);
        };
        var real_dynCall_iiiiij = asm["dynCall_iiiiij"];
        asm["dynCall_iiiiij"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiiiij.apply(null, arguments);
        };
        var real_dynCall_iiiiid = asm["dynCall_iiiiid"];
        asm["dynCall_iiiiid"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiiiid.apply(null, arguments);
        };
        var real_dynCall_iiiiijj = asm["dynCall_iiiiijj"];
        asm["dynCall_iiiiijj"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiiiijj.apply(null, arguments);
        };
        var real_dynCall_iiiiiiii = asm["dynCall_iiiiiiii"];
        asm["dynCall_iiiiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiiiiiii.apply(null, arguments);
        };
        var real_dynCall_iiiiiijj = asm["dynCall_iiiiiijj"];
        asm["dynCall_iiiiiijj"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return real_dynCall_iiiiiijj.apply(null, arguments);
        };
        Module2["asm"] = asm;
        var ___wasm_call_ctors = Module2["___wasm_call_ctors"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["__wasm_call_ctors"].apply(null, arguments);
        };
        var _Hunspell_free_list = Module2["_Hunspell_free_list"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["Hunspell_free_list"].apply(null, arguments);
        };
        var _Hunspell_suggest = Module2["_Hunspell_suggest"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["Hunspell_suggest"].apply(null, arguments);
        };
        var _Hunspell_create = Module2["_Hunspell_create"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["Hunspell_create"].apply(null, arguments);
        };
        var _Hunspell_destroy = Module2["_Hunspell_destroy"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["Hunspell_destroy"].apply(null, arguments);
        };
        var _Hunspell_add_dic = Module2["_Hunspell_add_dic"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["Hunspell_add_dic"].apply(null, arguments);
        };
        var _Hunspell_spell = Module2["_Hunspell_spell"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["Hunspell_spell"].apply(null, arguments);
        };
        var _Hunspell_add = Module2["_Hunspell_add"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["Hunspell_add"].apply(null, arguments);
        };
        var _Hunspell_add_with_affix = Module2["_Hunspell_add_with_affix"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["Hunspell_add_with_affix"].apply(null, arguments);
        };
        var _Hunspell_remove = Module2["_Hunspell_remove"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["Hunspell_remove"].apply(null, arguments);
        };
        var _fflush = Module2["_fflush"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["fflush"].apply(null, arguments);
        };
        var ___errno_location = Module2["___errno_location"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["__errno_location"].apply(null, arguments);
        };
        var _setThrew = Module2["_setThrew"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["setThrew"].apply(null, arguments);
        };
        var __ZSt18uncaught_exceptionv = Module2["__ZSt18uncaught_exceptionv"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["_ZSt18uncaught_exceptionv"].apply(null, arguments);
        };
        var _malloc = Module2["_malloc"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["malloc"].apply(null, arguments);
        };
        var _free = Module2["_free"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["free"].apply(null, arguments);
        };
        var ___set_stack_limit = Module2["___set_stack_limit"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["__set_stack_limit"].apply(null, arguments);
        };
        var stackSave = Module2["stackSave"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["stackSave"].apply(null, arguments);
        };
        var stackAlloc = Module2["stackAlloc"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["stackAlloc"].apply(null, arguments);
        };
        var stackRestore = Module2["stackRestore"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["stackRestore"].apply(null, arguments);
        };
        var __growWasmMemory = Module2["__growWasmMemory"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["__growWasmMemory"].apply(null, arguments);
        };
        var dynCall_ii = Module2["dynCall_ii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_ii"].apply(null, arguments);
        };
        var dynCall_iiii = Module2["dynCall_iiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiii"].apply(null, arguments);
        };
        var dynCall_jiji = Module2["dynCall_jiji"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_jiji"].apply(null, arguments);
        };
        var dynCall_iidiiii = Module2["dynCall_iidiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iidiiii"].apply(null, arguments);
        };
        var dynCall_vii = Module2["dynCall_vii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_vii"].apply(null, arguments);
        };
        var dynCall_vi = Module2["dynCall_vi"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_vi"].apply(null, arguments);
        };
        var dynCall_viiiiii = Module2["dynCall_viiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_viiiiii"].apply(null, arguments);
        };
        var dynCall_viiiii = Module2["dynCall_viiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_viiiii"].apply(null, arguments);
        };
        var dynCall_viiii = Module2["dynCall_viiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_viiii"].apply(null, arguments);
        };
        var dynCall_viijii = Module2["dynCall_viijii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_viijii"].apply(null, arguments);
        };
        var dynCall_iii = Module2["dynCall_iii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iii"].apply(null, arguments);
        };
        var dynCall_v = Module2["dynCall_v"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_v"].apply(null, arguments);
        };
        var dynCall_iiiii = Module2["dynCall_iiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiiii"].apply(null, arguments);
        };
        var dynCall_iiiiii = Module2["dynCall_iiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiiiii"].apply(null, arguments);
        };
        var dynCall_iiiiiiiii = Module2["dynCall_iiiiiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiiiiiiii"].apply(null, arguments);
        };
        var dynCall_iiiiiii = Module2["dynCall_iiiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiiiiii"].apply(null, arguments);
        };
        var dynCall_iiiiij = Module2["dynCall_iiiiij"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiiiij"].apply(null, arguments);
        };
        var dynCall_iiiiid = Module2["dynCall_iiiiid"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiiiid"].apply(null, arguments);
        };
        var dynCall_iiiiijj = Module2["dynCall_iiiiijj"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiiiijj"].apply(null, arguments);
        };
        var dynCall_iiiiiiii = Module2["dynCall_iiiiiiii"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiiiiiii"].apply(null, arguments);
        };
        var dynCall_iiiiiijj = Module2["dynCall_iiiiiijj"] = function() {
          assert(runtimeInitialized, "you need to wait for the runtime to be ready (e.g. wait for main() to be called)");
          assert(!runtimeExited, "the runtime was exited (use NO_EXIT_RUNTIME to keep it alive after main() exits)");
          return Module2["asm"]["dynCall_iiiiiijj"].apply(null, arguments);
        };
        Module2["asm"] = asm;
        if (!Object.getOwnPropertyDescriptor(Module2, "intArrayFromString")) Module2["intArrayFromString"] = function() {
          abort("'intArrayFromString' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "intArrayToString")) Module2["intArrayToString"] = function() {
          abort("'intArrayToString' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "ccall")) Module2["ccall"] = function() {
          abort("'ccall' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        Module2["cwrap"] = cwrap;
        if (!Object.getOwnPropertyDescriptor(Module2, "setValue")) Module2["setValue"] = function() {
          abort("'setValue' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        Module2["getValue"] = getValue;
        if (!Object.getOwnPropertyDescriptor(Module2, "allocate")) Module2["allocate"] = function() {
          abort("'allocate' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "getMemory")) Module2["getMemory"] = function() {
          abort("'getMemory' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "AsciiToString")) Module2["AsciiToString"] = function() {
          abort("'AsciiToString' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "stringToAscii")) Module2["stringToAscii"] = function() {
          abort("'stringToAscii' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "UTF8ArrayToString")) Module2["UTF8ArrayToString"] = function() {
          abort("'UTF8ArrayToString' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        Module2["UTF8ToString"] = UTF8ToString;
        if (!Object.getOwnPropertyDescriptor(Module2, "stringToUTF8Array")) Module2["stringToUTF8Array"] = function() {
          abort("'stringToUTF8Array' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        Module2["stringToUTF8"] = stringToUTF8;
        if (!Object.getOwnPropertyDescriptor(Module2, "lengthBytesUTF8")) Module2["lengthBytesUTF8"] = function() {
          abort("'lengthBytesUTF8' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "UTF16ToString")) Module2["UTF16ToString"] = function() {
          abort("'UTF16ToString' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "stringToUTF16")) Module2["stringToUTF16"] = function() {
          abort("'stringToUTF16' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "lengthBytesUTF16")) Module2["lengthBytesUTF16"] = function() {
          abort("'lengthBytesUTF16' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "UTF32ToString")) Module2["UTF32ToString"] = function() {
          abort("'UTF32ToString' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "stringToUTF32")) Module2["stringToUTF32"] = function() {
          abort("'stringToUTF32' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "lengthBytesUTF32")) Module2["lengthBytesUTF32"] = function() {
          abort("'lengthBytesUTF32' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        Module2["allocateUTF8"] = allocateUTF8;
        if (!Object.getOwnPropertyDescriptor(Module2, "stackTrace")) Module2["stackTrace"] = function() {
          abort("'stackTrace' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "addOnPreRun")) Module2["addOnPreRun"] = function() {
          abort("'addOnPreRun' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "addOnInit")) Module2["addOnInit"] = function() {
          abort("'addOnInit' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "addOnPreMain")) Module2["addOnPreMain"] = function() {
          abort("'addOnPreMain' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "addOnExit")) Module2["addOnExit"] = function() {
          abort("'addOnExit' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "addOnPostRun")) Module2["addOnPostRun"] = function() {
          abort("'addOnPostRun' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "writeStringToMemory")) Module2["writeStringToMemory"] = function() {
          abort("'writeStringToMemory' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "writeArrayToMemory")) Module2["writeArrayToMemory"] = function() {
          abort("'writeArrayToMemory' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "writeAsciiToMemory")) Module2["writeAsciiToMemory"] = function() {
          abort("'writeAsciiToMemory' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "addRunDependency")) Module2["addRunDependency"] = function() {
          abort("'addRunDependency' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "removeRunDependency")) Module2["removeRunDependency"] = function() {
          abort("'removeRunDependency' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "ENV")) Module2["ENV"] = function() {
          abort("'ENV' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "FS")) Module2["FS"] = function() {
          abort("'FS' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "FS_createFolder")) Module2["FS_createFolder"] = function() {
          abort("'FS_createFolder' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "FS_createPath")) Module2["FS_createPath"] = function() {
          abort("'FS_createPath' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "FS_createDataFile")) Module2["FS_createDataFile"] = function() {
          abort("'FS_createDataFile' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "FS_createPreloadedFile")) Module2["FS_createPreloadedFile"] = function() {
          abort("'FS_createPreloadedFile' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "FS_createLazyFile")) Module2["FS_createLazyFile"] = function() {
          abort("'FS_createLazyFile' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "FS_createLink")) Module2["FS_createLink"] = function() {
          abort("'FS_createLink' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "FS_createDevice")) Module2["FS_createDevice"] = function() {
          abort("'FS_createDevice' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "FS_unlink")) Module2["FS_unlink"] = function() {
          abort("'FS_unlink' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "GL")) Module2["GL"] = function() {
          abort("'GL' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "dynamicAlloc")) Module2["dynamicAlloc"] = function() {
          abort("'dynamicAlloc' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "loadDynamicLibrary")) Module2["loadDynamicLibrary"] = function() {
          abort("'loadDynamicLibrary' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "loadWebAssemblyModule")) Module2["loadWebAssemblyModule"] = function() {
          abort("'loadWebAssemblyModule' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "getLEB")) Module2["getLEB"] = function() {
          abort("'getLEB' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "getFunctionTables")) Module2["getFunctionTables"] = function() {
          abort("'getFunctionTables' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "alignFunctionTables")) Module2["alignFunctionTables"] = function() {
          abort("'alignFunctionTables' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "registerFunctions")) Module2["registerFunctions"] = function() {
          abort("'registerFunctions' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "addFunction")) Module2["addFunction"] = function() {
          abort("'addFunction' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "removeFunction")) Module2["removeFunction"] = function() {
          abort("'removeFunction' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "getFuncWrapper")) Module2["getFuncWrapper"] = function() {
          abort("'getFuncWrapper' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "prettyPrint")) Module2["prettyPrint"] = function() {
          abort("'prettyPrint' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "makeBigInt")) Module2["makeBigInt"] = function() {
          abort("'makeBigInt' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "dynCall")) Module2["dynCall"] = function() {
          abort("'dynCall' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "getCompilerSetting")) Module2["getCompilerSetting"] = function() {
          abort("'getCompilerSetting' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "print")) Module2["print"] = function() {
          abort("'print' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "printErr")) Module2["printErr"] = function() {
          abort("'printErr' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "getTempRet0")) Module2["getTempRet0"] = function() {
          abort("'getTempRet0' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "setTempRet0")) Module2["setTempRet0"] = function() {
          abort("'setTempRet0' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "callMain")) Module2["callMain"] = function() {
          abort("'callMain' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "abort")) Module2["abort"] = function() {
          abort("'abort' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "warnOnce")) Module2["warnOnce"] = function() {
          abort("'warnOnce' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "stackSave")) Module2["stackSave"] = function() {
          abort("'stackSave' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "stackRestore")) Module2["stackRestore"] = function() {
          abort("'stackRestore' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "stackAlloc")) Module2["stackAlloc"] = function() {
          abort("'stackAlloc' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        Module2["writeStackCookie"] = writeStackCookie;
        Module2["checkStackCookie"] = checkStackCookie;
        Module2["abortStackOverflow"] = abortStackOverflow;
        if (!Object.getOwnPropertyDescriptor(Module2, "intArrayFromBase64")) Module2["intArrayFromBase64"] = function() {
          abort("'intArrayFromBase64' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "tryParseAsDataURI")) Module2["tryParseAsDataURI"] = function() {
          abort("'tryParseAsDataURI' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        };
        if (!Object.getOwnPropertyDescriptor(Module2, "ALLOC_NORMAL")) Object.defineProperty(Module2, "ALLOC_NORMAL", { configurable: true, get: function() {
          abort("'ALLOC_NORMAL' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        } });
        if (!Object.getOwnPropertyDescriptor(Module2, "ALLOC_STACK")) Object.defineProperty(Module2, "ALLOC_STACK", { configurable: true, get: function() {
          abort("'ALLOC_STACK' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        } });
        if (!Object.getOwnPropertyDescriptor(Module2, "ALLOC_DYNAMIC")) Object.defineProperty(Module2, "ALLOC_DYNAMIC", { configurable: true, get: function() {
          abort("'ALLOC_DYNAMIC' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        } });
        if (!Object.getOwnPropertyDescriptor(Module2, "ALLOC_NONE")) Object.defineProperty(Module2, "ALLOC_NONE", { configurable: true, get: function() {
          abort("'ALLOC_NONE' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ)");
        } });
        if (!Object.getOwnPropertyDescriptor(Module2, "calledRun")) Object.defineProperty(Module2, "calledRun", { configurable: true, get: function() {
          abort("'calledRun' was not exported. add it to EXTRA_EXPORTED_RUNTIME_METHODS (see the FAQ). Alternatively, forcing filesystem support (-s FORCE_FILESYSTEM=1) can export this for you");
        } });
        var calledRun;
        Module2["then"] = function(func) {
          if (calledRun) {
            func(Module2);
          } else {
            var old = Module2["onRuntimeInitialized"];
            Module2["onRuntimeInitialized"] = function() {
              if (old) old();
              func(Module2);
            };
          }
          return Module2;
        };
        function ExitStatus(status) {
          this.name = "ExitStatus";
          this.message = "Program terminated with exit(" + status + ")";
          this.status = status;
        }
        dependenciesFulfilled = function runCaller() {
          if (!calledRun) run();
          if (!calledRun) dependenciesFulfilled = runCaller;
        };
        function run(args) {
          args = args || arguments_;
          if (runDependencies > 0) {
            return;
          }
          writeStackCookie();
          preRun();
          if (runDependencies > 0) return;
          function doRun() {
            if (calledRun) return;
            calledRun = true;
            if (ABORT) return;
            initRuntime();
            preMain();
            if (Module2["onRuntimeInitialized"]) Module2["onRuntimeInitialized"]();
            assert(!Module2["_main"], 'compiled without a main, but one is present. if you added it from JS, use Module["onRuntimeInitialized"]');
            postRun();
          }
          if (Module2["setStatus"]) {
            Module2["setStatus"]("Running...");
            setTimeout(function() {
              setTimeout(function() {
                Module2["setStatus"]("");
              }, 1);
              doRun();
            }, 1);
          } else {
            doRun();
          }
          checkStackCookie();
        }
        Module2["run"] = run;
        function checkUnflushedContent() {
          var print = out;
          var printErr = err;
          var has = false;
          out = err = function(x) {
            has = true;
          };
          try {
            var flush = Module2["_fflush"];
            if (flush) flush(0);
            ["stdout", "stderr"].forEach(function(name) {
              var info = FS.analyzePath("/dev/" + name);
              if (!info) return;
              var stream = info.object;
              var rdev = stream.rdev;
              var tty = TTY.ttys[rdev];
              if (tty && tty.output && tty.output.length) {
                has = true;
              }
            });
          } catch (e) {
          }
          out = print;
          err = printErr;
          if (has) {
            warnOnce("stdio streams had content in them that was not flushed. you should set EXIT_RUNTIME to 1 (see the FAQ), or make sure to emit a newline when you printf etc.");
          }
        }
        if (Module2["preInit"]) {
          if (typeof Module2["preInit"] == "function") Module2["preInit"] = [Module2["preInit"]];
          while (Module2["preInit"].length > 0) {
            Module2["preInit"].pop()();
          }
        }
        noExitRuntime = true;
        run();
        return Module2;
      });
    })();
    if (typeof exports === "object" && typeof module === "object")
      module.exports = Module;
    else if (typeof define === "function" && define["amd"])
      define([], function() {
        return Module;
      });
    else if (typeof exports === "object")
      exports["Module"] = Module;
  }
});

// src/dictionaries/index.ts
import fs3 from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/dictionaries/hunspell.ts
var import_hunspell = __toESM(require_hunspell(), 1);
import fs from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
var WASM_PAGE = 65536;
var RUNTIME = "hunspell-asm/dist/cjs/lib/node/hunspell.js";
var compiled;
function wasmBinary() {
  try {
    return fs.readFileSync(new URL("./hunspell.wasm", import.meta.url));
  } catch {
  }
  try {
    const text = fs.readFileSync(createRequire(import.meta.url).resolve(RUNTIME), "latin1");
    const match = /data:application\/octet-stream;base64,([A-Za-z\d+/=]+)/.exec(text);
    return match ? Buffer.from(match[1], "base64") : void 0;
  } catch {
    return void 0;
  }
}
function compile() {
  if (compiled === void 0) {
    const bytes = wasmBinary();
    try {
      compiled = bytes ? { module: new WebAssembly.Module(bytes), digest: createHash("sha256").update(bytes).digest("hex") } : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}
function programDigest() {
  return compile()?.digest;
}
async function instantiate(memory) {
  const program = compile();
  let ready = false;
  let failure;
  let settle;
  const options = {
    // The C environment holds the program's name, by default the script
    // that started Node.js: a fixed one keeps the memory, and so an image,
    // the same whichever program loads the dictionary.
    thisProgram: "hunspell",
    // hunspell reports problems in .aff files on stderr: a library stays quiet.
    print() {
    },
    printErr() {
    },
    onRuntimeInitialized() {
      ready = true;
      settle?.();
    },
    onAbort(reason) {
      failure = reason;
      settle?.();
    }
  };
  if (memory) options.wasmMemory = memory;
  if (program) {
    options.instantiateWasm = (imports, receive) => {
      const instance = new WebAssembly.Instance(program.module, imports);
      receive(instance, program.module);
      return { ...instance.exports };
    };
  }
  const listeners = new Set(process.listeners("uncaughtException"));
  let runtime;
  try {
    runtime = (0, import_hunspell.default)(options);
  } finally {
    for (const listener of process.listeners("uncaughtException")) {
      if (!listeners.has(listener)) process.removeListener("uncaughtException", listener);
    }
  }
  delete runtime.then;
  if (!ready && failure === void 0) await new Promise((resolve) => {
    settle = resolve;
  });
  if (!ready) throw new Error(`hunspell failed to start: ${String(failure)}`);
  return runtime;
}
var encoder = new TextEncoder();
function bind(runtime, handle) {
  let scratch = 0;
  let capacity = 0;
  const put = (word) => {
    const bytes = encoder.encode(word.normalize());
    if (bytes.length + 1 > capacity) {
      if (scratch) runtime._free(scratch);
      capacity = Math.max(256, (bytes.length + 1) * 2);
      scratch = runtime._malloc(capacity);
    }
    const heap = runtime.HEAPU8;
    heap.set(bytes, scratch);
    heap[scratch + bytes.length] = 0;
    return scratch;
  };
  return {
    handle,
    memory: () => runtime.HEAPU8,
    spell(word) {
      return runtime._Hunspell_spell(handle, put(word)) !== 0;
    },
    suggest(word) {
      const list = runtime._malloc(4);
      try {
        const count = runtime._Hunspell_suggest(handle, list, put(word));
        const results = [];
        if (count > 0) {
          const array = runtime.HEAP32[list >> 2];
          for (let index = 0; index < count; index++) results.push(runtime.UTF8ToString(runtime.HEAP32[(array >> 2) + index]));
        }
        runtime._Hunspell_free_list(handle, list, count);
        return results;
      } finally {
        runtime._free(list);
      }
    }
  };
}
async function loadFromFiles(aff, dic) {
  const runtime = await instantiate();
  const folder = "/dictionary";
  runtime.FS.mkdir(folder);
  runtime.FS.writeFile(`${folder}/index.aff`, aff);
  runtime.FS.writeFile(`${folder}/index.dic`, dic);
  const affPath = allocate(runtime, `${folder}/index.aff`);
  const dicPath = allocate(runtime, `${folder}/index.dic`);
  const handle = runtime._Hunspell_create(affPath, dicPath);
  runtime._free(affPath);
  runtime._free(dicPath);
  runtime.FS.unlink(`${folder}/index.aff`);
  runtime.FS.unlink(`${folder}/index.dic`);
  return bind(runtime, handle);
}
function allocate(runtime, text) {
  const bytes = encoder.encode(text);
  const pointer = runtime._malloc(bytes.length + 1);
  runtime.HEAPU8.set(bytes, pointer);
  runtime.HEAPU8[pointer + bytes.length] = 0;
  return pointer;
}
async function loadFromImage(handle, memoryBytes, fill) {
  if (memoryBytes % WASM_PAGE !== 0) throw new Error("the memory is not a whole number of WebAssembly pages");
  const runtime = await instantiate(new WebAssembly.Memory({ initial: memoryBytes / WASM_PAGE }));
  fill(runtime.HEAPU8);
  return bind(runtime, handle);
}

// src/dictionaries/images.ts
import fs2 from "node:fs";
import path from "node:path";
import { createHash as createHash2 } from "node:crypto";
import { threadId } from "node:worker_threads";
var MAGIC = 1229474900;
var FORMAT = 3;
var HEADER = 56;
var KEY_BYTES = 32;
var PAGE = 4096;
var IMAGE_ENV = "TRANSLINT_DICTIONARY_CACHE";
function imageDirectory(cwd, env = process.env) {
  const setting = env[IMAGE_ENV];
  if (setting !== void 0 && setting !== "") {
    return /^(?:off|false|0|no)$/i.test(setting) ? void 0 : path.resolve(cwd, setting);
  }
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    const modules = path.join(directory, "node_modules");
    if (isDirectory(modules)) return path.join(modules, ".cache", "translint");
    if (path.dirname(directory) === directory) return void 0;
  }
}
function isDirectory(file) {
  try {
    return fs2.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
function imageKey(aff, dic) {
  const program = programDigest();
  if (!program) return void 0;
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(aff.length, 0);
  lengths.writeUInt32LE(dic.length, 4);
  return createHash2("sha256").update(`translint image ${FORMAT}\0${program}\0`).update(lengths).update(aff).update(dic).digest("hex");
}
var ImageStore = class {
  constructor(directory) {
    this.directory = directory;
  }
  directory;
  writable = true;
  /** Where the image of `tag` with `key` is (or would be). */
  file(tag, key) {
    return path.join(this.directory, `${tag}.${key.slice(0, 16)}.img`);
  }
  /** The dictionary restored from its image, or undefined (none, stale or damaged). */
  async restore(tag, key) {
    let descriptor;
    try {
      descriptor = fs2.openSync(this.file(tag, key), "r");
    } catch {
      return void 0;
    }
    try {
      const header = Buffer.alloc(HEADER);
      if (fs2.readSync(descriptor, header, 0, HEADER, 0) !== HEADER) return void 0;
      const handle = header.readUInt32LE(8);
      const memoryBytes = header.readUInt32LE(12);
      const dataBytes = header.readUInt32LE(16);
      const stored = header.readUInt32LE(52);
      const pages = Math.ceil(dataBytes / PAGE);
      const map = Buffer.alloc(Math.ceil(pages / 8));
      const valid = header.readUInt32LE(0) === MAGIC && header.readUInt32LE(4) === FORMAT && header.subarray(20, 20 + KEY_BYTES).equals(Buffer.from(key, "hex")) && handle > 0 && handle < dataBytes && dataBytes <= memoryBytes && dataBytes % PAGE === 0 && stored <= pages && fs2.fstatSync(descriptor).size === HEADER + map.length + stored * PAGE && fs2.readSync(descriptor, map, 0, map.length, HEADER) === map.length && countPages(map, pages) === stored;
      if (!valid) return void 0;
      return await loadFromImage(handle, memoryBytes, (memory) => {
        const words = wordsOf(memory);
        for (const [first, count] of runs(map, pages, false)) clear(words, first, first + count);
        clear(words, pages, memory.length / PAGE);
        let position = HEADER + map.length;
        for (const [first, count] of runs(map, pages)) {
          readFully(descriptor, memory.subarray(first * PAGE, (first + count) * PAGE), position);
          position += count * PAGE;
        }
      });
    } catch {
      return void 0;
    } finally {
      fs2.closeSync(descriptor);
    }
  }
  /**
   * Save a dictionary just loaded from its files (before any word was
   * checked with it), replacing older images of the same language. Pages
   * of zeros (a third to four fifths of a dictionary's memory) are left out.
   */
  save(tag, key, loaded) {
    if (!this.writable) return;
    const memory = loaded.memory();
    const words = wordsOf(memory);
    let pages = memory.length / PAGE;
    while (pages > 0 && isZero(words, pages - 1)) pages--;
    const dataBytes = pages * PAGE;
    const map = Buffer.alloc(Math.ceil(pages / 8));
    let stored = 0;
    for (let page = 0; page < pages; page++) {
      if (isZero(words, page)) continue;
      map[page >> 3] |= 1 << (page & 7);
      stored++;
    }
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(MAGIC, 0);
    header.writeUInt32LE(FORMAT, 4);
    header.writeUInt32LE(loaded.handle, 8);
    header.writeUInt32LE(memory.length, 12);
    header.writeUInt32LE(dataBytes, 16);
    Buffer.from(key, "hex").copy(header, 20);
    header.writeUInt32LE(stored, 52);
    const target = this.file(tag, key);
    const temporary = `${target}.${process.pid}.${threadId}.tmp`;
    try {
      fs2.mkdirSync(this.directory, { recursive: true });
      const descriptor = fs2.openSync(temporary, "w");
      try {
        writeFully(descriptor, header);
        writeFully(descriptor, map);
        for (const [first, count] of runs(map, pages)) writeFully(descriptor, memory.subarray(first * PAGE, (first + count) * PAGE));
      } finally {
        fs2.closeSync(descriptor);
      }
      fs2.renameSync(temporary, target);
      for (const name of fs2.readdirSync(this.directory)) {
        if (name.startsWith(`${tag}.`) && name.endsWith(".img") && path.join(this.directory, name) !== target) {
          fs2.rmSync(path.join(this.directory, name), { force: true });
        }
      }
    } catch {
      this.writable = false;
      try {
        fs2.rmSync(temporary, { force: true });
      } catch {
      }
    }
  }
};
function isSet(map, page) {
  return (map[page >> 3] & 1 << (page & 7)) !== 0;
}
function countPages(map, pages) {
  let count = 0;
  for (let page = 0; page < pages; page++) if (isSet(map, page)) count++;
  return count;
}
function* runs(map, pages, stored = true) {
  for (let page = 0; page < pages; page++) {
    if (isSet(map, page) !== stored) continue;
    const first = page;
    while (page + 1 < pages && isSet(map, page + 1) === stored) page++;
    yield [first, page - first + 1];
  }
}
function readFully(descriptor, target, position) {
  let done = 0;
  while (done < target.length) {
    const read = fs2.readSync(descriptor, target, done, target.length - done, position + done);
    if (read === 0) throw new Error("image ends early");
    done += read;
  }
}
function writeFully(descriptor, data) {
  let done = 0;
  while (done < data.length) done += fs2.writeSync(descriptor, data, done, data.length - done);
}
var WORDS_PER_PAGE = PAGE / 4;
function wordsOf(memory) {
  return new Uint32Array(memory.buffer, memory.byteOffset, memory.length >> 2);
}
function isZero(words, page) {
  const end = (page + 1) * WORDS_PER_PAGE;
  for (let index = page * WORDS_PER_PAGE; index < end; index++) if (words[index] !== 0) return false;
  return true;
}
function clear(words, from, to) {
  for (let page = from; page < to; page++) {
    if (!isZero(words, page)) words.fill(0, page * WORDS_PER_PAGE, (page + 1) * WORDS_PER_PAGE);
  }
}

// src/dictionaries/backend.ts
async function createSpeller(language, data, images) {
  const key = images ? imageKey(data.aff, data.dic) : void 0;
  let loaded = images && key ? await images.restore(language, key) : void 0;
  if (!loaded) {
    loaded = await loadFromFiles(data.aff, data.dic);
    if (images && key) images.save(language, key, loaded);
  }
  const hunspell = loaded;
  const known = /* @__PURE__ */ new Map();
  return {
    language,
    correct(word) {
      let result = known.get(word);
      if (result === void 0) {
        result = hunspell.spell(word);
        known.set(word, result);
      }
      return result;
    },
    suggest(word) {
      return hunspell.suggest(word);
    }
  };
}

// src/dictionaries/index.ts
var here = path2.dirname(fileURLToPath(import.meta.url));
function bundledDictionaryRoot() {
  let directory = here;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path2.join(directory, "dictionaries");
    if (fs3.existsSync(path2.join(candidate, "README.md"))) return candidate;
    directory = path2.dirname(directory);
  }
  return path2.join(here, "..", "..", "dictionaries");
}
var SYSTEM_FOLDERS = ["/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/Library/Spelling"];
var DictionaryError = class extends Error {
};
function candidates(language) {
  const names = [language.tag.toLowerCase()];
  if (language.script !== "Latn" && language.tag.toLowerCase() !== language.base) {
  } else if (language.tag.toLowerCase() !== language.base) {
    names.push(language.base);
  }
  if (language.base === "sr" && language.script === "Latn" && !names.includes("sr-latn")) names.unshift("sr-latn");
  return [...new Set(names)];
}
function locateDictionary(language, configured = {}, root = process.cwd()) {
  const setting = configured[language.tag] ?? configured[language.base];
  if (setting) return fromSetting(setting, root);
  for (const name of candidates(language)) {
    const folder = path2.join(bundledDictionaryRoot(), name);
    if (fs3.existsSync(path2.join(folder, "index.dic"))) return fromFiles(path2.join(folder, "index"), `dictionaries/${name}`);
  }
  for (const name of candidates(language)) {
    const found = fromPackage(`dictionary-${name}`);
    if (found) return found;
  }
  for (const folder of SYSTEM_FOLDERS) {
    for (const stem of systemStems(language)) {
      const base = path2.join(folder, stem);
      if (fs3.existsSync(`${base}.dic`) && fs3.existsSync(`${base}.aff`)) return fromFiles(base, base);
    }
  }
  return void 0;
}
function systemStems(language) {
  const stems = [language.tag.replace("-", "_"), language.base];
  if (language.base === "sr" && language.script === "Latn") return ["sr_Latn_RS", "sr-Latn"];
  const regions = { en: "US", af: "ZA", sr: "RS", de: "DE", fr: "FR", es: "ES", pt: "PT", it: "IT", nl: "NL", ru: "RU", ca: "ES", hr: "HR", tl: "PH" };
  const region = regions[language.base];
  if (region) stems.push(`${language.base}_${region}`);
  return stems;
}
function dictionaryExists(setting, root) {
  const base = path2.resolve(root, setting);
  return fs3.existsSync(`${base}.dic`) && fs3.existsSync(`${base}.aff`) || fromPackage(setting, root) !== void 0;
}
function fromSetting(setting, root) {
  const base = path2.resolve(root, setting);
  if (fs3.existsSync(`${base}.dic`)) return fromFiles(base, setting);
  const found = fromPackage(setting, root);
  if (found) return found;
  throw new DictionaryError(`dictionary \`${setting}\` not found: expected an installed npm package or \`${base}.aff\` and \`${base}.dic\``);
}
function fromFiles(base, origin) {
  return {
    origin,
    files: base,
    async load() {
      const [aff, dic] = await Promise.all([fs3.promises.readFile(`${base}.aff`), fs3.promises.readFile(`${base}.dic`)]);
      return { aff, dic };
    }
  };
}
function fromPackage(name, root) {
  if (!/^(?:@[a-z\d._-]+\/)?[a-z\d._-]+$/i.test(name)) return void 0;
  for (const start of root ? [root, here] : [here]) {
    let directory = path2.resolve(start);
    for (; ; ) {
      const candidate = path2.join(directory, "node_modules", name);
      if (fs3.existsSync(path2.join(candidate, "index.dic"))) return fromFiles(path2.join(candidate, "index"), name);
      const parent = path2.dirname(directory);
      if (parent === directory) break;
      directory = parent;
    }
  }
  return void 0;
}
var DictionaryCache = class {
  constructor(configured = {}, root = process.cwd()) {
    this.configured = configured;
    this.root = root;
  }
  configured;
  root;
  loads = /* @__PURE__ */ new Map();
  origins = /* @__PURE__ */ new Map();
  images = null;
  speller(language) {
    const key = language.tag;
    let pending = this.loads.get(key);
    if (!pending) {
      pending = this.load(language);
      this.loads.set(key, pending);
    }
    return pending;
  }
  /** Where the dictionary of a language came from (after `speller`). */
  origin(language) {
    return this.origins.get(language.tag);
  }
  async load(language) {
    const found = locateDictionary(language, this.configured, this.root);
    if (!found) return void 0;
    this.origins.set(language.tag, found.origin);
    try {
      if (this.images === null) {
        const directory = imageDirectory(process.cwd());
        this.images = directory ? new ImageStore(directory) : void 0;
      }
      return await createSpeller(language.tag, await found.load(), this.images);
    } catch {
      return void 0;
    }
  }
};
var shared;
function sharedDictionaries(configured = {}, root = process.cwd()) {
  if (Object.keys(configured).length > 0) return new DictionaryCache(configured, root);
  shared ??= new DictionaryCache();
  return shared;
}

export {
  imageDirectory,
  locateDictionary,
  dictionaryExists,
  DictionaryCache,
  sharedDictionaries
};
