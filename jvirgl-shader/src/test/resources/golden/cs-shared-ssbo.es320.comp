#version 320 es
precision highp float;
precision highp int;
layout(local_size_x = 64, local_size_y = 1, local_size_z = 1) in;
layout(std430, binding = 0) buffer csssbo0 { uint csssbo0data[]; };
layout(std430, binding = 1) buffer csssbo1 { uint csssbo1data[]; };
shared uint csshared[8192];
uvec4 temps[4];
uvec4 sysvals[4];
const uvec4 imms[1] = uvec4[1](uvec4(4u, 2u, 1u, 0u));

void store_outputs() {
}

void main() {
   sysvals[0] = uvec4(gl_LocalInvocationID, 0u);
   sysvals[1] = uvec4(gl_WorkGroupID, 0u);
   sysvals[2] = uvec4(gl_WorkGroupSize, 0u);
   sysvals[3] = uvec4(gl_NumWorkGroups, 0u);
   temps[0].x = (sysvals[1].x * sysvals[2].x + sysvals[0].x);
   temps[0].y = (temps[0].x << (imms[0].y & uint(31u)));
   {
      uint base = temps[0].y >> 2u;
      temps[1].x = uint(csssbo0data[base + 0u]);
   }
   temps[0].z = (sysvals[0].x << (imms[0].y & uint(31u)));
   {
      uint base = temps[0].z >> 2u;
      csshared[base + 0u] = temps[1].x;
   }
   memoryBarrier();
   memoryBarrierShared();
   barrier();
   {
      uint base = imms[0].w >> 2u;
      temps[2].xy = uvec2(csshared[base + 0u], csshared[base + 1u]);
   }
   temps[2].x = (temps[2].x + temps[1].x);
   {
      uint base = temps[0].y >> 2u;
      csssbo1data[base + 0u] = temps[2].x;
   }
   temps[3].x = atomicAdd(csssbo1data[imms[0].w >> 2u], imms[0].z);
   temps[3].y = atomicCompSwap(csshared[imms[0].w >> 2u], temps[3].x, imms[0].z);
   {
      int value = int(temps[3].y);
      uint old = csssbo0data[imms[0].x >> 2u];
      while (true) {
         uint seen = atomicCompSwap(csssbo0data[imms[0].x >> 2u], old, uint(max(int(old), value)));
         if (seen == old) break;
         old = seen;
      }
      temps[3].z = old;
   }
   temps[3].w = atomicExchange(csssbo0data[imms[0].x >> 2u], sysvals[3].x);
   temps[0].x = uint(csssbo0data.length()) * 4u;
   {
      uint base = imms[0].x >> 2u;
      csssbo1data[base + 0u] = temps[0].x;
   }
}
